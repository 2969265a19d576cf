package estimate

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent"
)

// tok is a word or punctuation mark of one sentence.
type tok struct {
	start, end int
	text, low  string
	word       bool
}

// tokenize splits a sentence into words (keeping internal apostrophes and
// hyphens: "wouldn’t", "fifty-fifty") and single punctuation marks.
func tokenize(text string, s kent.Span) []tok {
	out := make([]tok, 0, (s.End-s.Start)/5+4)
	for i := s.Start; i < s.End; {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + size
			for j < s.End {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) || unicode.Is(unicode.Mn, r2) {
					j += s2
					continue
				}
				if (r2 == '\'' || r2 == '’' || r2 == '-' || r2 == 'ʼ') && j+s2 < s.End {
					if r3, _ := utf8.DecodeRuneInString(text[j+s2:]); unicode.IsLetter(r3) {
						j += s2
						continue
					}
				}
				break
			}
			out = append(out, tok{start: i, end: j, text: text[i:j], low: strings.ToLower(text[i:j]), word: true})
			i = j
		default:
			out = append(out, tok{start: i, end: i + size, text: text[i : i+size], low: text[i : i+size]})
			i += size
		}
	}
	return out
}

// words splits a lexicon phrase into lower-case words the way tokenize does.
func words(s string) []string {
	var out []string
	for _, t := range tokenize(s, kent.Span{Start: 0, End: len(s)}) {
		out = append(out, strings.ToLower(t.text))
	}
	return out
}

func isQuoteMark(s string) bool {
	switch s {
	case "“", "”", "„", "«", "»", "‘", "’", "\"", "‚":
		return true
	}
	return false
}
