package question_test

import (
	"testing"
	"time"
)

// A capital stands for its government as the subject ("Pjöngjang wird …
// schicken", "Пхеньян направит", "Tehran will"): the judgement is the
// country's, in any language's spelling of the capital.
func TestCapitalStandsForItsCountry(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will North Korea send more troops to Russia in 2025?")
	d := time.Date(2025, 1, 10, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, title, text, words string }{
		{"en", "Troops for the front", "Pyongyang will very likely send more troops to Russia this year, analysts say.", "very likely"},
		{"de", "Truppen für die Front", "Pjöngjang wird nach Einschätzung von Analysten sehr wahrscheinlich weitere Soldaten nach Russland schicken.", "sehr wahrscheinlich"},
		{"ru", "Войска для фронта", "По мнению аналитиков, Пхеньян скорее всего направит в Россию новых солдат.", "скорее всего"},
		{"pl", "Żołnierze na front", "Zdaniem analityków Pjongjang najprawdopodobniej wyśle do Rosji kolejnych żołnierzy.", "najprawdopodobniej"},
	} {
		hits := titled(t, p, c.lang, c.title, c.text, d)
		if h, r := find(t, m, q, hits, c.words); !r.About || r.Invert {
			t.Errorf("%s: %q: %+v, want about North Korea sending troops", c.lang, h.Proposition.Text, r)
		}
	}
}
