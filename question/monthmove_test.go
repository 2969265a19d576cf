package question_test

import (
	"testing"
	"time"
)

// A month before the rate move names it in English ("a June cut", "a
// September rate hike"), as "a cut in June" does.
func TestMonthBeforeTheRateMove(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will the European Central Bank cut interest rates in June 2025?")
	d := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	hits := titled(t, p, "en", "ECB before its June meeting", "The ECB meets next week. Markets price in a roughly 70% probability of a June cut.", d)
	if h, r := find(t, m, q, hits, "70%"); !r.About || r.Invert {
		t.Errorf("%q: %+v, want about the June cut", h.Proposition.Text, r)
	}
}
