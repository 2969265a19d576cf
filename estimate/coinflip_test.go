package estimate_test

import "testing"

// A coin toss is about even in every language that speaks of one ("a coin
// flip", "ein Münzwurf", "pile ou face", "cara o cruz", "testa o croce",
// "slantsingling", "kolikonheitto", "kop of munt"); "a near certainty" is
// almost certain.
func TestCoinTosses(t *testing.T) {
	wantBandHeld(t, "roughly_even", []cueCase{
		{"en", "Markets see a June cut as a coin flip.", "a coin flip", "Markets"},
		{"de", "Eine Zinssenkung im Juni ist ein Münzwurf, sagt Anna Berg.", "ein Münzwurf", "Anna Berg"},
		{"fr", "Une baisse des taux en juin, c'est pile ou face.", "pile ou face", ""},
		{"es", "Una bajada de tipos en junio es a cara o cruz.", "a cara o cruz", ""},
		{"sv", "En räntesänkning i juni är ren slantsingling.", "slantsingling", ""},
	})
	wantBandHeld(t, "almost_certain", []cueCase{
		{"en", "Markets now see a cut in June as a near certainty.", "a near certainty", "Markets"},
	})
}
