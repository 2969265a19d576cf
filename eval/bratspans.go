package eval

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent"
)

// corpusContents turns Kent's quotes into content spans as attribution
// corpora mark them (PARC 3.0, PolNeAR): a direct quote takes in its quote
// marks, and a quote that goes on after its own frame ("“…,” he said. “…”"),
// in the same paragraph or the next, is one content from the first mark to
// the last, the frame between being outside it (a split span's gap).
// Reported speech takes in its complementizer ("that the army is weak"):
// complementizer says whether a word is one in the quote's language.
func corpusContents(text string, qs []kent.Quote, complementizer func(lang, word string) bool) []kent.Quote {
	out := make([]kent.Quote, 0, len(qs))
	for _, q := range qs {
		if q.Kind == kent.QuoteDirect || q.Kind == kent.QuotePartial {
			q.Span = withMarks(text, q.Span)
		} else if complementizer != nil {
			q.Span.Start = withComplementizer(text, q.Span.Start, q.Language, complementizer)
		}
		if n := len(out); n > 0 && q.Span.Start >= out[n-1].Span.Start && q.Span.End <= out[n-1].Span.End {
			continue // a partial quote inside reported speech: part of its content
		}
		if n := len(out); n > 0 && interrupts(text, out[n-1], q) {
			out[n-1].Span.End = q.Span.End
			continue
		}
		out = append(out, q)
	}
	return out
}

// withComplementizer moves start back over the complementizer right before
// it: "said [that] the army is weak".
func withComplementizer(text string, start int, lang string, complementizer func(lang, word string) bool) int {
	i := start
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	j := i
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:j])
		if !unicode.IsLetter(r) {
			break
		}
		j -= size
	}
	if j < i && complementizer(lang, strings.ToLower(text[j:i])) {
		return j
	}
	return start
}

// ptbMarks are the two-character quote marks of Penn Treebank style text:
// “ written “, and ” (or both) written ”.
var ptbMarks = []string{"``", "''"}

// withMarks widens a span over the quote marks right around it.
func withMarks(text string, s kent.Span) kent.Span {
	before, after := false, false
	for _, m := range ptbMarks {
		if !before && strings.HasSuffix(text[:s.Start], m) {
			s.Start -= len(m)
			before = true
		}
		if !after && strings.HasPrefix(text[s.End:], m) {
			s.End += len(m)
			after = true
		}
	}
	if r, size := utf8.DecodeLastRuneInString(text[:s.Start]); !before && size > 0 && isMark(r) {
		s.Start -= size
		before = true
	}
	if r, size := utf8.DecodeRuneInString(text[s.End:]); !after && size > 0 && isMark(r) {
		s.End += size
		after = true
	}
	// French guillemets stand a space (often a no-break one) off the
	// words they quote: "« Nous ne céderons pas »".
	if !before {
		i := strings.TrimRightFunc(text[:s.Start], unicode.IsSpace)
		if strings.HasSuffix(i, "«") && len(i) < s.Start {
			s.Start = len(i) - len("«")
		}
	}
	if !after {
		rest := strings.TrimLeftFunc(text[s.End:], unicode.IsSpace)
		if strings.HasPrefix(rest, "»") && len(rest) < len(text)-s.End {
			s.End = len(text) - len(rest) + len("»")
		}
	}
	return s
}

func isMark(r rune) bool {
	_, open := closers[r]
	return open || strings.ContainsRune("”’“»«\"", r)
}

// interrupts reports whether b goes on a's direct quote with the same
// speaker and frame: "“…,” he said, “…”", "“…,” he told parliament. “…”",
// and a quote that runs on into the next paragraph ("X said: “…\n\n“…”").
// Between them stands a's frame (with what the sentence adds to it) or
// nothing but punctuation; b has no frame of its own.
func interrupts(text string, a, b kent.Quote) bool {
	if a.Kind != kent.QuoteDirect || b.Kind == kent.QuoteIndirect || a.Speaker == nil || b.Speaker == nil ||
		a.Speaker.Name != b.Speaker.Name || b.Span.Start < a.Span.End {
		return false
	}
	if b.CueSpan != a.CueSpan && b.CueSpan.End > b.Span.Start {
		return false // b has a frame of its own after it: a new attribution
	}
	cue := a.CueSpan
	frameBetween := cue.Start >= a.Span.End && cue.End <= b.Span.Start
	breaks, ends := 0, 0
	word := []rune{}
	for _, r := range text[a.Span.End:b.Span.Start] {
		if !unicode.IsLetter(r) && r != '.' {
			word = word[:0]
		}
		switch {
		case r == '\n':
			breaks++
		case strings.ContainsRune(".!?", r):
			if !(r == '.' && len(word) > 0 && len(word) <= 3 && unicode.IsUpper(word[0])) {
				ends++ // not the dot of a title: "Dr.", "Sen."
			}
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			word = append(word, r)
			if !frameBetween {
				return false // other words and no frame: two quotes
			}
		case isMark(r):
			return false // another quote between
		}
	}
	// One paragraph break (a blank line is two newlines) and no more than
	// the frame's own sentence between.
	return breaks <= 2 && ends <= 1 && !(frameBetween && breaks > 0)
}
