package question_test

import (
	"testing"
	"time"
)

// A direct confrontation or armed conflict is war: staying out of one is
// against entering it, in every language's words for it.
func TestConfrontationIsWar(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Iran send troops into the war between Israel and Hezbollah?")
	d := time.Date(2024, 10, 2, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, title, text, words string }{
		{"en", "Will Iran join the fighting?", "Iran will almost certainly stay out of a direct confrontation with Israel, analysts say.", "almost certainly"},
		{"de", "Greift Iran ein?", "Iran wird sich nach Einschätzung von Diplomaten höchstwahrscheinlich aus einer direkten Konfrontation mit Israel heraushalten.", "höchstwahrscheinlich"},
		{"ru", "Вступит ли Иран в войну?", "По мнению экспертов, Иран почти наверняка будет держаться в стороне от прямого столкновения с Израилем.", "почти наверняка"},
	} {
		hits := titled(t, p, c.lang, c.title, c.text, d)
		if h, r := find(t, m, q, hits, c.words); !r.About || !r.Invert {
			t.Errorf("%s: %q: %+v, want about, read inverted", c.lang, h.Proposition.Text, r)
		}
	}
}
