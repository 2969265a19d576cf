package estimate_test

import "testing"

// "We will see a recession this year" forecasts it; only "we'll see
// whether" leaves it open. Written for this test (review32's inputs).
func TestWeWillSeeAnEventIsNoDoubt(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"ru", "В этом году мы увидим рецессию в Германии, считает экономист Иван Петров."},
		{"pl", "W przyszłym roku zobaczymy recesję w Niemczech – uważa ekonomista Jan Nowak."},
		{"uk", "Цього року ми побачимо рецесію в Німеччині, вважає економіст Олег Бондар."},
	} {
		for _, j := range judge(t, c.lang, c.text) {
			if j.Value > 0.4 && j.Value < 0.6 {
				t.Errorf("%s %q: read as about even at «%s»", c.lang, c.text, j.Cue)
			}
		}
	}
}
