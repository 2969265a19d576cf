package estimate_test

import "testing"

// An expectation stated as a noun ("the expectation is that", "the
// consensus is for", "Die Erwartung ist, dass", "L'aspettativa è che",
// "Förväntningen är att", "Odotus on, että", "De verwachting is dat") is
// a likely judgement, as the verb "expect" is; a "will" inside it is the
// expectation's, not a categorical very likely of its own.
func TestExpectationNouns(t *testing.T) {
	wantBandHeld(t, "likely", []cueCase{
		{"en", "The expectation is that the ECB will cut rates in June.", "The expectation is that", ""},
		{"en", "The consensus is for a rate cut in June.", "The consensus is for", ""},
		{"de", "Die Erwartung ist, dass die EZB im Juni die Zinsen senkt.", "Die Erwartung ist, dass", ""},
		{"fr", "L'attente générale est une baisse des taux en juin.", "L'attente générale", ""},
		{"es", "La expectativa es que el BCE baje los tipos en junio.", "La expectativa es que", ""},
		{"it", "L'aspettativa è che la Bce tagli i tassi a giugno.", "L'aspettativa è che", ""},
		{"sv", "Förväntningen är att ECB sänker räntan i juni.", "Förväntningen är att", ""},
		{"fi", "Odotus on, että EKP laskee korkoja kesäkuussa.", "Odotus on, että", ""},
		{"nl", "De verwachting is dat de ECB in juni de rente verlaagt.", "De verwachting is dat", ""},
	})
}
