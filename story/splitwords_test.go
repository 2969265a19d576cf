package story

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

// fieldsSplitWords is splitWords as it was written first, on
// strings.Fields: the faster one must split every text the same way.
func fieldsSplitWords(text string) []string {
	var out []string
	for _, f := range strings.Fields(text) {
		f = strings.TrimLeftFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		end := strings.TrimRightFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if end == "" {
			continue
		}
		if strings.ContainsAny(f[len(end):], ".!?") {
			end += "."
		}
		out = append(out, end)
	}
	return out
}

func TestSplitWordsAsFields(t *testing.T) {
	texts := []string{
		"",
		"   ",
		"Putin said: \"No.\" Then (he) left!",
		"Лукашенко заявив, що Білорусь не вступить у війну… «Ні!»",
		"Zełenski\u00a0powiedział\u2003dziś\u0085rano?! 12,5 % — 2024.",
		"tabs\tand\nlines\r\nand\vvertical\fform",
		"ends with dots... and ?! marks .\"",
		"\xff\xfebad utf8 \xc3 word.",
		"U.S. officials. e.g. this",
		"word.\u00a0Next",
		"日本語のテキスト。中文！",
	}
	for _, s := range texts {
		if got, want := splitWords(s), fieldsSplitWords(s); !slices.Equal(got, want) {
			t.Errorf("splitWords(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzSplitWordsAsFields(f *testing.F) {
	f.Add("Putin said: \"No.\" Then left!")
	f.Add("Zełenski\u00a0powiedział\u2003dziś.")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := splitWords(s), fieldsSplitWords(s); !slices.Equal(got, want) {
			t.Errorf("splitWords(%q) = %q, want %q", s, got, want)
		}
	})
}
