package eval_test

import (
	"io"
	"testing"

	"github.com/kentnews/kent/eval"
	"github.com/kentnews/kent/lexicon"
	"github.com/kentnews/kent/pipeline"
)

// A gold assessment read as conditional ("Armenia will leave … if …":
// for, under its condition) is matched by Kent's conditional judgement at
// its words: the condition is no other stance. Before, such an item could
// never be right ("stance conditional, gold for").
func TestConditionalGoldMatchesConditionalJudgement(t *testing.T) {
	proc, err := pipeline.NewProcessor()
	if err != nil {
		t.Fatal(err)
	}
	s, err := eval.Questions("testdata/conditional", proc, lexicon.MustDefault(), io.Discard, nil)
	if err != nil {
		t.Fatal(err)
	}
	if s.Gold != 1 || s.Right != 1 {
		t.Errorf("%d of %d gold assessments right, want 1 of 1", s.Right, s.Gold)
	}
}
