package estimate_test

import "testing"

// A degree word after its chance noun keeps its own intensifier and its
// own negation: "the probability is very high" is very likely, not
// likely; "die Chancen sind sehr gering" very unlikely; "the probability
// is not high" unlikely, not likely.
func TestDegreeAfterNounIntensified(t *testing.T) {
	wantBandHeld(t, "very_likely", []cueCase{
		{"en", "But the probability is very high, the analyst said.", "probability is very high", "analyst"},
		{"de", "Die Wahrscheinlichkeit ist sehr hoch, sagte der Analyst.", "Wahrscheinlichkeit ist sehr hoch", "Analyst"},
		{"fr", "La probabilité est très élevée, selon Dupont.", "probabilité est très élevée", "Dupont"},
		{"es", "Pero el índice de probabilidad es muy alto, sostiene el analista.", "probabilidad es muy alto", "el analista"},
		{"it", "La probabilità è molto alta, dice l'analista.", "probabilità è molto alta", "l'analista"},
		{"nl", "De kans is zeer groot, zegt de analist.", "kans is zeer groot", "de analist"},
		{"sv", "Sannolikheten är mycket hög, säger analytikern.", "Sannolikheten är mycket hög", "analytikern"},
		{"fi", "Todennäköisyys on erittäin korkea, sanoo analyytikko.", "Todennäköisyys on erittäin korkea", "analyytikko"},
	})
	wantBandHeld(t, "very_unlikely", []cueCase{
		{"en", "But the chances are very slim, the analyst said.", "chances are very slim", "analyst"},
		{"de", "Die Chancen sind sehr gering, sagte der Analyst.", "Chancen sind sehr gering", "Analyst"},
		{"es", "Las posibilidades son muy escasas, dice el analista.", "posibilidades son muy escasas", "el analista"},
		{"fr", "Les chances sont très faibles, selon Dupont.", "chances sont très faibles", "Dupont"},
		{"it", "Le possibilità sono molto basse, dice l'analista.", "possibilità sono molto basse", "l'analista"},
		{"nl", "De kans is heel klein, zegt de analist.", "kans is heel klein", "de analist"},
		{"sv", "Chansen är mycket liten, säger analytikern.", "Chansen är mycket liten", "analytikern"},
		{"fi", "Mahdollisuudet ovat hyvin pienet, sanoo analyytikko.", "Mahdollisuudet ovat hyvin pienet", "analyytikko"},
	})
	wantBandHeld(t, "unlikely", []cueCase{
		{"en", "But the probability is not high, the analyst said.", "probability is not high", "analyst"},
		{"fr", "La probabilité n'est pas élevée, selon Dupont.", "probabilité n'est pas élevée", "Dupont"},
		{"es", "La probabilidad no es alta, dice el analista.", "probabilidad no es alta", "el analista"},
		{"de", "Die Wahrscheinlichkeit ist nicht hoch, sagte der Analyst.", "Wahrscheinlichkeit ist nicht hoch", "Analyst"},
		{"sv", "Sannolikheten är inte hög, säger analytikern.", "Sannolikheten är inte hög", "analytikern"},
	})
}

// An intensifier before a cue that grades a chance noun grades its degree
// word: "a very high probability" is very likely, as "the probability is
// very high" is, and no certainty; "a very small chance" very unlikely.
func TestIntensifiedChanceCueNoCertainty(t *testing.T) {
	cases := []struct{ lang, text string }{
		{"en", "There is a very high probability that the deal will be signed, the analyst said."},
		{"de", "Es besteht eine sehr hohe Wahrscheinlichkeit, dass der Vertrag unterzeichnet wird, sagte der Analyst."},
		{"fr", "Il y a une très forte probabilité que l'accord soit signé, selon l'analyste."},
		{"pl", "Istnieje bardzo duże prawdopodobieństwo, że umowa zostanie podpisana, powiedział analityk."},
		{"ru", "Существует очень высокая вероятность, что соглашение будет подписано, сказал аналитик."},
		{"sv", "Det finns en mycket stor sannolikhet att avtalet undertecknas, säger analytikern."},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		if len(js) == 0 {
			t.Errorf("%s %q: no judgement", c.lang, c.text)
			continue
		}
		for _, j := range js {
			if j.Band != "very_likely" {
				t.Errorf("%s %q: want very_likely, got %s at %q", c.lang, c.text, j.Band, j.Cue)
			}
		}
	}
}
