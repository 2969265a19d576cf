package lexicon

import (
	"strings"
	"testing"
)

// Every language Kent is judged in names all four seasons, as single lower
// case words that are no month name too: a season word is a time.
func TestSeasonsInEveryLanguage(t *testing.T) {
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []string{"de", "en", "es", "fi", "fr", "it", "lt", "nl", "pl", "ru", "sv", "uk"} {
		l := s.Get(c)
		months := map[string]bool{}
		for _, m := range l.Months {
			months[m] = true
		}
		seen := map[string]int{}
		for first, ws := range l.Seasons.ByMonth() {
			if len(ws) == 0 {
				t.Errorf("%s: no words for the season from month %d", c, first)
			}
			for _, w := range ws {
				if w != strings.ToLower(w) || strings.ContainsAny(w, " \t") {
					t.Errorf("%s: season word %q must be one lower case word", c, w)
				}
				if months[w] {
					t.Errorf("%s: season word %q is a month name", c, w)
				}
				if o, ok := seen[w]; ok && o != first {
					t.Errorf("%s: %q names two seasons", c, w)
				}
				seen[w] = first
			}
		}
	}
}
