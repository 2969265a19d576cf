package clean

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/meta"
)

var (
	yearRe      = regexp.MustCompile(`^(19|20)\d\d$`)
	numericDate = regexp.MustCompile(`^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$`)
)

// metaBlocks is how far down the text markMeta looks for date and outlet
// lines.
const metaBlocks = 15

// markMeta lifts date and outlet lines from the top of the article (the
// first three blocks of extracted HTML, whose metadata already says more).
func (c *Cleaner) markMeta(bs []*block, res *Result, structured bool) {
	limit := metaBlocks
	if structured {
		limit = 3
	}
	for i, b := range bs {
		if i >= metaBlocks {
			break
		}
		if b.kind != kent.BlockBody || len(b.text) > 100 && !strings.HasPrefix(b.text, "http") {
			continue
		}
		// An extractor's blocks may still open with a labelled dateline
		// ("Stand: 14.03.2022"): the label is evidence enough further down.
		if i >= limit && !c.labelledDateLine(b.text) {
			continue
		}
		if u, ok := meta.URLLine(b.text); ok && i < 3 {
			// A JSONL text or a pasted page that opens with its address.
			b.kind, b.reason = kent.BlockMeta, "article address"
			if res.Outlet == "" {
				res.Outlet = meta.OutletFromURL(u)
			}
			continue
		}
		if d, ok := meta.DomainLine(b.text); ok {
			b.kind, b.reason = kent.BlockMeta, "outlet"
			if res.Outlet == "" {
				res.Outlet = d
			}
			continue
		}
		if d, ok := c.labelledPeriod(b.text); ok {
			b.kind, b.reason = kent.BlockMeta, "date line"
			if res.Published.IsZero() {
				res.Published = d
			}
			continue
		}
		if c.isDateLine(b.text) {
			if d, ok := meta.FindDate(c.dateText(b.text), res.Language, c.Now()); ok {
				b.kind, b.reason = kent.BlockMeta, "date line"
				if res.Published.IsZero() {
					res.Published = d
				}
			}
		}
	}
}

// periodLine is a labelled dateline that gives only a year or a month
// ("Published: 2025 | smi2 (after a blog)", "Stand: 2022-08"), a credit
// after a bar allowed.
var periodLine = regexp.MustCompile(`^\s*([\p{L} ]{2,30}):\s*((?:19|20)\d\d)(?:-(0[1-9]|1[0-2]))?\s*(?:\|[^|]*)?$`)

// labelledPeriod reads a dateline of a year or a month alone as the
// period's first day: the earliest the article can be, so that a rule
// on being said after a question's bound errs toward keeping it (a date
// parser fills in today's month and day, which may lie after the bound).
func (c *Cleaner) labelledPeriod(t string) (time.Time, bool) {
	m := periodLine.FindStringSubmatch(t)
	if m == nil {
		return time.Time{}, false
	}
	label := strings.Fields(strings.ToLower(m[1]))
	if len(label) == 0 || !c.furn.dateline[label[len(label)-1]] {
		return time.Time{}, false
	}
	y, _ := strconv.Atoi(m[2])
	month := 1
	if m[3] != "" {
		month, _ = strconv.Atoi(m[3])
	}
	return time.Date(y, time.Month(month), 1, 0, 0, 0, 0, time.UTC), true
}

// isDateLine is the cheap check that a short line is mostly a date before the
// date parser is asked: nearly every token is a number, a month or a time
// word.
func (c *Cleaner) isDateLine(t string) bool {
	if !strings.ContainsAny(t, "0123456789") {
		return false
	}
	// "Published: 3 March 2023 | The Guardian": the outlet after a bar is
	// a credit of a few words, not words the date leaves unexplained.
	if date, credit, ok := strings.Cut(t, "|"); ok && !strings.Contains(credit, "|") && len(strings.Fields(credit)) <= 4 &&
		!strings.ContainsAny(credit, "0123456789") && c.fullDate(date) && c.isDateLine(date) {
		return true
	}
	toks := dateTokens(t)
	// Short dateline words ("on", "at", "am", "в") are common words: they
	// explain a token only beside a label ("Published on …").
	labelled := false
	for _, tok := range toks {
		if w := dateWord(tok); c.furn.dateline[w] && utf8.RuneCountInString(w) > 3 {
			labelled = true
		}
	}
	unexplained, anchored := 0, false
	for _, tok := range toks {
		w := dateWord(tok)
		switch {
		case c.months[w] || yearRe.MatchString(w) || numericDate.MatchString(w):
			anchored = true // a time alone ("4:14 p.m.") is a list item, not a dateline
		case w == "", strings.ContainsAny(w, "0123456789"), c.timeWords[w], c.creditWord(w),
			c.furn.dateline[w] && (labelled || utf8.RuneCountInString(w) > 3):
		default:
			unexplained++
		}
	}
	return anchored && unexplained <= max(1, len(toks)/4)
}

// fullDate reports whether t names a day, not only a year or a month
// ("14.03.2022", "14 March 2022"; not "2024" or "2024-09"): a credit
// after a bar is taken only beside a whole date.
func (c *Cleaner) fullDate(t string) bool {
	month, day := false, false
	for _, tok := range dateTokens(t) {
		w := dateWord(tok)
		switch {
		case numericDate.MatchString(w):
			return true
		case c.months[w]:
			month = true
		case len(w) <= 2 && w != "" && strings.Trim(w, "0123456789") == "":
			day = true
		}
	}
	return month && day
}

func dateTokens(t string) []string {
	return strings.FieldsFunc(t, func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == '|' || r == '/' })
}

func dateWord(tok string) string {
	return strings.ToLower(strings.Trim(tok, ".()[]:;–—-"))
}

// labelledDateLine is a date line with a label or time word of its own
// ("Stand:", "Opublikowano:", "Uhr").
func (c *Cleaner) labelledDateLine(t string) bool {
	for _, tok := range dateTokens(t) {
		if w := dateWord(tok); c.furn.dateline[w] && utf8.RuneCountInString(w) > 3 {
			return c.isDateLine(t)
		}
	}
	return false
}

// dateText is a dateline without its labels, agency and the words around
// its time, for the date parser: "Stand: 14.03.2022 09:12 Uhr" is read as
// "14.03.2022 09:12".
func (c *Cleaner) dateText(t string) string {
	if date, credit, ok := strings.Cut(t, "|"); ok && !strings.ContainsAny(credit, "0123456789") {
		t = date // an outlet credited after the bar
	}
	var keep []string
	for _, tok := range strings.Fields(t) {
		w := dateWord(tok)
		if w == "" && strings.Trim(tok, "|–—-") == "" || c.furn.dateline[w] || c.creditWord(w) {
			continue
		}
		keep = append(keep, tok)
	}
	return strings.Join(keep, " ")
}

// creditWord is a one-word agency credit ("dpa", "pap", "tass") that a
// dateline may end with.
func (c *Cleaner) creditWord(w string) bool {
	return w != "" && c.creditSet[w]
}

// markTail drops what follows the article's last real paragraph: lines that
// are not sentences there are bylines, link lists and buttons.
func (c *Cleaner) markTail(bs []*block, res *Result) {
	last := -1
	for i, b := range bs {
		if b.kind == kent.BlockBody && (b.sentence || c.cutOff(b, res.Language)) && (b.lang == res.Language || res.Language == "") {
			last = i
		}
	}
	if last < 0 {
		return
	}
	for _, b := range bs[last+1:] {
		if b.kind != kent.BlockBody || b.sentence {
			continue
		}
		if isName(b.text) {
			b.kind, b.reason = kent.BlockMeta, "byline"
			if res.Author == "" {
				res.Author = b.text
			}
			continue
		}
		b.kind, b.reason = kent.BlockDrop, "after the end of the article"
	}
}

// cutOff reports a paragraph whose last sentence a scraper cut off: no
// final punctuation, but a whole sentence before the cut, or more words than
// a headline has with the function words of prose (a tag list has none).
func (c *Cleaner) cutOff(b *block, lang string) bool {
	if b.words >= 12 && sentenceEndIn(b.text) >= 0 {
		return true
	}
	return b.words >= 25 && c.functionWordCounts(b.norm)[lang]*8 >= b.words
}

// isName reports whether t looks like a person's name alone on a line.
func isName(t string) bool {
	f := strings.Fields(t)
	if len(f) < 2 || len(f) > 4 || len(t) > 40 {
		return false
	}
	for _, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		for _, x := range w {
			if !unicode.IsLetter(x) && x != '-' && x != '.' && x != '\'' && x != '’' {
				return false
			}
		}
	}
	return true
}
