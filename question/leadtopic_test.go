package question_test

import (
	"testing"
	"time"
)

// A title that only teases ("Another country may soon change its money")
// leaves the article's event to its lead ("Moldova is ready to adopt the
// euro"): a judgement on "the decision" there is on that event. Before,
// only the title was read for it, and the judgement was set aside.
func TestLeadNamesTheArticlesEvent(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Moldova adopt the euro by 1 January 2026?")
	d := time.Date(2025, 6, 5, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, title, text, words string }{
		{"en", "Another country may soon change its money", "Moldova is ready to adopt the euro from 1 January 2026, the Commission said.\n\nThe decision is very likely, said the analyst John Smith.", "The decision"},
		{"pl", "Kolejny kraj może wkrótce zmienić walutę", "Mołdawia jest gotowa do przyjęcia euro od 1 stycznia 2026 roku, oceniła Komisja.\n\nTa decyzja jest bardzo prawdopodobna, powiedział analityk Jan Kowalski.", "Ta decyzja"},
	} {
		h, r := find(t, m, q, titled(t, p, c.lang, c.title, c.text, d), c.words)
		if !r.About || r.Invert {
			t.Errorf("%s %q: %+v; want about the article's event, for it", c.lang, h.Proposition.Text, r)
		}
	}
}
