package question_test

import (
	"testing"
	"time"
)

// A rival who is the subject of a likely win, with the question's
// candidate named after as whom the rival beats or runs against ("Fiala is
// expected to win against Babiš"), is against the candidate, in any
// language. The candidate's name in the clause made the rival's win read
// as the candidate's own; and a rival whose given name spells like a
// country ("George" like Georgia) was not taken for a person at all.
func TestRivalNamedBeforeTheCandidate(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Andrej Babiš win the Czech parliamentary election?")
	wantDirection(t, m, p, q, time.Date(2025, 9, 20, 0, 0, 0, 0, time.UTC), false, []dirCase{
		{"en", "Analyst John Smith said Petr Fiala is expected to win the election against Andrej Babiš.", "against"},
		{"en", "George Novak is expected to win the election against Andrej Babiš, according to the analyst John Smith.", "against"},
		{"de", "Petr Fiala dürfte die Wahl gegen Andrej Babiš gewinnen, sagte der Politologe Jan Berg.", "against"},
		{"pl", "Petr Fiala prawdopodobnie wygra wybory z Andrejem Babišem, uważa politolog Jan Nowak.", "against"},
		{"fr", "Selon le politologue Jean Martin, Petr Fiala devrait probablement battre Andrej Babiš.", "against"},
		{"en", "Analyst John Smith said Andrej Babiš is expected to win the election against Petr Fiala.", "for"},
	})
}
