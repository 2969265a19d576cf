package question_test

import (
	"testing"
	"time"
)

// Exit polls and first results reported as who is winning ("according to
// exit polls, Babiš wins", "по первым данным экзитполов … выигрывает",
// "Według sondaży exit poll … wygrał", "Laut Hochrechnungen gewinnt") are
// a very likely judgement for the winner. They were no judgement at all,
// and election-night articles gave the question nothing.
func TestEarlyResultsSayWhoIsWinning(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Andrej Babiš win the Czech parliamentary election?")
	wantDirection(t, m, p, q, time.Date(2025, 10, 4, 0, 0, 0, 0, time.UTC), true, []dirCase{
		{"en", "According to exit polls, Andrej Babiš wins the election.", "for"},
		{"ru", "По первым данным экзитполов, выборы выигрывает Андрей Бабиш.", "for"},
		{"uk", "За даними екзитполів, вибори виграє Андрей Бабіш.", "for"},
		{"pl", "Według sondaży exit poll Andrej Babiš wygrał wybory.", "for"},
		{"de", "Laut Hochrechnungen gewinnt Andrej Babiš die Wahl.", "for"},
		{"sv", "Enligt vallokalsundersökningen vinner Andrej Babiš valet.", "for"},
		{"fr", "Selon les premiers résultats, Andrej Babiš remporte les élections.", "for"},
	})
	// A share of the vote names no win: no judgement of the early results.
	// Nor does a win reported after a "but": another party's, in a
	// clause the phrase does not open.
	for _, c := range [][2]string{{"en", "According to exit polls, Andrej Babiš has 34 percent of the vote."}, {"en", "According to first results, Andrej Babiš gains ground but the ruling party wins the most seats."}, {"de", "Laut Hochrechnungen gewinnt Andrej Babiš deutlich an Stimmen hinzu."}} {
		text := c[1]
		for _, h := range judgements(t, p, c[0], text, "x", time.Date(2025, 10, 4, 0, 0, 0, 0, time.UTC)) {
			if h.Cue == "exit polls" || h.Cue == "first results" || h.Cue == "Laut Hochrechnungen" {
				t.Errorf("%q: a share read as a judgement %+v", text, h.Judgement)
			}
		}
	}
}
