package estimate_test

import "testing"

// A fraction before a unit ("by a quarter point, said analyst X") is a
// size, not a share of the forecasters a later clause names: the
// judgement is the hedge, held by the analyst. The sentences are written
// for this test.
func TestFractionOfAPointIsNoShare(t *testing.T) {
	for _, c := range []struct{ lang, text, hedge, fraction string }{
		{"en", "The central bank will probably lower its key rate by a quarter point, said analyst Mary Daly.", "probably", "a quarter"},
		{"en", "The Fed will probably cut by half a point, economists at Nomura said.", "probably", "half"},
	} {
		js := judge(t, c.lang, c.text)
		if find(js, c.hedge) == nil || find(js, c.fraction) != nil {
			t.Errorf("%s %q: want a judgement at %q and none at %q, got\n%s", c.lang, c.text, c.hedge, c.fraction, dump(js))
		}
	}
}
