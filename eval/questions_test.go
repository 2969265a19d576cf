package eval_test

import (
	"io"
	"strings"
	"testing"

	"github.com/kentnews/kent/eval"
	"github.com/kentnews/kent/lexicon"
	"github.com/kentnews/kent/pipeline"
)

// The development suite (eval/questions, in the repository) briefs every
// question: each is understood with the right kind of subject, and recall,
// precision and directions stay at least where they are now, so a change
// that loses judgements or pools wrong ones shows here.
func TestQuestionsSuite(t *testing.T) {
	if testing.Short() {
		t.Skip("processes the whole suite")
	}
	proc, err := pipeline.NewProcessor()
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	s, err := eval.Questions("questions", proc, lexicon.MustDefault(), &out, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if s.Questions != 9 || s.Understood != 9 {
		t.Errorf("%d questions, %d understood with the gold's kind of subject:\n%s", s.Questions, s.Understood, out.String())
	}
	recall := float64(s.Right) / float64(s.Gold)
	precision := float64(s.PooledE) / float64(s.Pooled)
	if recall < 0.14 || precision < 0.68 || s.DirectionOK < 6 {
		t.Errorf("recall %.3f (want ≥ 0.14), pooled precision %.3f (≥ 0.68), %d directions right (≥ 6):\n%s", recall, precision, s.DirectionOK, out.String())
	}
}
