package pipeline

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/ingest"
)

// singleParagraph is n bytes of real article text on one line: no newline
// for the cleaner, segmenter and quote finder to rest on.
func singleParagraph(tb testing.TB, n int) string {
	b, err := os.ReadFile("../examples/belarus/004_b479c4edcd6d1ec6.txt")
	if err != nil {
		tb.Fatal(err)
	}
	one := strings.Join(strings.Fields(string(b)), " ") + " "
	return strings.Repeat(one, n/len(one)+1)[:n]
}

// BenchmarkSingleParagraph shows every stage is linear in a paragraph's
// length: ns/MB stays flat from 1 to 100 MB.
func BenchmarkSingleParagraph(b *testing.B) {
	for _, mb := range []int{1, 10, 100} {
		b.Run(fmt.Sprintf("%dMB", mb), func(b *testing.B) {
			if mb == 100 && testing.Short() {
				b.Skip("100 MB under -short")
			}
			text := singleParagraph(b, mb<<20)
			// No bound may hide a stage's cost: the whole paragraph goes
			// through every stage in one piece.
			p := *testProc(b)
			p.Limits.Text, p.Limits.Paragraph, p.Limits.SentenceWords = 1<<30, 1<<30, 1<<30
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				if _, err := p.Process(docText("long.txt", text)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func docText(name, text string) ingest.Doc {
	return ingest.Doc{Source: name, Format: kent.FormatText, Text: text}
}
