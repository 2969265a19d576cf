package question_test

import (
	"testing"
	"time"

	"github.com/kentnews/kent/question"
)

// A cue set between two commas ("как ожидается", "jak się oczekuje", "як
// очікується") judges the clause it interrupts. Its proposition was its
// own two or three words, which name no event, so the judgement was lost
// or read as about whatever the article's title named.
func TestParentheticalCueJudgesTheClauseAroundIt(t *testing.T) {
	m, p, _ := setup(t)
	q, err := m.Understand(question.Question{Text: "Will the Bank of England cut its interest rate in June 2025?"})
	if err != nil {
		t.Fatal(err)
	}
	wantDirection(t, m, p, q, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), false, []dirCase{
		{"ru", "Банк Англии, как ожидается, снизит ставку в июне.", "for"},
		{"pl", "Bank Anglii, jak się oczekuje, obniży stopy procentowe w czerwcu.", "for"},
		{"uk", "Банк Англії, як очікується, знизить ставку в червні.", "for"},
	})
}
