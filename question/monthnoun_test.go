package question_test

import (
	"strings"
	"testing"
	"time"
)

// French and Spanish name a rate move by a bare noun and its month, as
// English does ("a cut in May"): "une baisse en mai", "una bajada en
// mayo" is the question's cut, pooled; "une baisse en juin", after a May
// bound, is another time, set aside with why. Both were dropped as
// sharing neither subject nor event.
func TestRateMoveNamedByItsMonth(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will the Riksbank cut its policy rate by its May 2024 meeting?")
	at := time.Date(2024, 2, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, title, may, june, cue string }{
		{"en", "Sweden: the Riksbank and rates", "According to the economist Anna Berg, a cut in May is very likely.", "According to the economist Anna Berg, a cut in June is very likely.", "likely"},
		{"fr", "Suède : la Riksbank et les taux", "Selon l'économiste Anne Dubois, une baisse en mai est très probable.", "Selon l'économiste Anne Dubois, une baisse en juin est très probable.", "probable"},
		{"es", "Suecia: el Riksbank y los tipos", "Según la economista Ana García, una bajada en mayo es muy probable.", "Según la economista Ana García, una bajada en junio es muy probable.", "probable"},
	} {
		hits := titled(t, p, c.lang, c.title, c.may, at)
		if h, r := find(t, m, q, hits, c.cue); !r.About || r.Invert {
			t.Errorf("%s: %q (events %v): %+v, want about the May cut", c.lang, h.Proposition.Text, h.Proposition.Events, r)
		}
		hits = titled(t, p, c.lang, c.title, c.june, at)
		if h, r := find(t, m, q, hits, c.cue); r.About || !strings.Contains(r.Reason, "another time") {
			t.Errorf("%s: %q (events %v): %+v, want set aside as another time", c.lang, h.Proposition.Text, h.Proposition.Events, r)
		}
	}
}
