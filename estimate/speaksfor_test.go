package estimate_test

import "testing"

// Evidence that speaks for an event is a likely judgement of it: "the
// data speak for a cut", "Vieles spricht für", "les données plaident
// pour", "los datos apuntan a", "i dati depongono a favore", "de cijfers
// pleiten voor", "siffrorna talar för", "luvut puoltavat". Only evidence
// or everything speaks so: a person who speaks for a government
// represents it.
func TestEvidenceSpeaksFor(t *testing.T) {
	wantBandHeld(t, "likely", []cueCase{
		{"en", "The domestic data speak for a rate cut in May, Smith said.", "data speak for", "Smith"},
		{"en", "Much speaks for a rate cut in May, Smith said.", "Much speaks for", "Smith"},
		{"de", "Die inländischen Daten sprechen für einen Schritt im Mai, sagte Müller.", "Daten sprechen für", "Müller"},
		{"de", "Vieles spricht für eine Zinssenkung im Mai, sagte Müller.", "Vieles spricht für", "Müller"},
		{"fr", "Les données plaident pour une baisse des taux en mai, selon Dupont.", "données plaident pour", "Dupont"},
		{"es", "Los datos apuntan a una bajada de tipos en mayo, según García.", "datos apuntan a", "García"},
		{"it", "I dati depongono a favore di un taglio dei tassi a maggio, secondo Rossi.", "depongono a favore", "Rossi"},
		{"nl", "De cijfers pleiten voor een renteverlaging in mei, zegt De Vries.", "cijfers pleiten voor", "De Vries"},
		{"sv", "Siffrorna talar för en räntesänkning i maj, säger Svensson.", "Siffrorna talar för", "Svensson"},
		{"fi", "Luvut puoltavat koronlaskua toukokuussa, sanoo Virtanen.", "Luvut puoltavat", "Virtanen"},
	})
	for _, c := range []struct{ lang, text string }{
		{"en", "The spokesman speaks for the government on trade, Smith said."},
		{"de", "Der Sprecher spricht für die Regierung, sagte Müller."},
	} {
		if js := judge(t, c.lang, c.text); len(js) > 0 {
			t.Errorf("%s %q: a judgement at %q", c.lang, c.text, js[0].Cue)
		}
	}
}
