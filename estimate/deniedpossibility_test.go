package estimate_test

import "testing"

// A denied belief that governs a bare possibility ("I don't think the
// referendum could be held", "Я не вважаю, що … можуть бути вибори") is
// one judgement: very unlikely, held by the speaker, with no about-even
// possibility beside it.
func TestDeniedPossibility(t *testing.T) {
	cases := []idiomCase{
		{"ru", "Я не думаю, что референдум может состояться в следующем году, сказал депутат Иван Петров.", "referendum"},
		{"uk", "Я не вважаю, що референдум може відбутися наступного року, сказав депутат Іван Петренко.", "referendum"},
		{"pl", "Nie sądzę, że referendum może się odbyć w przyszłym roku, powiedział poseł Jan Nowak.", "referendum"},
		{"en", "I don't think the referendum could be held next year, said the deputy John Smith.", "referendum"},
	}
	checkIdioms(t, cases, "very_unlikely")
	for _, c := range cases {
		for _, j := range judge(t, c.lang, c.text) {
			if j.Band == "roughly_even" {
				t.Errorf("%s %q: an even possibility %q beside the denied belief", c.lang, c.text, j.Cue)
			}
		}
	}
	// A plain denied belief stays unlikely, a lexical "unlikely" that
	// governs a possibility too.
	checkIdioms(t, []idiomCase{
		{"ru", "Я не думаю, что референдум состоится в следующем году, сказал депутат Иван Петров.", "referendum"},
		{"pl", "To mało prawdopodobne, że referendum może się odbyć w przyszłym roku, powiedział poseł Jan Nowak.", "referendum"},
	}, "unlikely")
}
