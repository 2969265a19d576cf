package estimate_test

import (
	"strings"
	"testing"
)

// A separable verb of ruling out, its object between verb and particle,
// is a judgement held by its subject: "schloss einen Rücktritt aus" rules
// the resignation out, "schließt … nicht aus" leaves it open. Written for
// this test.
func TestSeparableRulingOut(t *testing.T) {
	cases := []struct {
		lang, text, holder string
		low, high          float64
	}{
		{"de", "Der Kanzler Olaf Weber schloss einen Rücktritt aus.", "Olaf Weber", 0, 0.1},
		{"de", "Die Ministerin Anna Roth schließt einen baldigen Rücktritt nicht aus.", "Anna Roth", 0.4, 0.6},
		{"en", "Prime Minister John Smith ruled a resignation out.", "John Smith", 0, 0.1},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		ok := false
		for _, j := range js {
			ok = ok || j.Holder != nil && strings.Contains(j.Holder.Name, c.holder) && j.Value >= c.low && j.Value <= c.high
		}
		if !ok {
			t.Errorf("%s %q: want %s holding %.2f–%.2f:\n%s", c.lang, c.text, c.holder, c.low, c.high, dump(js))
		}
	}
}
