package question_test

import (
	"testing"
	"time"
)

// "Sin embargo" (however) names no embargo: a Spanish judgement with it is
// not about sanctions, and one that refers back with "esa opción" to a
// candidate's withdrawal is about the withdrawal, not set aside as about
// sanctions.
func TestIdiomNamesNoEvent(t *testing.T) {
	m, p, _ := setup(t)
	jun := time.Date(2024, 6, 29, 0, 0, 0, 0, time.UTC)
	q := understand(t, m, "Will Joe Biden withdraw from the 2024 presidential race?")
	hits := judgements(t, p, "es", "Tras el debate, Joe Biden podría dejar de ser el candidato demócrata. El profesor Luis Pérez, sin embargo, descarta esa opción.", "i-es", jun)
	if h, r := find(t, m, q, hits, "descarta"); !r.About {
		t.Errorf("«descarta esa opción» after a withdrawal: %+v (events %v)", r, h.Proposition.Events)
	}
	q = understand(t, m, "Will the EU impose an oil embargo on Russia in 2022?")
	mar := time.Date(2022, 3, 1, 0, 0, 0, 0, time.UTC)
	hits = judgements(t, p, "es", "Sin embargo, es probable que Rusia siga vendiendo petróleo a China, dijo el analista Luis Pérez.", "i2-es", mar)
	if h, r := find(t, m, q, hits, "probable"); r.About {
		t.Errorf("«sin embargo» read as an embargo: %+v (events %v)", r, h.Proposition.Events)
	}
}
