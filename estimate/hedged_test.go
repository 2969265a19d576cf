package estimate_test

import "testing"

// A one-word hedge right before a band word that says the opposite is
// one judgement with it, that band one step toward the middle: "probably
// impossible" is very unlikely, "wohl unrealistisch" unlikely — not a
// likely judgement beside an unlikely one.
func TestHedgedNegativeIsOneJudgement(t *testing.T) {
	cases := []struct{ lang, text, cue, band string }{
		{"en", "Passing the motion is probably impossible, Smith said.", "probably impossible", "very_unlikely"},
		{"en", "The motion is likely unrealistic, Smith said.", "likely unrealistic", "unlikely"},
		{"de", "Ein Beitritt ist wohl unrealistisch, sagte Müller.", "wohl unrealistisch", "unlikely"},
		{"fr", "Un accord est probablement impossible, selon Dupont.", "probablement impossible", "very_unlikely"},
		{"es", "Un acuerdo es probablemente imposible, según García.", "probablemente imposible", "very_unlikely"},
		{"it", "Un accordo è probabilmente impossibile, secondo Rossi.", "probabilmente impossibile", "very_unlikely"},
		{"nl", "Een akkoord is waarschijnlijk onmogelijk, zegt Jansen.", "waarschijnlijk onmogelijk", "very_unlikely"},
		{"sv", "Ett avtal är troligen omöjligt, säger Svensson.", "troligen omöjligt", "very_unlikely"},
		{"fi", "Sopimus on todennäköisesti mahdoton, sanoo Virtanen.", "todennäköisesti mahdoton", "very_unlikely"},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		if len(js) != 1 || js[0].Cue != c.cue || js[0].Band != c.band {
			t.Errorf("%s %q: want one %s judgement at %q, got\n%s", c.lang, c.text, c.band, c.cue, dump(js))
		}
	}
}
