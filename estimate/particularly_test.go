package estimate_test

import "testing"

// "Particularly" intensifies as "very" does: "gilt als besonders
// wahrscheinlich", "szczególnie prawdopodobne", "особенно вероятно" are
// very likely; "particularly unlikely" very unlikely.
func TestParticularlyIntensifies(t *testing.T) {
	wantBandHeld(t, "very_likely", []cueCase{
		{"en", "A deal is particularly likely this time, the analyst said.", "likely", "analyst"},
		{"de", "Ein Shutdown gilt dieses Mal als besonders wahrscheinlich, sagte der Analyst.", "wahrscheinlich", "Analyst"},
		{"fr", "Un accord est particulièrement probable cette fois, selon Dupont.", "probable", "Dupont"},
		{"es", "Un acuerdo es especialmente probable esta vez, dice el analista.", "probable", "el analista"},
		{"it", "Un accordo è particolarmente probabile questa volta, dice l'analista.", "probabile", "l'analista"},
		{"nl", "Een akkoord is bijzonder waarschijnlijk deze keer, zegt de analist.", "waarschijnlijk", "de analist"},
		{"sv", "En uppgörelse är särskilt sannolik den här gången, säger analytikern.", "sannolik", "analytikern"},
	})
	wantBandHeld(t, "very_unlikely", []cueCase{
		{"en", "A deal is particularly unlikely this time, the analyst said.", "unlikely", "analyst"},
		{"de", "Eine Einigung gilt als besonders unwahrscheinlich, sagte der Analyst.", "unwahrscheinlich", "Analyst"},
	})
}
