package lexicon

import (
	"slices"
	"strings"
	"testing"
)

// A two-word form matches with up to three words between its words, as
// verb-final clauses and fronted times put them ("die Zinsen
// wahrscheinlich im Frühjahr senken"); not further, and a short word
// ("cut") never opens a gap.
func TestTwoWordFormsAcrossAGap(t *testing.T) {
	s := MustDefault()
	cases := []struct{ lang, text, want string }{
		{"de", "die ezb wird die zinsen wahrscheinlich im frühjahr senken", "rate-cut"},
		{"en", "the fed will probably raise its key interest rates in march", "rate-raise"},
		{"pl", "rada podniesie w marcu stopy procentowe", "rate-raise"},
		{"ru", "банк повысит уже в марте ставки", "rate-raise"},
		{"uk", "банк підвищить у березні ставки", "rate-raise"},
		{"fi", "ekp korkoja todennäköisesti keväällä laskee", "rate-cut"},
	}
	for _, c := range cases {
		got := NewEventIndex(s.Get(c.lang).Events).Concepts(strings.Fields(c.text))
		if !slices.Contains(got, c.want) {
			t.Errorf("%s %q: families %v, want %s", c.lang, c.text, got, c.want)
		}
	}
	far := NewEventIndex(s.Get("de").Events).Concepts(strings.Fields("die zinsen sind nach meinung vieler ökonomen zu hoch und senken die nachfrage"))
	if slices.Contains(far, "rate-cut") {
		t.Errorf("a form matched across more than three words: %v", far)
	}
}
