package estimate_test

import "testing"

// Markets named together with their figures given together hold one
// figure each, in order.
func TestConjoinedMarketsHoldTheirOwnFigures(t *testing.T) {
	for _, c := range []struct{ lang, text, cue, holder string }{
		{"en", "Prediction markets Polymarket and Kalshi put the chance of a rate cut in June at 69% and 67%.", "69%", "Polymarket"},
		{"en", "Prediction markets Polymarket and Kalshi put the chance of a rate cut in June at 69% and 67%.", "67%", "Kalshi"},
		{"de", "Die Wettmärkte Polymarket und Kalshi sehen die Chance einer Zinssenkung im Juni bei 69 und 67 Prozent.", "67 Prozent", "Kalshi"},
	} {
		js := judge(t, c.lang, c.text)
		if j := find(js, c.cue); j == nil {
			t.Errorf("%s %q: no judgement at %q in\n%s", c.lang, c.text, c.cue, dump(js))
			continue
		}
		if h := holderAt(t, js, c.cue); h != c.holder {
			t.Errorf("%s %q: holder at %q is %q, want %q", c.lang, c.text, c.cue, h, c.holder)
		}
	}
}
