package question_test

import (
	"testing"
	"time"

	"github.com/kentnews/kent/question"
)

// A country the place list does not cover is still named by the case
// forms of its CLDR name ("Швейцарии", "Szwajcarii", "Sveitsin") and,
// once listed, by its adjective ("Swiss", "türkische"): such judgements
// were set aside as "membership, but not of Switzerland".
func TestCountryCaseFormsAndAdjectivesNameTheSubject(t *testing.T) {
	m, p, _ := setup(t)
	for _, c := range []struct{ q, lang, text string }{
		{"Will Switzerland join NATO by 2030?", "ru", "Вступление Швейцарии в НАТО маловероятно, считает политолог Андрей Смирнов."},
		{"Will Switzerland join NATO by 2030?", "pl", "Członkostwo Szwajcarii w NATO jest mało prawdopodobne, uważa ekspert Jan Kowalski."},
		{"Will Switzerland join NATO by 2030?", "uk", "Вступ Швейцарії до НАТО малоймовірний, вважає експерт Олег Петренко."},
		{"Will Switzerland join NATO by 2030?", "en", "Swiss membership of NATO is unlikely, said the analyst Marc Dubois."},
		{"Will Turkey join the European Union by 2030?", "de", "Ein türkischer EU-Beitritt ist unwahrscheinlich, sagte der Politologe Jan Berger."},
		{"Will Turkey join the European Union by 2030?", "sv", "Ett turkiskt EU-medlemskap är osannolikt, bedömer forskaren Erik Lind."},
	} {
		q, err := m.Understand(question.Question{Text: c.q})
		if err != nil {
			t.Fatal(err)
		}
		o := m.Outlook(q, judgements(t, p, c.lang, c.text, "x", time.Date(2024, 4, 1, 0, 0, 0, 0, time.UTC)), 1, question.Options{})
		if o.Pooled == nil || *o.Pooled >= 0.45 {
			t.Errorf("%s %q: want one voice against; pooled %v, set aside %+v", c.lang, c.text, o.Pooled, o.SetAside)
		}
	}
}
