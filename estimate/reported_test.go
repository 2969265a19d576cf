package estimate_test

import "testing"

// A future told in reported speech (would, würde, skulle, -rait, -ría)
// is the reporter's forecast, as a will is; the same form with no verb of
// saying before it is a hypothetical and judges nothing.
func TestReportedFutures(t *testing.T) {
	cases := []struct{ lang, text, cue, holder string }{
		{"en", "Prime Minister Ana Rusu announced that Moldova would leave the alliance next year.", "would", "Ana Rusu"},
		{"en", "Ana Rusu said on Tuesday Moldova would leave the alliance.", "would", "Ana Rusu"},
		{"de", "Rusu sagte, Moldau würde der EU beitreten.", "würde", "Rusu"},
		{"sv", "Ana Rusu sa att Moldavien skulle gå med i Nato.", "skulle", "Ana Rusu"},
		{"fr", "Ana Rusu a déclaré que la Moldavie quitterait l'alliance.", "quitterait", "Ana Rusu"},
		{"es", "Ana Rusu dijo que España reconocería el Estado palestino.", "reconocería", "Ana Rusu"},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		j := find(js, c.cue)
		if j == nil || j.Band != "very_likely" {
			t.Errorf("%s %q: want very_likely at %q, got\n%s", c.lang, c.text, c.cue, dump(js))
			continue
		}
		if h := holderAt(t, js, c.cue); h != c.holder {
			t.Errorf("%s %q: holder %q, want %q", c.lang, c.text, h, c.holder)
		}
	}
	for _, c := range []struct{ lang, text, cue string }{
		{"en", "Leaving the alliance would bring new problems for Moldova.", "would"},
		{"en", "Moldova would leave the alliance only at great cost.", "would"},
		{"de", "Ein Austritt würde der Wirtschaft schaden.", "würde"},
		{"fr", "La Moldavie quitterait l'alliance à un prix élevé.", "quitterait"},
	} {
		if j := find(judge(t, c.lang, c.text), c.cue); j != nil {
			t.Errorf("%s %q: want no judgement at %q, got %s", c.lang, c.text, c.cue, j.Band)
		}
	}
}
