package estimate_test

import "testing"

// One step from an event is very likely, in the words each language has
// for it ("one step away from", "è sul punto di", "är nära att", "à deux
// doigts de", "a un paso de"); they gave nothing.
func TestOneStepAway(t *testing.T) {
	wantBandHeld(t, "very_likely", []cueCase{
		{"en", "The two sides are one step away from a ceasefire deal.", "one step away from", ""},
		{"it", "Secondo i giornali, il presidente del Consiglio è sul punto di dimettersi dopo la sconfitta.", "è sul punto di", "i giornali"},
		{"sv", "Statsministern är nära att avgå efter förlusten i riksdagen.", "är nära att", ""},
		{"fr", "Le Premier ministre est à deux doigts de démissionner.", "à deux doigts de", ""},
		{"es", "España está a un paso de reconocer a Palestina.", "a un paso de", ""},
	})
}
