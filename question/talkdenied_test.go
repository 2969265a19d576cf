package question_test

import (
	"strings"
	"testing"
	"time"

	"github.com/kentnews/kent/question"
)

// An event said not to be on the agenda or not to be discussed ("will not
// be on the agenda", "werden nicht diskutieren", "не обсуждается", "nie
// będzie dyskutować o") is judged against; talk that will happen is still
// set aside as talk about the event. Both were set aside as "talk about".
func TestEventNotOnTheAgendaIsAgainstIt(t *testing.T) {
	m, p, _ := setup(t)
	for _, c := range []struct{ q, lang, text string }{
		{"Will Armenia leave the CSTO by the end of 2025?", "en", "Armenia's withdrawal from the CSTO will not be on the agenda, said the minister John Smith."},
		{"Will the European Union lift its sanctions on Iran by 2026?", "en", "The EU will not discuss lifting its sanctions on Iran, said the diplomat John Smith."},
		{"Will the European Union lift its sanctions on Iran by 2026?", "de", "Über eine Aufhebung der Sanktionen gegen Iran werde die EU nicht diskutieren, sagte der Diplomat Hans Müller."},
		{"Will Ukraine be invited to join NATO at the Vilnius summit?", "de", "„Über eine Einladung der Ukraine werden wir in Vilnius nicht diskutieren“, sagte Jens Stoltenberg."},
		{"Will the European Union lift its sanctions on Iran by 2026?", "ru", "Снятие санкций ЕС с Ирана сейчас не обсуждается, сказал дипломат Иван Петров."},
		{"Will the European Union lift its sanctions on Iran by 2026?", "pl", "UE nie będzie dyskutować o zniesieniu sankcji wobec Iranu, powiedział dyplomata Jan Kowalski."},
	} {
		q, err := m.Understand(question.Question{Text: c.q})
		if err != nil {
			t.Fatal(err)
		}
		o := m.Outlook(q, judgements(t, p, c.lang, c.text, "x", time.Date(2024, 4, 1, 0, 0, 0, 0, time.UTC)), 1, question.Options{})
		if o.Pooled == nil || o.Direction != "against" {
			t.Errorf("%s %q: want one voice against; pooled %v %+v set aside %+v", c.lang, c.text, o.Pooled, o.Contributions, o.SetAside)
		}
	}
	q, err := m.Understand(question.Question{Text: "Will Armenia leave the CSTO by the end of 2025?"})
	if err != nil {
		t.Fatal(err)
	}
	text := "Armenia's withdrawal from the CSTO will be discussed, said the minister John Smith."
	o := m.Outlook(q, judgements(t, p, "en", text, "x", time.Date(2024, 4, 1, 0, 0, 0, 0, time.UTC)), 1, question.Options{})
	if o.Pooled != nil || len(o.SetAside) != 1 || !strings.Contains(o.SetAside[0].Reason, "talk about") {
		t.Errorf("%q: want set aside as talk; pooled %v set aside %+v", text, o.Pooled, o.SetAside)
	}
}
