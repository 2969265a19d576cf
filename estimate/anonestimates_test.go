package estimate_test

import "testing"

// "According to estimates" with no one named ("Schätzungen zufolge",
// "selon les estimations", "según las estimaciones", "secondo le stime",
// "arvioiden mukaan") is itself a likely judgement of what follows, the
// article's own report of it; it was a source phrase that named no one,
// so nothing.
func TestAnonymousEstimates(t *testing.T) {
	wantBandHeld(t, "likely", []cueCase{
		{"en", "According to estimates, North Korea is sending some 10,000 soldiers to Russia to fight in Ukraine.", "According to estimates", ""},
		{"de", "Schätzungen zufolge schickt Nordkorea rund 10.000 Soldaten nach Russland.", "Schätzungen zufolge", ""},
		{"fr", "Selon les estimations, la Corée du Nord envoie quelque 10 000 soldats en Russie.", "Selon les estimations", ""},
		{"es", "Según las estimaciones, Corea del Norte envía unos 10.000 soldados a Rusia.", "Según las estimaciones", ""},
		{"fi", "Arvioiden mukaan Pohjois-Korea olisi lähettämässä Venäjälle noin 10000 sotilasta.", "Arvioiden mukaan", ""},
	})
}
