package question_test

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/kentnews/kent"
)

// TestCopiesAtOtherOffsets: a wire copy under a longer header stands at
// other offsets in its article and in another sentence of it. Each of the
// demo corpus's judgements moved so is decided as the original is, alone
// and as a copy beside it (a brief decides such copies once: sameAs).
func TestCopiesAtOtherOffsets(t *testing.T) {
	m, p, q := setup(t)
	files, _ := filepath.Glob("../examples/belarus/*.txt")
	if len(files) == 0 {
		t.Fatal("no demo corpus")
	}
	var n, about int
	for _, f := range files[:min(len(files), 8)] {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range judgements(t, p, "en", string(data), "Wire", time.Date(2022, 3, 1, 0, 0, 0, 0, time.UTC)) {
			moved := h
			moved.ArticleID, moved.Sentence = "copy", h.Sentence+3
			moved.CueSpan = kent.Span{Start: h.CueSpan.Start + 57, End: h.CueSpan.End + 57}
			moved.Proposition.Span = kent.Span{Start: h.Proposition.Span.Start + 57, End: h.Proposition.Span.End + 57}
			if h.Holder != nil {
				holder := *h.Holder
				holder.MentionSpan = kent.Span{Start: holder.MentionSpan.Start + 57, End: holder.MentionSpan.End + 57}
				moved.Holder = &holder
			}
			alone := m.Relevances(q, []kent.JudgementHit{h})[0]
			if got := m.Relevances(q, []kent.JudgementHit{moved})[0]; !reflect.DeepEqual(got, alone) {
				t.Errorf("%q moved by 57 bytes: %+v, in place %+v", h.Words, got, alone)
			}
			both := m.Relevances(q, []kent.JudgementHit{h, moved})
			if !reflect.DeepEqual(both[1], alone) {
				t.Errorf("%q beside its moved copy: %+v, alone %+v", h.Words, both[1], alone)
			}
			n++
			if alone.About {
				about++
			}
		}
	}
	if n < 20 || about == 0 {
		t.Fatalf("%d judgements, %d about the question: the corpus did not give enough to compare", n, about)
	}
}
