package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent"
)

// token is a word or a punctuation mark of the article text.
type token struct {
	start, end int
	text, low  string
	word       bool
	sent       int // global sentence index
	para       int
}

// tokenize splits the article into tokens, tagging each with its sentence
// and paragraph. Words keep internal apostrophes, hyphens and dots
// ("Ukraine’s", "Wit-Rusland", "U.S.").
func tokenize(a *kent.Article) []token {
	toks := make([]token, 0, len(a.Text)/5+16)
	sent := 0
	for pi, p := range a.Paragraphs {
		for _, s := range p.Sentences {
			for i := s.Start; i < s.End; {
				r, size := utf8.DecodeRuneInString(a.Text[i:])
				switch {
				case unicode.IsSpace(r):
					i += size
				case isWordRune(r):
					j := i + size
					for j < s.End {
						r2, s2 := utf8.DecodeRuneInString(a.Text[j:])
						if isWordRune(r2) {
							j += s2
							continue
						}
						if r2 == ':' && isUpperWord(a.Text[i:j]) && genitiveColon(a.Text[j+s2:s.End]) {
							j += s2 // "SEB:s", "EU:n": a colon before a case ending
							continue
						}
						if (r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '.') && j+s2 < s.End {
							r3, _ := utf8.DecodeRuneInString(a.Text[j+s2:])
							if isWordRune(r3) {
								j += s2
								continue
							}
						}
						break
					}
					// "U.S.", "U.K.": the dot after a dotted abbreviation is
					// the word's own.
					if j < s.End && a.Text[j] == '.' && strings.Contains(a.Text[i:j], ".") && j-i <= 5 {
						j++
					}
					t := a.Text[i:j]
					toks = append(toks, token{start: i, end: j, text: t, low: strings.ToLower(t), word: true, sent: sent, para: pi})
					i = j
				default:
					t := a.Text[i : i+size]
					toks = append(toks, token{start: i, end: i + size, text: t, low: t, sent: sent, para: pi})
					i += size
				}
			}
			sent++
		}
	}
	return toks
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func (t token) isCap() bool {
	if !t.word || len(t.text) < 2 {
		return false // "I" and initials alone are not names
	}
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r) && !calendarWords[t.low]
}

// calendarWords are the months and weekdays of every language; a name
// never is one ("said Wednesday", "on Sept 3").
var calendarWords = map[string]bool{}

// isAcronym: ISW, NATO, VU IAPS.
func (t token) isAcronym() bool {
	if !t.word || len(t.text) < 2 || len(t.text) > 6 {
		return false
	}
	for _, r := range t.text {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

func isDash(s string) bool { return s == "–" || s == "—" || s == "-" }

func isQuoteMark(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	_, ok := closers[r]
	return ok || r == '’' || r == '“' || r == '”'
}

// genitiveColon reports whether rest, the text after a colon inside a
// word, is a case ending of one or two lower-case letters: Swedish and
// Finnish write "SEB:s", "EU:n".
func genitiveColon(rest string) bool {
	n := 0
	for _, r := range rest {
		if !unicode.IsLetter(r) {
			break
		}
		if !unicode.IsLower(r) {
			return false
		}
		n++
	}
	if n == 0 || n > 2 {
		return false
	}
	return true
}

// isUpperWord: "SEB", "EU", "1990" — what a Swedish genitive colon follows.
func isUpperWord(w string) bool {
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}
