package estimate_test

import "testing"

// Stated uncertainty in the words news uses for it: the uncertainty is
// great ("Unsicherheit ist derzeit enorm", "l'incertitude est grande",
// "la incertidumbre es máxima", "osäkerheten är stor"), a fate in other
// hands ("liegt in den Händen des Parlaments"), questions left open
// ("alcuni nodi restano aperti"), people holding their breath. Each is
// about even, as "it remains to be seen"; a breath is held by its subject.
func TestUncertaintyIdioms(t *testing.T) {
	wantBandHeld(t, "roughly_even", []cueCase{
		{"en", "The uncertainty is huge about whether the tariffs will take effect.", "uncertainty is huge", ""},
		{"en", "The fate of the treaty lies in the hands of parliament.", "lies in the hands of", ""},
		{"en", "Investors are holding their breath ahead of the rate decision.", "holding their breath", "Investors"},
		{"de", "Die Unsicherheit ist derzeit enorm, ob die Zölle kommen.", "Unsicherheit ist derzeit enorm", ""},
		{"de", "Das Schicksal des Vertrags liegt in den Händen des Parlaments.", "liegt in den Händen", ""},
		{"fr", "L'incertitude est grande sur l'entrée en vigueur des droits de douane.", "L'incertitude est grande", ""},
		{"es", "La incertidumbre es máxima sobre los aranceles.", "La incertidumbre es máxima", ""},
		{"it", "Alcuni nodi restano aperti sull'accordo.", "restano aperti", ""},
		{"sv", "Osäkerheten är stor kring om tullarna träder i kraft.", "Osäkerheten är stor", ""},
		{"fi", "Epävarmuus tullien voimaantulosta on suuri.", "Epävarmuus tullien voimaantulosta on suuri", ""},
	})
}
