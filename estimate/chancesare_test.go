package estimate_test

import "testing"

// "Chances are" alone says likely; with a degree word after it ("the
// chances are slim", "chances are low that …") the degree word judges,
// and the idiom is no likely judgement beside it.
func TestChancesAreWithDegree(t *testing.T) {
	cases := []struct{ text, cue, band string }{
		{"But the chances are slim, the analyst said.", "chances are slim", "unlikely"},
		{"But the chances are very slim, the analyst said.", "chances are very slim", "very_unlikely"},
		{"The chances are low that the bank will cut in June, the analyst said.", "chances are low", "unlikely"},
		{"Chances are he will resign, the analyst said.", "Chances are", "likely"},
	}
	for _, c := range cases {
		js := judge(t, "en", c.text)
		if len(js) != 1 || js[0].Cue != c.cue || js[0].Band != c.band {
			t.Errorf("%q: want one %s judgement at %q, got\n%s", c.text, c.band, c.cue, dump(js))
		}
	}
}
