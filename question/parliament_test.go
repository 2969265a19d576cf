package question_test

import (
	"testing"
	"time"
)

// A national legislature stands for its country in the country's event
// (lexicon institutions: parliaments): "early elections to the Sejm" are
// Poland's early election, "the Riksdag will ratify" Sweden's ratifying.
// Another country's legislature is not.
func TestParliamentStandsForCountry(t *testing.T) {
	m, p, _ := setup(t)
	at := time.Date(2026, 2, 2, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		question, lang, text, words string
		about                       bool
	}{
		{"Will Poland hold an early parliamentary election in 2026?", "fr", "Selon l'analyste Anne Dubois, des élections anticipées au Sejm sont probables en 2026.", "probables", true},
		{"Will Poland hold an early parliamentary election in 2026?", "en", "Early elections to the Sejm are likely in 2026, the analyst Anna Berg said.", "likely", true},
		{"Will Germany hold an early federal election in 2026?", "fr", "Selon l'analyste Anne Dubois, des élections anticipées au Bundestag sont probables en 2026.", "probables", true},
		{"Will Germany hold an early federal election in 2026?", "en", "Early elections to the Bundestag are likely in 2026, the analyst Anna Berg said.", "likely", true},
		{"Will Germany hold an early federal election in 2026?", "en", "Early elections to the Knesset are likely in 2026, the analyst Anna Berg said.", "likely", false},
		{"Will Sweden ratify the treaty in 2026?", "en", "The Riksdag will probably ratify the treaty in 2026, the analyst Anna Berg said.", "probably", true},
	} {
		q := understand(t, m, c.question)
		hits := judgements(t, p, c.lang, c.text, "parl-"+c.lang, at)
		if _, r := find(t, m, q, hits, c.words); r.About != c.about {
			t.Errorf("%s: %q of %q: %+v, want about %v", c.lang, c.text, c.question, r, c.about)
		}
	}
}
