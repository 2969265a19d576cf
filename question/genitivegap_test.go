package question_test

import (
	"testing"
	"time"
)

// A nominalisation with its subject's genitive between the noun and its
// preposition ("выход Байдена из президентской гонки", "вихід Байдена з
// президентських перегонів") names the event: the lexicon's gapped forms
// ("выход ... из ... гонк") take it.
func TestNominalisationWithGenitiveSubject(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Joe Biden withdraw from the 2024 US presidential race?")
	at := time.Date(2024, 7, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, text, words string }{
		{"ru", "По мнению аналитика Ивана Петрова, выход Байдена из президентской гонки маловероятен.", "маловероят"},
		{"uk", "На думку аналітика Івана Петренка, вихід Байдена з президентських перегонів малоймовірний.", "малоймовір"},
	} {
		if _, r := find(t, m, q, judgements(t, p, c.lang, c.text, "gen-"+c.lang, at), c.words); !r.About {
			t.Errorf("%s: %q: %+v, want about Biden's withdrawal", c.lang, c.text, r)
		}
	}
}
