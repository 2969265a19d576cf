package estimate_test

import (
	"slices"
	"testing"
)

// Ukrainian "наступного" (next) begins as "наступ" (an offensive) does:
// "наступного місяця" is a time, not a war, while "новий наступ" is one.
// Invented sentences.
func TestUkrainianNextIsNoOffensive(t *testing.T) {
	cases := []struct {
		text string
		war  bool
	}{
		{"Експерт Іван Бойко вважає, що уряд, імовірно, піде у відставку наступного місяця.", false},
		{"Експерт Іван Бойко вважає, що угоду, імовірно, підпишуть у наступному році.", false},
		{"Експерт Іван Бойко вважає, що Росія, імовірно, почне новий наступ навесні.", true},
	}
	for _, c := range cases {
		js := judgeIn(t, "uk", c.text)
		if len(js) == 0 {
			t.Errorf("%q: no judgement", c.text)
		}
		for _, j := range js {
			if got := slices.Contains(j.Proposition.Events, "war"); got != c.war {
				t.Errorf("%q: war %v, want %v (events %v)", c.text, got, c.war, j.Proposition.Events)
			}
		}
	}
}
