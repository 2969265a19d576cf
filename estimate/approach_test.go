package estimate_test

import (
	"slices"
	"testing"
)

// An event said to draw nearer ("rückt näher", "se rapproche", "närmar
// sig") is judged likely, one said to recede ("s'éloigne", "se aleja",
// "si allontana") unlikely; an event off the table ("van de baan", "off
// the table") very unlikely, one not yet off it about even.
func TestApproachingAndRecedingEvents(t *testing.T) {
	for _, c := range []struct{ lang, text, cue, band string }{
		{"en", "A deal draws nearer, the mediator Ann Lee said.", "draws nearer", "likely"},
		{"de", "Eine Einigung rückt näher, sagte der Vermittler Paul Roth.", "rückt näher", "likely"},
		{"fr", "Selon le médiateur Paul Martin, un accord se rapproche.", "se rapproche", "likely"},
		{"nl", "Een akkoord komt dichterbij, zegt bemiddelaar Jan de Vries.", "komt dichterbij", "likely"},
		{"sv", "En uppgörelse närmar sig, säger medlaren Anna Berg.", "närmar sig", "likely"},
		{"fr", "Selon le médiateur Paul Martin, un accord s'éloigne.", "s'éloigne", "unlikely"},
		{"es", "Según el mediador Juan Pérez, el acuerdo se aleja.", "se aleja", "unlikely"},
		{"it", "Secondo il mediatore Marco Rossi, l'accordo si allontana.", "si allontana", "unlikely"},
		{"fr", "Selon le médiateur Paul Martin, l'accord est compromis.", "est compromis", "unlikely"},
		{"nl", "Een akkoord lijkt van de baan, zegt bemiddelaar Jan de Vries.", "lijkt van de baan", "very_unlikely"},
		{"en", "A deal is off the table, the mediator Ann Lee said.", "is off the table", "very_unlikely"},
		{"de", "Eine Einigung ist noch nicht vom Tisch, sagte der Vermittler Paul Roth.", "noch nicht vom Tisch", "roughly_even"},
		{"en", "A deal is in doubt, the mediator Ann Lee said.", "is in doubt", "roughly_even"},
	} {
		js := judgeIn(t, c.lang, c.text)
		j := find(js, c.cue)
		if j == nil || j.Band != c.band || !slices.Contains(j.Proposition.Events, "deal") {
			t.Errorf("%s %q: want %s at %q on a deal, got %+v", c.lang, c.text, c.band, c.cue, js)
		}
	}
	// "ser ut att": the Swedish "looks set to".
	if j := find(judgeIn(t, "sv", "Riksbanken ser ut att sänka räntan i maj."), "ser ut att"); j == nil || j.Band != "likely" {
		t.Errorf("sv ser ut att: want likely, got %+v", j)
	}
}
