package attrib_test

import "testing"

// A colon after the cue's clause opens what is said, also where a pronoun
// before it points ahead: the message is that pronoun and the words after
// the colon. The sentences are written for this test.
func TestColonAfterCueClauseOpensMessage(t *testing.T) {
	checkEvents(t, []eventCase{
		{"de", "Um das noch einmal zu betonen: Bei den Geduldeten sind fast 60 Prozent Kinder.", "betonen", "", "das … Bei den Geduldeten sind fast 60 Prozent Kinder", nil},
		{"en", "To stress it once more: the tax will not rise.", "stress", "", "it … the tax will not rise", nil},
	})
}
