package estimate_test

import (
	"sync"
	"testing"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/estimate"
	"github.com/kentnews/kent/ingest"
	"github.com/kentnews/kent/lexicon"
)

var (
	xOnce sync.Once
	xLex  *estimate.Extractor
)

// judgeIn runs the pipeline on one text (holders come from real
// attribution) and extracts its judgements with every paragraph read in
// lang: a one-line fixture is too short for the language detector, and a
// test of one language's words must not depend on it.
func judgeIn(t *testing.T, lang, text string) []kent.Judgement {
	t.Helper()
	setup(t)
	xOnce.Do(func() { xLex = estimate.New(lexicon.MustDefault()) })
	a, err := proc.Process(ingest.Doc{Source: "t", Format: kent.FormatJSONL, Text: text, Language: lang})
	if err != nil {
		t.Fatal(err)
	}
	for i := range a.Paragraphs {
		a.Paragraphs[i].Language = lang
	}
	a.Language = lang
	return xLex.Extract(a, a.Quotes)
}
