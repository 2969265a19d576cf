package lexicon

import (
	"slices"
	"strings"
	"testing"
)

// After a stem's first word, a compound written with a hyphen stands for
// its head ("skicka Taurus-robotar" sends missiles); as a stem's first
// word it does not ("anti-war" names no war).
func TestHyphenatedCompoundHead(t *testing.T) {
	s := MustDefault()
	for _, c := range []struct{ lang, text, want string }{
		{"sv", "tyskland kommer att skicka taurus-robotar till ukraina", "deliver"},
		{"fi", "lähettääkö saksa taurus-ohjuksia ukrainaan", "deliver"},
		{"en", "germany will send storm-shadow missiles", "deliver"},
		{"en", "thousands joined an anti-war march", "!war"},
	} {
		got := NewEventIndex(s.Get(c.lang).Events).Concepts(strings.Fields(c.text))
		switch {
		case c.want == "":
		case strings.HasPrefix(c.want, "!"):
			if slices.Contains(got, c.want[1:]) {
				t.Errorf("%s %q: families %v, want no %s", c.lang, c.text, got, c.want[1:])
			}
		case !slices.Contains(got, c.want):
			t.Errorf("%s %q: families %v, want %s", c.lang, c.text, got, c.want)
		}
	}
}
