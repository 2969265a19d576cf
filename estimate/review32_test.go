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

// An economy is no one's voice: "expects Swedish GDP to contract by 1.1
// percent" is not held by "Swedish GDP" (gold33's finding).
func TestEconomyIsNoHolder(t *testing.T) {
	for _, j := range judge(t, "en", "Sweden's central bank, meanwhile, expects Swedish GDP to contract by 1.1 percent this year.") {
		if j.Holder != nil && j.Holder.Name == "Swedish GDP" {
			t.Errorf("held by %q", j.Holder.Name)
		}
	}
}
