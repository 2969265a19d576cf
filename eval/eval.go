// Package eval measures Kent against gold data: extraction (ScrapingHub
// article-body benchmark, trafilatura's must/must-not snippets), cleaning of
// the demo corpus (seeds gold), and language identification. Each scorer
// returns numbers a command prints; none of them is needed to run Kent.
package eval

import (
	"os"
	"path/filepath"

	"fmt"
	"github.com/kentnews/kent"
	"github.com/kentnews/kent/ingest"
	"github.com/kentnews/kent/pipeline"
	"io"
	"regexp"
)

// PRF holds counts and the scores derived from them.
type PRF struct {
	TP, FP, FN float64
	TN         float64 `json:",omitempty"` // negatives kept negative, where a scorer counts them
}

// Precision is TP/(TP+FP), 0 when nothing was predicted.
func (m PRF) Precision() float64 {
	if m.TP+m.FP == 0 {
		return 0
	}
	return m.TP / (m.TP + m.FP)
}

// Recall is TP/(TP+FN), 0 when there was nothing to find.
func (m PRF) Recall() float64 {
	if m.TP+m.FN == 0 {
		return 0
	}
	return m.TP / (m.TP + m.FN)
}

// F1 is the harmonic mean of precision and recall.
func (m PRF) F1() float64 { return f1(m.Precision(), m.Recall()) }

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func printRow(w io.Writer, name string, p, r, f float64, extra string) {
	fmt.Fprintf(w, "%-28s P %.3f  R %.3f  F1 %.3f  %s\n", name, p, r, f, extra)
}

var wordRe = regexp.MustCompile(`[\p{L}\p{N}_]+`)

// closers mirrors the quote marks package attrib pairs, for rebuilding text
// from tokenised corpora.
var closers = map[rune][]rune{
	'“': {'”', '“'}, '„': {'“', '”'}, '«': {'»'}, '»': {'«'}, '”': {'”'},
	'‘': {'’'}, '‚': {'‘', '’'}, '"': {'"'}, '‹': {'›'}, '›': {'‹'},
}

// processFile reads one article file of a corpus and runs Kent's pipeline
// on it, as `kent ingest` would.
func processFile(corpusDir, file string, proc *pipeline.Processor) (*kent.Article, error) {
	path := filepath.Join(corpusDir, file)
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	docs, errs := ingest.Read(path, data)
	if len(docs) != 1 {
		return nil, fmt.Errorf("%s: %v", path, errs)
	}
	return proc.Process(docs[0])
}
