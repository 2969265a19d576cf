package pipeline

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/ingest"
	"github.com/kentnews/kent/names"
)

// The pipeline tokenizes an article once for attrib, estimate and names; a
// stage given an article without tokens tokenizes it itself, and must find
// the same quotes, judgements and mentions.
func TestStagesReadTheSameTokensEitherWay(t *testing.T) {
	p := testProc(t)
	files, _ := filepath.Glob("../examples/*/*")
	if len(files) == 0 {
		t.Fatal("no examples")
	}
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := p.Process(ingest.Doc{Source: f, Format: kent.FormatText, Text: string(text)})
		if err != nil {
			t.Fatal(err)
		}
		if a.Tokens != nil {
			t.Errorf("%s: the article keeps its tokens after the stages", f)
		}
		b := *a
		b.Quotes, _ = p.Quotes.Extract(&b)
		b.Judgements = p.Estimates.Extract(&b, b.Quotes)
		b.Mentions = p.Names.Find(&b)
		names.KeySpeakers(&b)
		for i := range b.Judgements {
			if i < len(a.Judgements) {
				b.Judgements[i].Keys = a.Judgements[i].Keys // set by question after the stages
			}
		}
		if !reflect.DeepEqual(b.Quotes, a.Quotes) || !reflect.DeepEqual(b.Judgements, a.Judgements) || !reflect.DeepEqual(b.Mentions, a.Mentions) {
			t.Errorf("%s: the stages read the article differently without the pipeline's tokens", f)
		}
	}
}
