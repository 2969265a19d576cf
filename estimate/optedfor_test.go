package estimate_test

import "testing"

// A share of forecasters who opted for an option is the survey's
// numeric judgement, whatever the verb of choosing: "entschieden sich
// für", "optaron por", "hanno optato per", "opted for".
func TestShareOptedFor(t *testing.T) {
	cases := []struct{ lang, text, cue string }{
		{"en", "Seven of 17 economists opted for May.", "Seven of 17"},
		{"de", "Sieben von 17 Ökonomen entschieden sich für den Mai.", "Sieben von 17"},
		{"es", "Siete de 17 economistas optaron por mayo.", "Siete de 17"},
		{"it", "Sette economisti su 17 hanno optato per maggio.", "Sette economisti su 17"},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		if j := find(js, c.cue); j == nil || j.Value < 0.40 || j.Value > 0.42 {
			t.Errorf("%s %q: want 7/17 at %q, got\n%s", c.lang, c.text, c.cue, dump(js))
		}
	}
}
