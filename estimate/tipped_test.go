package estimate_test

import "testing"

// Being tipped, favoured or projected to win is a likely judgement that
// one wins, in every language: "is favored to win", "tipped to", "wird
// der Sieg zugetraut", "donné gagnant", "dado como ganador", "dato per
// vincente", "wordt getipt als", "tippas/spås vinna", "veikataan".
func TestTippedToWin(t *testing.T) {
	wantBandHeld(t, "likely", []cueCase{
		{"en", "The senator is favored to win the run-off on Sunday, analysts say.", "is favored to", "analysts"},
		{"en", "The senator is tipped to win the run-off, Smith said.", "tipped to", "Smith"},
		{"en", "The party is projected to win the most seats, Smith said.", "is projected to", "Smith"},
		{"de", "Dem Senator wird der Sieg in der Stichwahl zugetraut, sagte Müller.", "zugetraut", "Müller"},
		{"de", "Der Senator wird als nächster Präsident gehandelt, sagte Müller.", "als nächster Präsident gehandelt", "Müller"},
		{"fr", "Le sénateur est donné gagnant du second tour, selon Dupont.", "donné gagnant", "Dupont"},
		{"es", "El senador es dado como ganador de la segunda vuelta, según García.", "dado como ganador", "García"},
		{"it", "Il senatore è dato per vincente al ballottaggio, secondo Rossi.", "dato per vincente", "Rossi"},
		{"nl", "De senator wordt getipt als winnaar van de tweede ronde, zegt Jansen.", "wordt getipt", "Jansen"},
		{"sv", "Senatorn tippas vinna den andra omgången, säger Svensson.", "tippas", "Svensson"},
		{"sv", "Senatorn spås vinna den andra omgången, säger Svensson.", "spås", "Svensson"},
		{"fi", "Senaattorin veikataan voittavan toisen kierroksen, sanoo Virtanen.", "veikataan", "Virtanen"},
		{"fi", "Senaattoria povataan toisen kierroksen voittajaksi, sanoo Virtanen.", "povataan", "Virtanen"},
	})
}
