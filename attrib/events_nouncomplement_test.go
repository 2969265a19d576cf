package attrib_test

import "testing"

// A noun cue's genitive that can hold no view is what the idea or demand
// is of ("die Idee einer Waffenruhe", "требование перемирия"), even where
// the parser hangs it on the verb; one that can is the holder, never the
// message too ("die Forderung der Union"). A quoted term after "Wort" is
// the message, and a quotation keeps its marks. The sentences are written
// for this test.
func TestNounCueComplements(t *testing.T) {
	checkEvents(t, []eventCase{
		{"de", "Die Regierung lehnt die Idee einer Waffenruhe ab.", "Idee", "", "einer Waffenruhe", []string{"idee"}},
		{"de", "Ich bedaure das Wort „Verhandlungsfrieden“.", "Wort", "", "Verhandlungsfrieden", []string{"wort"}},
		{"de", "Die Forderung der Union wurde abgelehnt.", "Forderung", "der Union", "", nil},
		{"ru", "Правительство отвергло требование перемирия.", "требование", "", "перемирия", nil},
		{"uk", "Уряд відкинув вимогу перемир'я.", "вимогу", "", "перемир'я", nil},
	})
}
