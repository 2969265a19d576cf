package tokens_test

import (
	"os"
	"path/filepath"
	"testing"
	"unicode"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/tokens"
)

// IsWordRune's ASCII shortcut agrees with the Unicode classes everywhere
// below utf8.RuneSelf and a little beyond.
func TestIsWordRuneASCII(t *testing.T) {
	for r := rune(0); r < 0x400; r++ {
		want := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
		if got := tokens.IsWordRune(r); got != want {
			t.Errorf("%U: got %v, want %v", r, got, want)
		}
	}
}

// BenchmarkSentence splits the demo articles' text, line by line.
func BenchmarkSentence(b *testing.B) {
	files, _ := filepath.Glob("../examples/*/*.txt")
	var texts []string
	n := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
		n += len(data)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range texts {
			tokens.Sentence(s, kent.Span{Start: 0, End: len(s)})
		}
	}
}
