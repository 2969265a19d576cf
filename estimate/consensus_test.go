package estimate_test

import "testing"

// No consensus for a step that needs one ("there is no consensus", "keinen
// Konsens", "pas de consensus", "no hay consenso", "non c'è consenso",
// "ingen enighet", "geen consensus") is a judgement against it, unlikely.
func TestNoConsensus(t *testing.T) {
	wantBandHeld(t, "unlikely", []cueCase{
		{"en", "There is no consensus among the allies for an invitation to Ukraine.", "There is no consensus", ""},
		{"de", "Unter den Verbündeten gibt es keinen Konsens für eine Einladung der Ukraine.", "keinen Konsens", ""},
		{"fr", "Il n'y a pas de consensus parmi les alliés sur une invitation de l'Ukraine.", "pas de consensus", ""},
		{"es", "No hay consenso entre los aliados sobre una invitación a Ucrania.", "No hay consenso", ""},
		{"it", "Non c'è consenso tra gli alleati su un invito all'Ucraina.", "Non c'è consenso", ""},
		{"sv", "Det finns ingen enighet bland de allierade om en inbjudan till Ukraina.", "ingen enighet", ""},
		{"nl", "Er is geen consensus onder de bondgenoten over een uitnodiging aan Oekraïne.", "geen consensus", ""},
	})
}
