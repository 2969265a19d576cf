package question_test

import (
	"testing"
	"time"
)

// A cue that is its verb's separable particle ("gehen … nicht davon aus,
// dass …") makes that verb the judging one: the dass-clause is the judged
// proposition, not another clause beside it.
func TestSeparableCueJudgesItsClause(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Israel launch a ground offensive in Rafah by the end of May 2024?")
	at := time.Date(2024, 4, 1, 0, 0, 0, 0, time.UTC)
	for _, text := range []string{
		"Israel bereitet eine Offensive auf Rafah vor. Sicherheitsexperten gehen dennoch nicht davon aus, dass die Offensive unmittelbar bevorsteht, auch wenn die Gerüchte sich gerade wieder verdichten.",
		"Israel bereitet eine Offensive auf Rafah vor. Beobachter gehen allerdings davon aus, dass die Offensive bald beginnt, auch wenn die Regierung schweigt.",
	} {
		hits := judgements(t, p, "de", text, "prt", at)
		if _, r := find(t, m, q, hits, "davon aus"); !r.About {
			t.Errorf("%q: %+v, want about the offensive", text, r)
		}
	}
}
