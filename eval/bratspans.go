package eval

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent"
)

// corpusContents turns Kent's quotes into content spans as attribution
// corpora mark them: a direct quote takes in its quote marks, and a quote
// interrupted by its own frame ("“…,” he said, “…”") is one content from
// the first mark to the last.
func corpusContents(text string, qs []kent.Quote) []kent.Quote {
	out := make([]kent.Quote, 0, len(qs))
	for _, q := range qs {
		if q.Kind == kent.QuoteDirect || q.Kind == kent.QuotePartial {
			q.Span = withMarks(text, q.Span)
		}
		if n := len(out); n > 0 && interrupts(text, out[n-1], q) {
			out[n-1].Span.End = q.Span.End
			continue
		}
		out = append(out, q)
	}
	return out
}

// withMarks widens a span over the quote marks right around it.
func withMarks(text string, s kent.Span) kent.Span {
	if r, size := utf8.DecodeLastRuneInString(text[:s.Start]); size > 0 && isMark(r) {
		s.Start -= size
	}
	if r, size := utf8.DecodeRuneInString(text[s.End:]); size > 0 && isMark(r) {
		s.End += size
	}
	return s
}

func isMark(r rune) bool {
	_, open := closers[r]
	return open || strings.ContainsRune("”’“»«", r)
}

// interrupts reports whether b goes on a's direct quote after a frame of
// the same speaker between them and nothing else: "“…,” he said, “…”".
func interrupts(text string, a, b kent.Quote) bool {
	if a.Kind != kent.QuoteDirect || b.Kind == kent.QuoteIndirect || a.Speaker == nil || b.Speaker == nil ||
		a.Speaker.Name != b.Speaker.Name || b.Span.Start < a.Span.End {
		return false
	}
	cue, who := a.CueSpan, a.Speaker.MentionSpan
	if cue.Start < a.Span.End || cue.End > b.Span.Start {
		return false
	}
	for i, r := range text[a.Span.End:b.Span.Start] {
		at := a.Span.End + i
		inFrame := at >= cue.Start && at < cue.End || at >= who.Start && at < who.End
		if !inFrame && (unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(".!?\n", r)) {
			return false // other words, or a new sentence: two quotes
		}
	}
	return true
}
