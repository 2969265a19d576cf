package attrib_test

import "testing"

// A clause between dashes inside another is read as a sentence of its own:
// its subject holds its cue, not a noun of the host clause. The sentences
// are written for this test.
func TestDashInsertion(t *testing.T) {
	checkEvents(t, []eventCase{
		{"de", "Anders als der Titel der Aktuellen Stunde - Frau Berger hat es gesagt - vermuten lässt, geht es nicht um Geld.", "gesagt", "Frau Berger", "es", nil},
		{"de", "Die Reform kommt - die Kollegin Weber hat es gesagt - viel zu spät.", "gesagt", "die Kollegin Weber", "es", nil},
	})
}
