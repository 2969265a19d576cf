package question_test

import (
	"testing"
	"time"

	"github.com/kentnews/kent/question"
)

// The holder's own organisation named in the judging sentence is who
// judges, not another object of the event: "Jürgen Matthes vom Institut
// der deutschen Wirtschaft rechnet mit einer Einigung" was set aside as
// having "another object: IW" on a question about the EU and Mercosur.
func TestHoldersOrganisationIsNoOtherObject(t *testing.T) {
	m, p, _ := setup(t)
	q, err := m.Understand(question.Question{Text: "Will the EU and Mercosur sign a trade agreement by the end of 2024?"})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ lang, text string }{
		{"de", "Der Handelsexperte Jürgen Matthes vom Institut der deutschen Wirtschaft rechnet fest mit einer Einigung der EU beim Gipfel in Montevideo."},
		{"en", "Anna Weber of the Institute for the Study of War expects the EU to sign the trade agreement this year."},
	} {
		o := m.Outlook(q, judgements(t, p, c.lang, c.text, "x", time.Date(2024, 11, 1, 0, 0, 0, 0, time.UTC)), 1, question.Options{})
		if o.Pooled == nil || *o.Pooled <= 0.55 {
			t.Errorf("%s %q: want one voice for; pooled %v, set aside %+v", c.lang, c.text, o.Pooled, o.SetAside)
		}
	}
}
