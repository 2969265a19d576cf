// Package segment splits cleaned article text into paragraphs and sentences,
// keeping byte offsets into the text so later stages can cite exact spans.
//
// Sentence boundaries are found by rule, not by a trained model: a candidate
// is a run of terminal punctuation (. ! ? …) with any closing quotes and
// brackets, followed by space and a sentence starter (an upper-case letter,
// a digit, an opening quote or bracket, a dash). Candidates after
// abbreviations from the language's lexicon, after initials, and before a
// month name following an ordinal number ("14. April") are rejected. The
// language only supplies data, so a new language needs no code here.
package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/lexicon"
)

// Segmenter splits text. It is safe for concurrent use once built.
type Segmenter struct {
	lex    *lexicon.Set
	abbrev map[string]map[string]bool // language -> lower-case abbreviations
	months map[string]map[string]bool
}

// New builds a segmenter from the lexicons.
func New(lex *lexicon.Set) *Segmenter {
	s := &Segmenter{lex: lex, abbrev: map[string]map[string]bool{}, months: map[string]map[string]bool{}}
	for _, c := range lex.Codes() {
		l := lex.Get(c)
		a := map[string]bool{}
		for _, w := range l.Abbreviations {
			a[strings.ToLower(w)] = true
		}
		s.abbrev[c] = a
		m := map[string]bool{}
		for _, w := range l.Months {
			m[w] = true
		}
		s.months[c] = m
	}
	return s
}

// Paragraphs returns the spans of text separated by blank lines, trimmed of
// surrounding white space.
func Paragraphs(text string) []kent.Span {
	var out []kent.Span
	start := 0
	for start < len(text) {
		end := strings.Index(text[start:], "\n\n")
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if sp := trim(text, kent.Span{Start: start, End: end}); sp.Len() > 0 {
			out = append(out, sp)
		}
		start = end + 2
	}
	return out
}

// Sentences returns the sentence spans inside span of text, for a text in
// language code (unknown codes use no abbreviation list).
func (s *Segmenter) Sentences(text string, span kent.Span, code string) []kent.Sentence {
	abbrev, months := s.abbrev[code], s.months[code]
	var out []kent.Sentence
	start := span.Start
	i := span.Start
	for i < span.End {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isTerminal(r) {
			i += size
			continue
		}
		// Take the whole run of terminal marks, spaced ellipses (". . .")
		// included, then closing quotes and brackets.
		j := i + size
		for j < span.End {
			r2, sz := utf8.DecodeRuneInString(text[j:])
			if isTerminal(r2) {
				j += sz
				continue
			}
			if r2 == ' ' && j+1 < span.End && text[j+1] == '.' && r == '.' {
				j++
				continue
			}
			break
		}
		endMark := j
		for j < span.End {
			r2, sz := utf8.DecodeRuneInString(text[j:])
			if !isCloser(r2) {
				break
			}
			j += sz
		}
		end := j
		// A boundary needs white space and then a sentence starter.
		k := j
		for k < span.End {
			r2, sz := utf8.DecodeRuneInString(text[k:])
			if !unicode.IsSpace(r2) {
				break
			}
			k += sz
		}
		if k == j || k >= span.End {
			i = endMark
			if k >= span.End {
				break
			}
			continue
		}
		next, _ := utf8.DecodeRuneInString(text[k:])
		if !isStarter(next) || (r == '.' && endMark == i+1 && s.isAbbreviation(text, span.Start, i, k, span.End, abbrev, months)) {
			i = endMark
			continue
		}
		if sp := trim(text, kent.Span{Start: start, End: end}); sp.Len() > 0 {
			out = append(out, kent.Sentence{Span: sp})
		}
		start = k
		i = k
	}
	if sp := trim(text, kent.Span{Start: start, End: span.End}); sp.Len() > 0 {
		out = append(out, kent.Sentence{Span: sp})
	}
	return out
}

// isAbbreviation reports whether the period at dot ends an abbreviation or
// initial rather than a sentence; next is where the following word starts.
func (s *Segmenter) isAbbreviation(text string, lo, dot, next, hi int, abbrev, months map[string]bool) bool {
	ws := dot
	for ws > lo {
		r, sz := utf8.DecodeLastRuneInString(text[lo:ws])
		if unicode.IsSpace(r) {
			break
		}
		ws -= sz
	}
	tok := strings.TrimLeftFunc(text[ws:dot], func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if tok == "" {
		return false
	}
	if utf8.RuneCountInString(tok) == 1 && unicode.IsLetter([]rune(tok)[0]) {
		return true // an initial: "A. Goštauto", "J. Hedenskog"
	}
	if abbrev[strings.ToLower(tok)] {
		// A month's abbreviation stands in a date, after a day ("15 lis.",
		// "3. Nov."), or before one ("on Feb. 1", "Sept. 30"); capitalised
		// elsewhere it is a name ending a sentence: "– uważa ekspert Adam
		// Lis. Że …".
		if first, _ := utf8.DecodeRuneInString(tok); months[strings.ToLower(tok)] && unicode.IsUpper(first) && !afterNumber(text, lo, ws) && !(next < hi && text[next] >= '0' && text[next] <= '9') {
			return false
		}
		return true
	}
	if isDigits(tok) && len(tok) <= 2 {
		// An ordinal day before a month: "am 14. April", "3. maja".
		we := next
		for we < hi {
			r, sz := utf8.DecodeRuneInString(text[we:])
			if !unicode.IsLetter(r) {
				break
			}
			we += sz
		}
		if months[strings.ToLower(text[next:we])] {
			return true
		}
	}
	return false
}

// afterNumber reports whether the word before text[ws:] is a number,
// ordinal dot included ("3.").
func afterNumber(text string, lo, ws int) bool {
	prev := strings.TrimRight(text[lo:ws], " \t\u00a0")
	if i := strings.LastIndexAny(prev, " \t\u00a0"); i >= 0 {
		prev = prev[i+1:]
	}
	return prev != "" && isDigits(strings.TrimSuffix(prev, "."))
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func isTerminal(r rune) bool {
	return r == '.' || r == '!' || r == '?' || r == '…' || r == '。'
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '“', '»', '«', '›', ')', ']', '}':
		return true
	}
	return false
}

func isStarter(r rune) bool {
	if unicode.IsUpper(r) || unicode.IsDigit(r) {
		return true
	}
	switch r {
	case '"', '\'', '“', '„', '«', '»', '‘', '‚', '(', '[', '–', '—', '-', '¿', '¡':
		return true
	}
	return false
}

func trim(text string, sp kent.Span) kent.Span {
	for sp.Start < sp.End {
		r, sz := utf8.DecodeRuneInString(text[sp.Start:sp.End])
		if !unicode.IsSpace(r) {
			break
		}
		sp.Start += sz
	}
	for sp.End > sp.Start {
		r, sz := utf8.DecodeLastRuneInString(text[sp.Start:sp.End])
		if !unicode.IsSpace(r) {
			break
		}
		sp.End -= sz
	}
	return sp
}
