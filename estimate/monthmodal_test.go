package estimate_test

import "testing"

// "May" capitalised inside a sentence is the month, not a possibility;
// the modal still reads in lower case and at a sentence's start.
func TestMonthIsNoModal(t *testing.T) {
	for _, c := range []struct {
		text  string
		modal bool
	}{
		{"Pollster Can Yilmaz said the president was likely to lose the May 14 vote.", false},
		{"Analysts said the bank would decide in May whether to cut rates.", false},
		{"Analyst Anna Smith said the bank may cut rates.", true},
		{"May the bank cut rates? Analyst Anna Smith said it may.", true},
	} {
		modal := false
		for _, j := range judge(t, "en", c.text) {
			modal = modal || j.Modal && (j.Cue == "May" || j.Cue == "may")
		}
		if modal != c.modal {
			t.Errorf("%q: a modal read = %v, want %v", c.text, modal, c.modal)
		}
	}
}
