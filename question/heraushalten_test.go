package question_test

import (
	"testing"
	"time"

	"github.com/kentnews/kent/question"
)

// German "sich heraushalten / fernhalten" (stay out) in its inflected and
// split forms ("heraushält", "hält sich … heraus", "hält sich … fern") is
// staying out of the event, against entering it. Only the infinitive was
// known, so "dass Norwegen sich aus dem Krieg heraushält" was set aside
// and the split forms were not read.
func TestGermanStayingOutInflectedAndSplit(t *testing.T) {
	m, p, _ := setup(t)
	q, err := m.Understand(question.Question{Text: "Wird Norwegen in den Krieg gegen Russland eintreten?"})
	if err != nil {
		t.Fatal(err)
	}
	wantDirection(t, m, p, q, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), true, []dirCase{
		{"de", "Der Experte Hans Müller hält es für wahrscheinlich, dass Norwegen sich aus dem Krieg mit Russland heraushält.", "against"},
		{"de", "Norwegen hält sich wahrscheinlich aus dem Krieg heraus, sagte der Experte Jonas Roth.", "against"},
		{"de", "Norwegen hält sich wohl aus dem Krieg fern, sagte der Experte Jonas Roth.", "against"},
	})
}
