package estimate_test

import "testing"

// A figure right after a pricing verb is the market's probability, with
// no word for chance: "a June cut is priced at 82%", "rynki wyceniają na
// 80 proc.". A price elsewhere in the sentence makes no figure a
// probability. Written for this test.
func TestFigurePricedAt(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "A rate cut by the ECB in June is priced at 82%, according to money markets."},
		{"pl", "Obniżkę stóp przez EBC w czerwcu rynki wyceniają na 80 proc."},
	} {
		js := judge(t, c.lang, c.text)
		if len(js) == 0 || js[0].Value < 0.79 || js[0].Value > 0.83 {
			t.Errorf("%s %q: want the figure as a probability:\n%s", c.lang, c.text, dump(js))
		}
	}
	for _, j := range judge(t, "en", "Markets priced in a rate cut, and inflation fell to 2.4% in May, the agency said.") {
		if j.Scale == "numeric" {
			t.Errorf("inflation's 2.4%% read as a probability: %+v", j)
		}
	}
}
