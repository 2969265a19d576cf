package estimate_test

import (
	"slices"
	"strings"
	"testing"
)

// A belief that is its whole clause judges the clause after the comma,
// a complement without a complementizer: "Ich denke, die Ukraine wird der
// EU nicht beitreten" is about joining, negated.
func TestCommaComplement(t *testing.T) {
	cases := []struct{ lang, text, cue, event string }{
		{"de", "„Ich denke, die Ukraine wird der EU in absehbarer Zeit nicht beitreten“, sagte er.", "Ich denke", "beitreten"},
		{"en", "Probably, Ukraine will not join the EU this decade.", "Probably", "join"},
		{"ru", "Я думаю, Украина не вступит в ЕС в ближайшие годы.", "Я думаю", "вступит"},
		{"uk", "Я вважаю, Україна не вступить до ЄС найближчим часом.", "Я вважаю", "вступить"},
		{"pl", "Myślę, Ukraina nie wstąpi do Unii w tej dekadzie.", "Myślę", "wstąpi"},
		{"it", "Probabilmente, l'Ucraina non aderirà all'Unione europea.", "Probabilmente", "aderirà"},
	}
	for _, c := range cases {
		j := find(judge(t, c.lang, c.text), c.cue)
		if j == nil {
			t.Errorf("%s %q: no judgement at %q", c.lang, c.text, c.cue)
			continue
		}
		if !strings.Contains(j.Proposition.Text, c.event) || !j.Proposition.Negated {
			t.Errorf("%s %q: want the negated clause after the comma, got %+v", c.lang, c.text, j.Proposition)
		}
	}
}

// An elided article or negation written onto an event word ("n'adhérera",
// "l'adesione") does not hide the event: French and Italian list their
// elisions.
func TestElidedEventWords(t *testing.T) {
	cases := []struct{ lang, text, cue, event string }{
		{"fr", "Probablement, l'Ukraine n'adhérera pas à l'Union européenne.", "Probablement", "membership"},
		{"fr", "L'adhésion de l'Ukraine est peu probable avant 2030.", "peu probable", "membership"},
		{"it", "L'adesione dell'Ucraina è improbabile prima del 2030.", "improbabile", "membership"},
	}
	for _, c := range cases {
		j := find(judge(t, c.lang, c.text), c.cue)
		if j == nil {
			t.Errorf("%s %q: no judgement at %q", c.lang, c.text, c.cue)
			continue
		}
		if !slices.Contains(j.Proposition.Events, c.event) {
			t.Errorf("%s %q: want %s among %v", c.lang, c.text, c.event, j.Proposition.Events)
		}
	}
}
