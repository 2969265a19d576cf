package estimate_test

import "testing"

// "Should be able to" is a likely forecast in every language, also where
// the subject or the object stands between its two verbs ("borde
// Riksbanken kunna sänka", "sollte die Zinsen senken können", "zou de
// rente moeten kunnen verlagen"); split so, the second verb is no
// separate "can" (even) judgement.
func TestShouldBeAbleToAcrossWords(t *testing.T) {
	wantBandHeld(t, "likely", []cueCase{
		{"en", "The bank ought to be able to cut rates in May, Smith said.", "ought to be able to", "Smith"},
		{"sv", "Då borde Riksbanken kunna sänka räntan i maj, säger Svensson.", "borde Riksbanken kunna", "Svensson"},
		{"sv", "Nu bör banken kunna sänka räntan i maj, säger Svensson.", "bör banken kunna", "Svensson"},
		{"de", "Die Notenbank sollte die Zinsen im Mai senken können, sagte Müller.", "sollte die Zinsen im Mai senken können", "Müller"},
		{"de", "Die Notenbank dürfte die Zinsen im Mai senken können, sagte Müller.", "dürfte die Zinsen im Mai senken können", "Müller"},
		{"nl", "De centrale bank zou de rente in mei moeten kunnen verlagen, zegt De Vries.", "zou de rente in mei moeten kunnen", "Vries"},
		{"fr", "La banque centrale devrait pouvoir baisser ses taux en mai, selon Dupont.", "devrait pouvoir", "Dupont"},
		{"es", "El banco central debería poder bajar los tipos en mayo, según García.", "debería poder", "García"},
		{"it", "La banca centrale dovrebbe poter tagliare i tassi a maggio, secondo Rossi.", "dovrebbe poter", "Rossi"},
		{"fi", "Keskuspankin pitäisi pystyä laskemaan korkoa toukokuussa, sanoo Virtanen.", "pitäisi pystyä", "Virtanen"},
	})
	for _, c := range []struct{ lang, text string }{
		{"de", "Die Notenbank dürfte die Zinsen im Mai senken können, sagte Müller."},
		{"nl", "De centrale bank zou de rente in mei moeten kunnen verlagen, zegt De Vries."},
	} {
		for _, j := range judge(t, c.lang, c.text) {
			if j.Band == "roughly_even" {
				t.Errorf("%s %q: a separate even judgement at %q", c.lang, c.text, j.Cue)
			}
		}
	}
}
