package attrib_test

import (
	"slices"
	"testing"

	"github.com/kentnews/kent/attrib"
)

// An infinitive with "zu" has no subject of its own: who speaks is the
// subject of the verb its clause depends on, never a word inside the
// clause (a measure, a dative object, an accusative); an expletive
// controller ("Es geht darum, …") gives no source. Sentences written for
// this test.
func TestControlledInfinitiveSource(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Es kann nicht sein , dass jeder Kollege versucht , 20 Sekunden oder zwei Minuten länger zu sprechen .", "sprechen | jeder Kollege | "},
		{"Sie müssen schon große Sorge haben , wenn Sie sich nicht einmal trauen , einer Befragung zuzustimmen , die klären soll , ob das richtig ist .", "zuzustimmen | Sie | "},
		{"Es geht nicht darum , die Regeln des Verfahrens durch neue Gesetze zu präzisieren .", "präzisieren |  | "},
		{"Wenn Sie das wollen , haben auch wir das Recht , zu widersprechen .", "widersprechen | wir | "},
	}
	for _, c := range cases {
		got := events("de", c.text, attrib.CueLemmas{"de": {"sprechen", "präzisieren", "zustimmen", "widersprechen"}})
		if !slices.ContainsFunc(got, func(g string) bool { return len(g) >= len(c.want) && g[:len(c.want)] == c.want }) {
			t.Errorf("%q: no event %q in %q", c.text, c.want, got)
		}
	}
}
