package estimate_test

import "testing"

// Doubting verbs in every person and tense are unlikely, held by their
// subject ("Los analistas dudan de que", "Gli analisti dubitano che",
// "Les analystes doutent que", "Die Analysten zweifeln daran", "De
// analisten betwijfelen of", "Analyytikot epäilivät"); only "dudo",
// "dubito", "doute que", "bezweifelt", "betwijfelt", "epäilee" were known.
// "Niemand zweifelt" stays almost certain.
func TestDoubtVerbs(t *testing.T) {
	wantBandHeld(t, "unlikely", []cueCase{
		{"es", "Los analistas dudan de que el BCE baje los tipos en junio.", "dudan de que", "Los analistas"},
		{"it", "Gli analisti dubitano che la Bce tagli i tassi a giugno.", "dubitano che", "Gli analisti"},
		{"fr", "Les analystes doutent que la BCE baisse ses taux en juin.", "doutent que", "analystes"},
		{"de", "Die Analysten zweifeln daran, dass die EZB im Juni die Zinsen senkt.", "zweifeln daran", "Analysten"},
		{"nl", "De analisten betwijfelen of de ECB in juni de rente verlaagt.", "betwijfelen", "De analisten"},
		{"fi", "Analyytikot epäilivät, että EKP laskee korkoja kesäkuussa.", "epäilivät", "Analyytikot"},
	})
	wantBandHeld(t, "almost_certain", []cueCase{
		{"de", "Niemand zweifelt daran, dass die EZB im Juni die Zinsen senkt.", "Niemand zweifelt", ""},
	})
}
