package attrib_test

import "testing"

// A conjunct verb with a subject of its own that the parse read as an
// object is held by that subject, not by the first clause's. The
// sentence is written for this test.
func TestConjunctOwnSubject(t *testing.T) {
	checkEvents(t, []eventCase{
		{"de", "Die Annahme des Gesetzes wäre falsch, und die Mehrheit des Ausschusses weiß, warum sie es ablehnt.", "weiß", "die Mehrheit des Ausschusses", "warum sie es ablehnt", []string{"wissen"}},
	})
}
