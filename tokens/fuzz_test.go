package tokens_test

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/tokens"
)

// FuzzSentence: on any text, tokens are in order, never overlap, print
// exactly their bytes, and leave out nothing but white space.
func FuzzSentence(f *testing.F) {
	for _, s := range []string{"The U.S. said: “no.”", "SEB:s EU:n", "dell'80% 3.5", "a.", "x\xffy", "‘’„“ -–—"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := tokens.Sentence(s, kent.Span{Start: 0, End: len(s)})
		prev := 0
		for _, tk := range toks {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(s) || s[tk.Start:tk.End] != tk.Text {
				t.Fatalf("%q: bad token %+v after %d", s, tk, prev)
			}
			if gap := s[prev:tk.Start]; strings.TrimFunc(gap, unicode.IsSpace) != "" {
				t.Fatalf("%q: %q left out", s, gap)
			}
			if tk.Word != tokens.IsWordRune(firstRune(tk.Text)) {
				t.Fatalf("%q: word flag of %+v", s, tk)
			}
			prev = tk.End
		}
	})
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
