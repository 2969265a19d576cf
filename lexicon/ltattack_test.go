package lexicon

import (
	"slices"
	"testing"
)

// Lithuanian attack forms ("puolė", "puolimas") do not begin Finnish
// words of another meaning: questions are matched against every
// language's forms, and "puolue" (party), "puolustus" (defence) and
// "Puola" (Poland) are no attack.
func TestLithuanianAttackNotFinnishParty(t *testing.T) {
	ix := NewEventIndex(MustDefault().Get("lt").Events)
	for w, want := range map[string]bool{"puolė": true, "puolimas": true, "užpuolė": true, "puolue": false, "puolueeksi": false, "puolustus": false, "puola": false} {
		if got := slices.Contains(ix.Concepts([]string{w}), "attack"); got != want {
			t.Errorf("%q attack: %v, want %v", w, got, want)
		}
	}
}
