package question_test

import (
	"testing"
	"time"
)

// "On the point of being finalised": the event a copular "point" or
// "verge" completes is its subject's ("l'accordo è sul punto di essere
// finalizzato" judges the deal), not an event-less verb in another clause.
func TestOnThePointOf(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Israel and Hamas agree a Gaza ceasefire and hostage-release deal before 20 January 2025?")
	jan := time.Date(2025, 1, 14, 0, 0, 0, 0, time.UTC)
	hits := titled(t, p, "it", "Gaza", "Secondo il mediatore Luca Rossi, l'accordo su Gaza è sul punto di essere finalizzato.", jan)
	if _, r := find(t, m, q, hits, "sul punto"); !r.About {
		t.Errorf("«l'accordo è sul punto di essere finalizzato»: %+v", r)
	}
}
