package estimate_test

import (
	"math"
	"testing"
)

// A figure written as a word before a percent unit is a stated
// probability as its digits are ("at less than five percent", "bei zehn
// Prozent", "viisi prosenttia"); a number word joined to another word
// ("five-year") is none.
func TestNumberWordPercent(t *testing.T) {
	for _, c := range []struct {
		lang, text, cue string
		value           float64
	}{
		{"en", "He put the chances of a deal this year at five percent.", "five percent", 0.05},
		{"en", "The chance of a deal is ten per cent, she said.", "ten per cent", 0.10},
		{"de", "Die Chancen auf eine Einigung liegen bei zehn Prozent.", "zehn Prozent", 0.10},
		{"sv", "Chansen för ett avtal är tio procent.", "tio procent", 0.10},
		{"fi", "Sopimuksen todennäköisyys on viisi prosenttia.", "viisi prosenttia", 0.05},
	} {
		j := find(judge(t, c.lang, c.text), c.cue)
		if j == nil || math.Abs(j.Value-c.value) > 1e-9 {
			t.Errorf("%s %q: want %.2f at %q, got %+v", c.lang, c.text, c.value, c.cue, judge(t, c.lang, c.text))
		}
	}
	if j := find(judge(t, "en", "The five-year plan has a chance of passing."), "five-year"); j != nil {
		t.Errorf("five-year read as a figure: %+v", j)
	}
}
