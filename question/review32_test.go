package question_test

import (
	"testing"

	"github.com/kentnews/kent/question"
)

// An organisation that quits buying something does not resign: "quit"
// resigns only as "quit as", "quit office", "going to quit" (review32's
// input).
func TestQuitBuyingIsNoResignation(t *testing.T) {
	m, _, _ := setup(t)
	if q, err := m.Understand(question.Question{Text: "Will the EU quit buying Russian gas by 2027?"}); err == nil && q.Family == "resign" {
		t.Errorf("the EU resigning: %+v", q)
	}
	if q := understand(t, m, "Is Keir Starmer going to quit?"); q.Family != "resign" {
		t.Errorf("«going to quit»: family %q, want resign", q.Family)
	}
}
