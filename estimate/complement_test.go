package estimate_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/kentnews/kent"
)

// propositionCase is a sentence, a cue in it and what its judgement's
// proposition should hold.
type propositionCase struct{ lang, text, cue, want string }

// expectPropositions checks each case's proposition with ok.
func expectPropositions(t *testing.T, cases []propositionCase, ok func(p kent.Proposition, want string) bool) {
	t.Helper()
	for _, c := range cases {
		j := find(judge(t, c.lang, c.text), c.cue)
		switch {
		case j == nil:
			t.Errorf("%s %q: no judgement at %q", c.lang, c.text, c.cue)
		case !ok(j.Proposition, c.want):
			t.Errorf("%s %q: want %q in the proposition, got %+v", c.lang, c.text, c.want, j.Proposition)
		}
	}
}

// A belief that is its whole clause judges the clause after the comma,
// a complement without a complementizer: "Ich denke, die Ukraine wird der
// EU nicht beitreten" is about joining, negated.
func TestCommaComplement(t *testing.T) {
	expectPropositions(t, []propositionCase{
		{"de", "„Ich denke, die Ukraine wird der EU in absehbarer Zeit nicht beitreten“, sagte er.", "Ich denke", "beitreten"},
		{"en", "Probably, Ukraine will not join the EU this decade.", "Probably", "join"},
		{"ru", "Я думаю, Украина не вступит в ЕС в ближайшие годы.", "Я думаю", "вступит"},
		{"uk", "Я вважаю, Україна не вступить до ЄС найближчим часом.", "Я вважаю", "вступить"},
		{"pl", "Myślę, Ukraina nie wstąpi do Unii w tej dekadzie.", "Myślę", "wstąpi"},
		{"it", "Probabilmente, l'Ucraina non aderirà all'Unione europea.", "Probabilmente", "aderirà"},
	}, func(p kent.Proposition, want string) bool { return strings.Contains(p.Text, want) && p.Negated })
}

// An elided article or negation written onto an event word ("n'adhérera",
// "l'adesione") does not hide the event: French and Italian list their
// elisions.
func TestElidedEventWords(t *testing.T) {
	expectPropositions(t, []propositionCase{
		{"fr", "Probablement, l'Ukraine n'adhérera pas à l'Union européenne.", "Probablement", "membership"},
		{"fr", "L'adhésion de l'Ukraine est peu probable avant 2030.", "peu probable", "membership"},
		{"it", "L'adesione dell'Ucraina è improbabile prima del 2030.", "improbabile", "membership"},
	}, func(p kent.Proposition, want string) bool { return slices.Contains(p.Events, want) })
}
