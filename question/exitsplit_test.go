package question_test

import (
	"testing"
	"time"

	"github.com/kentnews/kent/question"
)

// Leaving an organisation with the leaver between the noun and its
// preposition ("о выходе Армении из ОДКБ", "про вихід Вірменії з ОДКБ")
// is the withdrawal, whose denied discussion is against it; the words
// were only known side by side ("выход из"), and the judgement was set
// aside as not the event.
func TestLeavingWithTheLeaverBetween(t *testing.T) {
	m, p, _ := setup(t)
	q, err := m.Understand(question.Question{Text: "Will Armenia leave the CSTO by the end of 2025?"})
	if err != nil {
		t.Fatal(err)
	}
	wantDirection(t, m, p, q, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), false, []dirCase{
		{"ru", "Вопрос о выходе Армении из ОДКБ сейчас не обсуждается, сказал министр Иван Петров.", "against"},
		{"ru", "Министр Иван Петров считает, что выход Армении из ОДКБ вполне вероятен.", "for"},
		{"uk", "Міністр Іван Петренко вважає, що вихід Вірменії з ОДКБ цілком імовірний.", "for"},
	})
}
