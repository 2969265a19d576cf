package attrib

import (
	"sort"
	"unicode/utf8"

	"github.com/kentnews/kent"
)

// QuoteMarkSpans returns every quotation the article's quote marks enclose,
// marks included, in text order, whether or not a speaker is found for it:
// fiction gives much of its dialogue no frame at all. It reads the marks
// as the quote extractor does (paired per paragraph, long quotes carried
// into paragraphs that open with the same mark), and then pairs what that
// left open by two conventions of print and typewriting: a low opening
// mark closed by a straight one („…"), and a long quote whose paragraphs
// (or stanzas) each open with the mark and only the last closes it
// („… . „… . „…“).
func QuoteMarkSpans(a *kent.Article) []kent.Span {
	qs, _ := findMarkQuotes(a.Text, a.Paragraphs)
	out := make([]kent.Span, 0, len(qs))
	for _, q := range qs {
		out = append(out, kent.Span{Start: q.open, End: q.close + closerLen(a.Text, q.close)})
	}
	for _, p := range a.Paragraphs {
		out = append(out, looseQuotes(a.Text, p.Span, out)...)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// maxLooseQuote bounds, in bytes, a quotation paired by looseQuotes.
const maxLooseQuote = 8000

// looseCloser lists the marks that may close an opening mark by the looser
// conventions: the proper closers and a straight double quote.
func looseCloser(r rune) []rune {
	if r == '„' || r == '“' {
		return append(append([]rune{}, closers[r]...), '"')
	}
	return closers[r]
}

// looseQuotes pairs the opening marks of paragraph p outside the spans
// found: each with the first closer after it, where every further opening
// of the same mark before that closer starts a sentence (the run-on
// convention); a mark with no such closer stays unpaired.
func looseQuotes(text string, p kent.Span, found []kent.Span) []kent.Span {
	inside := func(i int) bool {
		for _, s := range found {
			if s.Start <= i && i < s.End {
				return true
			}
		}
		return false
	}
	var out []kent.Span
	for i := p.Start; i < p.End; {
		r, size := utf8.DecodeRuneInString(text[i:])
		cl := looseCloser(r)
		if cl == nil || r == '"' || inside(i) || !isOpening(text, i, size, p) {
			i += size
			continue
		}
		end := -1
	scan:
		for j := i + size; j < p.End && j-i < maxLooseQuote; {
			c, n := utf8.DecodeRuneInString(text[j:])
			switch {
			case inside(j):
				break scan
			case c == r && isOpening(text, j, n, p):
				if !sentenceEndBefore(text, p.Start, j) {
					break scan
				}
			case containsRune(cl, c) && isClosing(text, j, n, p.End):
				end = j + n
				break scan
			}
			j += n
		}
		if end < 0 {
			i += size
			continue
		}
		out = append(out, kent.Span{Start: i, End: end})
		i = end
	}
	return out
}

// sentenceEndBefore reports whether the last non-space character before i
// ends a sentence.
func sentenceEndBefore(text string, start, i int) bool {
	for i > start {
		r, n := utf8.DecodeLastRuneInString(text[start:i])
		switch {
		case r == ' ' || r == '\n':
			i -= n
		case r == '.' || r == '!' || r == '?' || r == '“' || r == '"' || r == '«' || r == '»':
			return true
		default:
			return false
		}
	}
	return true
}

func containsRune(rs []rune, r rune) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}

// closerLen is the byte length of the closing mark at i: two for a
// doubled mark (two apostrophes or two backticks), else the mark's rune.
func closerLen(text string, i int) int {
	if i >= len(text) {
		return 0
	}
	if i+1 < len(text) && (text[i:i+2] == "''" || text[i:i+2] == "``") {
		return 2
	}
	_, n := utf8.DecodeRuneInString(text[i:])
	return n
}
