package attrib

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/tokens"
)

// markQuote is a span of text between quote marks: open and close are the
// byte offsets of the marks, content the text between them.
type markQuote struct {
	open, close int // offsets of the opening and closing marks
	content     kent.Span
}

// closers lists, for each opening mark, the marks that may close it. Both
// English (“…”) and German/Lithuanian (“…“ after „) conventions occur, and
// Swedish uses ” on both sides.
var closers = map[rune][]rune{
	'“': {'”', '“'}, '„': {'“', '”'}, '«': {'»'}, '»': {'«'}, '”': {'”'},
	'‘': {'’'}, '‚': {'‘', '’'}, '"': {'"'}, '‹': {'›'}, '›': {'‹'},
}

// maxQuoteParagraphs bounds how far a quote may run across paragraphs.
const maxQuoteParagraphs = 6

// findMarkQuotes pairs quote marks paragraph by paragraph. A quote opened at
// the start of a paragraph and not closed there continues into the next
// paragraph when that one opens with the same mark (the newspaper convention
// for long quotes) or closes it before opening another. Unbalanced marks are
// reported, never guessed into a quote that runs on.
//
// Each failed search for a closer is remembered per mark, so ten thousand
// unmatched marks in one paragraph still take linear time.
func findMarkQuotes(text string, paras []kent.Paragraph) ([]markQuote, []string) {
	var out []markQuote
	var warnings []string
	for pi := 0; pi < len(paras); pi++ {
		p := paras[pi].Span
		noCloserAfter := map[rune]int{} // mark -> offset after which no closer exists in this paragraph
		for i := p.Start; i < p.End; {
			if q, ok := doubledQuote(text, i, p); ok {
				out = append(out, q)
				i = q.close + 2
				continue
			}
			if c := text[i]; c < utf8.RuneSelf && c != '"' {
				i++ // '"' is the only ASCII opener: most bytes need no lookup
				continue
			}
			r, size := utf8.DecodeRuneInString(text[i:])
			cl, ok := closers[r]
			if !ok || !isOpening(text, i, size, p) {
				i += size
				continue
			}
			if lim, failed := noCloserAfter[r]; !failed || i < lim {
				if c, csize := findCloser(text, i+size, p.End, cl); c >= 0 {
					out = append(out, markQuote{open: i, close: c, content: trimSpan(text, i+size, c)})
					i = c + csize
					continue
				}
				noCloserAfter[r] = i
			}
			// No closer in this paragraph: a quote that opens the paragraph
			// may continue into the next ones.
			if startsParagraph(text, p.Start, i) || afterColon(text, p.Start, i) {
				if q, last, ok := continueQuote(text, paras, pi, i, size, r, cl); ok {
					out = append(out, q)
					pi = last
					i = p.End // the outer loop moves to paragraph last+1
					break
				}
			}
			if len(warnings) < 20 {
				warnings = append(warnings, fmt.Sprintf("unbalanced quote mark %q at byte %d", r, i))
			}
			i += size
		}
	}
	return out, warnings
}

func continueQuote(text string, paras []kent.Paragraph, pi, open, size int, mark rune, cl []rune) (markQuote, int, bool) {
	for k := pi + 1; k < len(paras) && k <= pi+maxQuoteParagraphs; k++ {
		np := paras[k].Span
		r, rs := utf8.DecodeRuneInString(text[np.Start:])
		if r == mark {
			if c, _ := findCloser(text, np.Start+rs, np.End, cl); c >= 0 {
				return markQuote{open: open, close: c, content: trimSpan(text, open+size, c)}, k, true
			}
			continue
		}
		// Scrapers drop the repeated opening mark: accept a paragraph that
		// closes the quote before it opens any other.
		c, _ := findCloser(text, np.Start, np.End, cl)
		if c < 0 {
			return markQuote{}, 0, false
		}
		for j := np.Start; j < c; {
			r2, s2 := utf8.DecodeRuneInString(text[j:])
			if _, isOpen := closers[r2]; isOpen && isOpening(text, j, s2, np) {
				return markQuote{}, 0, false
			}
			j += s2
		}
		return markQuote{open: open, close: c, content: trimSpan(text, open+size, c)}, k, true
	}
	return markQuote{}, 0, false
}

// findCloser returns the offset and size of the first closing mark from cl
// in text[from:to] that closes a word (not an apostrophe inside one).
func findCloser(text string, from, to int, cl []rune) (int, int) {
	for j := from; j < to; {
		r, size := utf8.DecodeRuneInString(text[j:])
		for _, c := range cl {
			if r == c && isClosing(text, j, size, to) {
				return j, size
			}
		}
		j += size
	}
	return -1, 0
}

// isOpening: the mark starts a word — after the paragraph start, a space,
// a dash or opening punctuation — and is followed by text.
func isOpening(text string, i, size int, p kent.Span) bool {
	if i+size >= p.End {
		return false
	}
	next, n := utf8.DecodeRuneInString(text[i+size:])
	if unicode.IsSpace(next) {
		// French sets its guillemets off with a space, often a
		// no-break one: "« Nous ne rejoindrons pas … »".
		if r, _ := utf8.DecodeRuneInString(text[i:]); r != '«' || next == '\n' || i+size+n >= p.End {
			return false
		}
		if after, _ := utf8.DecodeRuneInString(text[i+size+n:]); unicode.IsSpace(after) {
			return false
		}
	}
	if i == p.Start {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsSpace(prev) || prev == '(' || prev == '[' || prev == '–' || prev == '—' || prev == '-' || prev == '/' || prev == ':'
}

// isClosing: the mark ends a word — text before it, and no letter or digit
// right after it ("don’t" is not a closing ’).
func isClosing(text string, j, size, end int) bool {
	prev, pn := utf8.DecodeLastRuneInString(text[:j])
	if unicode.IsSpace(prev) {
		// The French closing guillemet stands after a space ("… l'alliance »").
		if r, _ := utf8.DecodeRuneInString(text[j:]); r != '»' || prev == '\n' {
			return false
		}
		if before, _ := utf8.DecodeLastRuneInString(text[:j-pn]); unicode.IsSpace(before) {
			return false
		}
	}
	if j+size >= end {
		return true
	}
	next, _ := utf8.DecodeRuneInString(text[j+size:])
	return !unicode.IsLetter(next) && !unicode.IsDigit(next)
}

// afterColon reports whether the mark at i follows a colon: "Ortiz said:
// “We will hold hearings. …" may run on into the next paragraphs, as a
// quote opening a paragraph does.
func afterColon(text string, start, i int) bool {
	t := strings.TrimRightFunc(text[start:i], unicode.IsSpace)
	return strings.HasSuffix(t, ":")
}

func startsParagraph(text string, start, i int) bool {
	for _, r := range text[start:i] {
		if !unicode.IsSpace(r) && r != '–' && r != '—' && r != '-' {
			return false
		}
	}
	return true
}

// doubledQuote reads a quote marked with two apostrophes or two backticks
// on the left and two apostrophes on the right (”…”, “…”), as
// typewritten and tokenized corpora print quotation marks, opening at i.
func doubledQuote(text string, i int, p kent.Span) (markQuote, bool) {
	if i+2 > p.End || text[i:i+2] != "''" && text[i:i+2] != "``" || !isOpening(text, i, 2, p) {
		return markQuote{}, false
	}
	for j := i + 2; j+2 <= p.End; j++ {
		if text[j] == '\'' && text[j+1] == '\'' && isClosing(text, j, 2, p.End) {
			return markQuote{open: i, close: j, content: kent.Span{Start: i + 2, End: j}}, true
		}
	}
	return markQuote{}, false
}

// trimSpan is text[start:end] without the spaces that set French
// guillemets off from the words they quote.
func trimSpan(text string, start, end int) kent.Span {
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	return kent.Span{Start: start, End: end}
}

// isMarkToken reports whether a token is a quote mark, or part of a
// doubled one (” or “).
func isMarkToken(s string) bool { return tokens.IsQuoteMark(s) || s == "'" || s == "`" }
