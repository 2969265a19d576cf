package estimate_test

import "testing"

// What is hard to stop is likely to happen, what cannot be stopped very
// likely, what is inevitable almost certain — not unlikely, as "will be
// hard to" or "impossible" alone would read them.
func TestHardToStop(t *testing.T) {
	wantBandHeld(t, "likely", []cueCase{
		{"en", "The annexation will be hard to stop, Smith said.", "will be hard to stop", "Smith"},
		{"en", "It will be hard for others to block the deal, Smith said.", "will be hard for others to block", "Smith"},
		{"en", "A recession is now hard to avoid, Smith said.", "hard to avoid", "Smith"},
		{"de", "Der Beitritt ist kaum noch zu stoppen, sagte Müller.", "kaum noch zu stoppen", "Müller"},
		{"fr", "Il sera difficile d'empêcher la censure, selon Dupont.", "sera difficile d'empêcher", "Dupont"},
		{"es", "Será difícil frenar la moción, según García.", "Será difícil frenar", "García"},
		{"it", "Sarà difficile fermare la mozione, secondo Rossi.", "Sarà difficile fermare", "Rossi"},
		{"nl", "De motie is moeilijk tegen te houden, zegt Jansen.", "moeilijk tegen te houden", "Jansen"},
		{"sv", "Avtalet blir svårt att stoppa, säger Svensson.", "blir svårt att stoppa", "Svensson"},
		{"fi", "Sopimusta on vaikea estää, sanoo Virtanen.", "vaikea estää", "Virtanen"},
	})
	wantBandHeld(t, "very_likely", []cueCase{
		{"en", "The offensive is impossible to stop, Smith said.", "impossible to stop", "Smith"},
		{"de", "Die Rezession ist nicht zu verhindern, sagte Müller.", "nicht zu verhindern", "Müller"},
		{"es", "La moción es imposible de frenar, según García.", "imposible de frenar", "García"},
		{"nl", "De motie is niet tegen te houden, zegt Jansen.", "niet tegen te houden", "Jansen"},
	})
	wantBandHeld(t, "almost_certain", []cueCase{
		{"fr", "La censure est inévitable, selon Dupont.", "inévitable", "Dupont"},
		{"it", "La crisi è inevitabile, secondo Rossi.", "inevitabile", "Rossi"},
	})
}
