package question_test

import (
	"testing"
	"time"
)

// The head of a nation's or region's own government stands for it as a
// country's leader does (lexicon/places: GB-SCT/leader, ES-CT/leader): of
// a question on Scotland's or Catalonia's referendum, "Swinney will
// probably hold a referendum" is about it.
func TestRegionLeaderStandsForIt(t *testing.T) {
	m, p, _ := setup(t)
	at := time.Date(2026, 2, 2, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ question, lang, text, words string }{
		{"Will Scotland hold an independence referendum in 2026?", "en", "Swinney will probably hold a new referendum in 2026, the analyst Anna Berg said.", "probably"},
		{"Will Scotland hold an independence referendum in 2026?", "fr", "Selon l'analyste Anne Dubois, Swinney organisera probablement un nouveau référendum en 2026.", "probablement"},
		{"Will Scotland hold an independence referendum in 2026?", "de", "Swinney wird 2026 wahrscheinlich ein neues Referendum abhalten, sagte die Analystin Anna Berg.", "wahrscheinlich"},
		{"Will Catalonia hold an independence referendum in 2026?", "pl", "Puigdemont prawdopodobnie przeprowadzi nowe referendum w 2026 roku – uważa analityk Jan Nowak.", "prawdopodobnie"},
		{"Will Catalonia hold an independence referendum in 2026?", "ru", "По мнению аналитика Ивана Петрова, Пучдемон, вероятно, проведёт новый референдум в 2026 году.", "вероятно"},
	} {
		q := understand(t, m, c.question)
		hits := judgements(t, p, c.lang, c.text, "lead-"+c.lang, at)
		if _, r := find(t, m, q, hits, c.words); !r.About {
			t.Errorf("%s: %q: %+v, want about the referendum", c.lang, c.text, r)
		}
	}
}
