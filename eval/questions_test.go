package eval_test

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/kentnews/kent/eval"
	"github.com/kentnews/kent/lexicon"
	"github.com/kentnews/kent/pipeline"
)

// splitSuite copies the development suite's question folders into two
// temporary folders: the questions Kent is tuned on, and the check set
// (question.set: check in gold.yaml) held aside for measuring whether the
// mechanisms generalise. The levels below guard the tuned set only, so
// adding a check question never loosens or breaks them.
func splitSuite(t *testing.T) (tuned, check string) {
	t.Helper()
	tuned, check = t.TempDir(), t.TempDir()
	entries, err := os.ReadDir("questions")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		raw, err := os.ReadFile(filepath.Join("questions", e.Name(), "gold.yaml"))
		if !e.IsDir() || err != nil {
			continue
		}
		var g struct {
			Question struct {
				Set string `yaml:"set"`
			} `yaml:"question"`
		}
		if err := yaml.Unmarshal(raw, &g); err != nil {
			t.Fatalf("%s: %v", e.Name(), err)
		}
		dst := tuned
		if g.Question.Set == "check" || g.Question.Set == "dev" {
			dst = check // "dev": added after these levels were set, scored but not guarded
		}
		files, _ := filepath.Glob(filepath.Join("questions", e.Name(), "*"))
		if err := os.MkdirAll(filepath.Join(dst, e.Name()), 0o755); err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dst, e.Name(), filepath.Base(f)), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	return tuned, check
}

// The development suite (eval/questions, in the repository) briefs every
// question: each is understood with the right kind of subject, and recall,
// precision and directions stay at least where they are now, so a change
// that loses judgements or pools wrong ones shows here. The check set is
// only required to be read and scored without error.
func TestQuestionsSuite(t *testing.T) {
	if testing.Short() {
		t.Skip("processes the whole suite")
	}
	proc, err := pipeline.NewProcessor()
	if err != nil {
		t.Fatal(err)
	}
	tuned, check := splitSuite(t)
	// The check set is read on the other core meanwhile: each set is
	// processed one document at a time, and this test was the longest of
	// its package.
	var c eval.QuestionScore
	var cerr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		c, cerr = eval.Questions(check, proc, lexicon.MustDefault(), io.Discard, io.Discard)
	}()
	var out strings.Builder
	s, err := eval.Questions(tuned, proc, lexicon.MustDefault(), &out, io.Discard)
	<-done
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
	if cerr != nil {
		t.Fatal(cerr)
	}
	if c.Questions == 0 || c.Gold == 0 {
		t.Errorf("check set: %d questions, %d gold assessments scored", c.Questions, c.Gold)
	}
}

// Pooled precision counts what the brief pools, not every judgement about
// the question: "I think it is unlikely" is two judgements the brief pools
// as one statement (the outer is set aside as opening the inner), so two
// of the fixture's three judgements on the question are pooled.
func TestQuestionsCountsWhatTheBriefPools(t *testing.T) {
	proc, err := pipeline.NewProcessor()
	if err != nil {
		t.Fatal(err)
	}
	s, err := eval.Questions("testdata/pooledplace", proc, lexicon.MustDefault(), io.Discard, nil)
	if err != nil {
		t.Fatal(err)
	}
	if s.Pooled != 2 || s.PooledE != 2 {
		t.Errorf("want 2 pooled, both at gold assessments on the event (the nested «I think» is set aside in the brief); got %d pooled, %d at gold", s.Pooled, s.PooledE)
	}
}
