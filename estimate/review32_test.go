package estimate_test

import "testing"

// Lithuanian "panašu" alone is "similar", no judgement; "panašu, kad"
// is "it seems that" (review32's input).
func TestSimilarIsNoJudgement(t *testing.T) {
	for _, j := range judge(t, "lt", "Tai panašu į Rusijos puolimą prieš Lietuvą, sakė analitikas Jonas Petraitis.") {
		if j.Cue == "panašu" {
			t.Errorf("«panašu» (similar) read as a judgement: %.2f", j.Value)
		}
	}
}
