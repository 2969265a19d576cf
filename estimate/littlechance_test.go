package estimate_test

import "testing"

// "Little chance" reads as about 15% (median of 46 readers, zonination
// probability-words survey): very unlikely, not unlikely; so do its
// translations, which say "little" or "few" chances the same way.
func TestLittleChanceIsVeryUnlikely(t *testing.T) {
	cases := []cueCase{
		{"en", "There is little chance that the motion will pass, the analyst said.", "little chance", "analyst"},
		{"de", "Der Antrag hat wenig Chancen auf eine Mehrheit, sagte der Analyst.", "wenig Chancen", "Analyst"},
		{"fr", "La motion a peu de chances d'aboutir, estime l'analyste.", "peu de chances", "l'analyste"},
		{"ru", "У этого решения мало шансов на принятие, считает аналитик.", "мало шансов", "аналитик"},
		{"uk", "У цього рішення мало шансів на ухвалення, вважає аналітик.", "мало шансів", "аналітик"},
		{"it", "Secondo l'analista Marco Rossi, la mozione ha poche possibilità di passare.", "poche possibilità", "l'analista Marco Rossi"},
		{"es", "La moción tiene pocas posibilidades de prosperar, según el analista.", "pocas posibilidades", "el analista"},
		{"pl", "Wniosek ma mało szans na przyjęcie, uważa analityk.", "mało szans", "analityk"},
		{"sv", "Det finns liten chans att förslaget går igenom, säger analytikern.", "liten chans", "analytikern"},
	}
	wantBandHeld(t, "very_unlikely", cases)
}
