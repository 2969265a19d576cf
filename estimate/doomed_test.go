package estimate_test

import "testing"

// Doomed to fail is very unlikely to succeed, in every language; under a
// hedge ("vraisemblablement voué à l'échec") one step toward the middle.
func TestDoomedToFail(t *testing.T) {
	wantBandHeld(t, "very_unlikely", []cueCase{
		{"en", "The motion is doomed to fail, Smith said.", "doomed to fail", "Smith"},
		{"de", "Der Antrag ist zum Scheitern verurteilt, sagte Müller.", "zum Scheitern verurteilt", "Müller"},
		{"fr", "La motion est vouée à l'échec, selon Dupont.", "vouée à l'échec", "Dupont"},
		{"es", "La moción está condenada al fracaso, según García.", "condenada al fracaso", "García"},
		{"it", "La mozione è destinata a fallire, secondo Rossi.", "destinata a fallire", "Rossi"},
		{"nl", "De motie is gedoemd te mislukken, zegt Jansen.", "gedoemd te mislukken", "Jansen"},
		{"sv", "Förslaget är dömt att misslyckas, säger Svensson.", "dömt att misslyckas", "Svensson"},
		{"fi", "Esitys on tuhoon tuomittu, sanoo Virtanen.", "tuhoon tuomittu", "Virtanen"},
	})
	wantBandHeld(t, "unlikely", []cueCase{
		{"fr", "La motion est vraisemblablement vouée à l'échec, selon Dupont.", "vraisemblablement vouée à l'échec", "Dupont"},
		{"en", "The bill is probably dead on arrival, Smith said.", "probably dead on arrival", "Smith"},
	})
}
