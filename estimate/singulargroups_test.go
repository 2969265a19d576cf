package estimate_test

import (
	"strings"
	"testing"
)

// One unnamed member of a group ("selon un diplomate européen", "según
// un economista") holds the judgement, as the plural group does.
// Written for this test.
func TestSingularGroupHolder(t *testing.T) {
	for _, c := range []struct{ lang, text, holder string }{
		{"fr", "La levée des sanctions est peu probable cette année, selon un diplomate européen.", "diplomate"},
		{"es", "El levantamiento de las sanciones es poco probable este año, según un diplomático europeo.", "diplomático"},
		{"it", "La revoca delle sanzioni è improbabile quest'anno, secondo un diplomatico europeo.", "diplomatico"},
		{"pl", "Zniesienie sankcji w tym roku jest mało prawdopodobne – uważa jeden europejski dyplomata.", "dyplomata"},
	} {
		js := judge(t, c.lang, c.text)
		ok := false
		for _, j := range js {
			ok = ok || j.Holder != nil && strings.Contains(strings.ToLower(j.Holder.Name), c.holder)
		}
		if !ok {
			t.Errorf("%s %q: want the %s as holder:\n%s", c.lang, c.text, c.holder, dump(js))
		}
	}
}
