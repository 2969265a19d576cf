package attrib_test

import "testing"

// A source cue before its source ("laut X", "nach Einschätzung des X",
// "aus Sicht der X") is a speech event: the source is the noun phrase
// after it, the message the rest of the clause; a document after it
// ("laut Gesetzentwurf") is no source. The sentences are written for
// this test.
func TestPrepositionalSourceCues(t *testing.T) {
	checkEvents(t, []eventCase{
		{"de", "Laut dem Internationalen Währungsfonds ist die Bank die gefährlichste der Welt.", "Laut", "dem Internationalen Währungsfonds", "ist die Bank die gefährlichste der Welt", nil},
		{"de", "Nach Einschätzung des Instituts wird die Inflation im Herbst sinken.", "Nach Einschätzung", "des Instituts", "wird die Inflation im Herbst sinken", nil},
		{"de", "Laut Gesetzentwurf soll die Frist zwei Jahre betragen.", "Laut", "", "*", nil},
	})
}
