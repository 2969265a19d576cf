package attrib_test

import "testing"

// In an "as X said" clause the subordinator opens the clause and is no
// part of the source ("Wie Frau Weisgerber gesagt hat", "Jak powiedział
// minister"). The sentences are written for this test.
func TestAsClauseSourceHasNoSubordinator(t *testing.T) {
	checkEvents(t, []eventCase{
		{"de", "Wie Frau Weisgerber gesagt hat, ist der Anteil gering.", "gesagt", "Frau Weisgerber", "*", nil},
		{"pl", "Jak powiedział minister, podatek wzrośnie.", "powiedział", "minister", "*", nil},
		{"uk", "Як заявив міністр, податок зросте.", "заявив", "міністр", "*", nil},
	})
}
