package estimate_test

import (
	"testing"

	"github.com/kentnews/kent"
)

// An event on the calendar ("is scheduled to", "ist für Montag geplant",
// "est prévue lundi", "está prevista para", "è prevista per", "är
// planerad", "on määrä", "staat gepland") is a likely judgement that it
// comes, the article's own where no one is named; what is on the
// calendar only when a decision is announced is not the event.
func TestScheduledEvents(t *testing.T) {
	wantBandHeld(t, "likely", []cueCase{
		{"en", "Parliament is scheduled to ratify the treaty on Monday.", "is scheduled to", ""},
		{"en", "The treaty is due to be ratified on Monday.", "is due to be", ""},
		{"de", "Die Ratifizierung des Vertrags ist für Montag geplant.", "ist für Montag geplant", ""},
		{"fr", "La ratification du traité est prévue lundi.", "est prévue", ""},
		{"es", "La ratificación del tratado está prevista para el lunes.", "está prevista", ""},
		{"it", "La ratifica del trattato è prevista per lunedì.", "è prevista", ""},
		{"sv", "Ratificeringen av fördraget är planerad till måndag.", "är planerad", ""},
		{"fi", "Eduskunnan on määrä ratifioida sopimus maanantaina.", "on määrä", ""},
		{"nl", "De ratificatie van het verdrag staat gepland voor maandag.", "staat gepland", ""},
	})
	for _, j := range judge(t, "en", "The delay is due to bad weather.") {
		t.Errorf("en: a cause read as a schedule:\n%s", dump([]kent.Judgement{j}))
	}
}
