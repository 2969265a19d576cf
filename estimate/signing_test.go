package estimate_test

import (
	"slices"
	"testing"
)

// A signing noun alone names the deal family: "the signature is likely
// next week" is a judgement on the deal being signed. Spanish "firma" is
// also a company, so it counts only before a deal noun.
func TestSigningNounsAreDeal(t *testing.T) {
	cases := []struct {
		lang, text, cue string
		deal            bool
	}{
		{"en", "The signature will most likely take place next week in Riyadh.", "most likely", true},
		{"nl", "De ondertekening vindt waarschijnlijk volgende week plaats.", "waarschijnlijk", true},
		{"it", "La sottoscrizione avverrà probabilmente la prossima settimana.", "probabilmente", true},
		{"de", "Die Unterzeichnung findet wahrscheinlich nächste Woche statt.", "wahrscheinlich", true},
		{"pl", "Podpisanie nastąpi prawdopodobnie w przyszłym tygodniu.", "prawdopodobnie", true},
		{"sv", "Undertecknandet sker sannolikt nästa vecka.", "sannolikt", true},
		{"es", "La firma probablemente despedirá a cien empleados este año.", "probablemente", false},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		j := find(js, c.cue)
		if j == nil {
			t.Errorf("%s %q: no judgement at %q:\n%s", c.lang, c.text, c.cue, dump(js))
			continue
		}
		if got := slices.Contains(j.Proposition.Events, "deal"); got != c.deal {
			t.Errorf("%s %q: want deal %v, got events %v", c.lang, c.text, c.deal, j.Proposition.Events)
		}
	}
}
