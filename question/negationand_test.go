package question_test

import (
	"testing"
	"time"

	"github.com/kentnews/kent/question"
)

// A negation in one conjunct does not reach a cue in the next: "will not
// wait and will probably cut in June" is likely for the cut. The
// negation before "and" (et, und, i, och, e) was read as the cue's and
// turned it to unlikely.
func TestNegationDoesNotCrossAnd(t *testing.T) {
	m, p, _ := setup(t)
	q, err := m.Understand(question.Question{Text: "Will the ECB cut its interest rates in June 2025?"})
	if err != nil {
		t.Fatal(err)
	}
	wantDirection(t, m, p, q, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), false, []dirCase{
		{"fr", "Selon l'analyste Paul Durand, la BCE ne devrait pas attendre et baissera probablement ses taux en juin.", "for"},
		{"en", "According to the analyst Paul Brown, the ECB will not wait and will probably cut its rates in June.", "for"},
		{"de", "Nach Ansicht des Analysten Paul Braun wird die EZB nicht warten und ihre Zinsen wahrscheinlich im Juni senken.", "for"},
		{"it", "Secondo l'analista Paolo Rossi, la BCE non aspetterà e probabilmente taglierà i tassi a giugno.", "for"},
	})
}
