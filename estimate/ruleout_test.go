package estimate_test

import "testing"

// Not ruling something out leaves it open, about even, however the
// refusal is worded: "refused to rule out" (was almost no chance, the
// refusal unread), "uteslöt inte" (V2 negation after the verb: was almost
// certain), "wollte … nicht ausschließen", "s'est refusé à exclure",
// "se negó a descartar", "ei sulkenut pois" (gave nothing).
func TestNotRuledOut(t *testing.T) {
	wantBandHeld(t, "roughly_even", []cueCase{
		{"en", "Prime Minister John Smith refused to rule out an early election.", "refused to rule out", "John Smith"},
		{"sv", "Statsminister Anna Berg uteslöt inte ett nyval.", "uteslöt inte", "Anna Berg"},
		{"de", "Der Kanzler wollte Neuwahlen nicht ausschließen.", "wollte Neuwahlen nicht ausschließen", ""},
		{"fr", "Le ministre s'est refusé à exclure des élections anticipées.", "s'est refusé à exclure", ""},
		{"es", "El ministro se negó a descartar unas elecciones anticipadas.", "se negó a descartar", ""},
		{"fi", "Ministeri ei sulkenut pois ennenaikaisia vaaleja.", "ei sulkenut pois", ""},
	})
}
