package attrib_test

import "testing"

// A subject pronoun the parse hung on a noun or preposition of the cue's
// own clause is still its subject: "hatte ich Gelegenheit, … zu
// sprechen", "Wir als Freie Demokraten können … zustimmen".
func TestStrandedSubjectPronoun(t *testing.T) {
	checkEvents(t, []eventCase{
		{"de", "Auf der Konferenz hatte ich Gelegenheit, mit Aktivistinnen zu sprechen.", "sprechen", "ich", "*", []string{"sprechen"}},
		{"de", "Wir als Freie Demokraten können dem Antrag nicht zustimmen.", "zustimmen", "Wir als Freie Demokraten", "*", nil},
		{"de", "Ich möchte, meine sehr verehrten Kolleginnen und Kollegen, auf zwei Themen eingehen.", "eingehen", "Ich", "*", []string{"eingehen"}},
	})
}
