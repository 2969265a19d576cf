// Package clean removes site chrome from article text that a scraper already
// extracted: breadcrumbs, navigation and comment-form lines, sharing and
// app-store lines, publisher imprints in another language, photo credits,
// repeated paragraphs, and a title glued onto the last line. It also lifts
// the title, date line, outlet line and byline out of the body.
//
// Signals that hold in every language come first: position (head, body,
// tail), repetition, line shape, copyright, registry, address and e-mail
// patterns, and a paragraph's language differing from the article's. Phrase
// lists are data (package lexicon) and are only trusted when a phrase covers
// much of a short block or two phrases agree, because dropping a real
// paragraph is worse than keeping a footer line.
//
// Every block keeps its place and the reason it was dropped, so `kent show`
// can print the article as the cleaner saw it.
package clean

import (
	"html"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/lang"
	"github.com/kentnews/kent/lexicon"
	"github.com/kentnews/kent/meta"
)

// Input is one article's text and whatever metadata the reader already knows.
type Input struct {
	// Text is raw text; each line is a block unless lines are hard-wrapped.
	Text string
	// Blocks, when set, are paragraphs an HTML extractor already separated;
	// Text is then ignored.
	Blocks    []string
	Title     string
	Outlet    string
	Author    string
	Published time.Time
	// Language, if one of the detector's languages, is trusted instead of
	// detected (a JSONL export or <html lang> that says so).
	Language string
}

// Result is the cleaned article: every block with its verdict, plus metadata
// read from the text.
type Result struct {
	Blocks    []kent.Block
	Title     string
	Outlet    string
	Author    string
	Published time.Time
	Language  string
}

// Cleaner cleans articles. It is safe for concurrent use.
type Cleaner struct {
	det     *lang.Detector
	phrases map[string][]string // chrome phrases of every language, lower case, by first word
	credits []string
	legal   []string
	months  map[string]bool
	// timeWords may stand beside a dateline's date: am, gmt, msk.
	timeWords map[string]bool
	letters   map[rune]bool // non-ASCII letters some known language uses
	codes     map[string]bool
	// function maps a function word to the languages it belongs to.
	function map[string][]string
	// langLetters holds each language's own non-ASCII letters.
	langLetters map[string]string
	// Now anchors partial dates; tests set it.
	Now func() time.Time
}

// New returns a cleaner that reads its phrase lists from lex and asks det for
// languages.
func New(lex *lexicon.Set, det *lang.Detector) *Cleaner {
	c := &Cleaner{det: det, phrases: map[string][]string{}, months: map[string]bool{}, timeWords: map[string]bool{}, letters: map[rune]bool{}, codes: map[string]bool{}, langLetters: map[string]string{}, function: map[string][]string{}, Now: time.Now}
	add := func(l *lexicon.Language) {
		for _, p := range l.Chrome {
			first, _, _ := strings.Cut(p, " ")
			c.phrases[first] = append(c.phrases[first], p)
		}
		for _, w := range l.Credits {
			c.credits = append(c.credits, strings.ToLower(w))
		}
		c.legal = append(c.legal, l.LegalForms...)
		for _, m := range l.Months {
			c.months[m] = true
		}
		for _, w := range l.TimeWords {
			c.timeWords[w] = true
		}
		for _, r := range l.Letters {
			c.letters[r] = true
		}
	}
	add(lex.All())
	for _, code := range lex.Codes() {
		add(lex.Get(code))
		c.langLetters[code] = lex.Get(code).Letters
		for _, w := range lex.Get(code).FunctionWords {
			c.function[w] = append(c.function[w], code)
		}
	}
	for _, code := range det.Codes() {
		c.codes[code] = true
	}
	// Longer phrases first so coverage counts the most specific match.
	for _, ps := range c.phrases {
		sort.Slice(ps, func(i, j int) bool { return len(ps[i]) > len(ps[j]) })
	}
	return c
}

// block is a working copy of one block with the features rules look at.
type block struct {
	text     string
	kind     kent.BlockKind
	reason   string
	lang     string
	conf     float64
	norm     string
	words    int
	sentence bool // ends like a sentence and has a few words
}

// Clean runs every rule over one article.
func (c *Cleaner) Clean(in Input) Result {
	var raw []string
	if in.Blocks != nil {
		for _, b := range in.Blocks {
			if t := tidy(b); t != "" {
				raw = append(raw, t)
			}
		}
	} else {
		raw = SplitBlocks(in.Text)
	}
	res := Result{Title: strings.TrimSpace(in.Title), Outlet: in.Outlet, Author: in.Author, Published: in.Published}

	// Breadcrumbs sit at the very top, sometimes glued to the title.
	var bs []*block
	for i, t := range raw {
		if i < 3 {
			if crumbs, rest, ok := splitBreadcrumb(t); ok {
				if len(strings.Fields(rest)) <= 3 && !endsSentence(rest) {
					// "Startseite › Politik › Ausland": the last crumb has
					// no separator after it but is a crumb all the same.
					crumbs, rest = t, ""
				}
				bs = append(bs, &block{text: crumbs, kind: kent.BlockDrop, reason: "breadcrumb navigation"})
				if rest == "" {
					continue
				}
				t = rest
			}
		}
		bs = append(bs, newBlock(t))
	}

	res.Language = c.articleLanguage(bs, in.Language)

	c.markTitle(bs, &res)
	c.markRepeats(bs, res.Title)
	bs = c.splitGluedTitle(bs, res.Title)
	for _, b := range bs {
		if b.kind == kent.BlockBody {
			if r := c.chromeReason(b.text); r != "" {
				b.kind, b.reason = kent.BlockDrop, r
			}
		}
	}
	structured := in.Blocks != nil
	c.markMeta(bs, &res, structured)
	c.markLanguages(bs, res.Language)
	if !structured {
		// An HTML extractor has already cut the page down to the article;
		// what follows its last sentence there ("Reporting by …; Editing
		// by …") is the article's own.
		c.markTail(bs, &res)
	}

	for _, b := range bs {
		res.Blocks = append(res.Blocks, kent.Block{Text: b.text, Kind: b.kind, Reason: b.reason, Language: b.lang})
	}
	return res
}

func newBlock(t string) *block {
	b := &block{text: t, kind: kent.BlockBody, norm: kent.NormalizeText(t)}
	b.words = len(strings.Fields(b.norm))
	b.sentence = b.words >= 3 && endsSentence(t)
	return b
}

// articleLanguage trusts a valid hint, else asks the detector about the
// longest blocks, which are the article's own paragraphs far more often than
// chrome is.
func (c *Cleaner) articleLanguage(bs []*block, hint string) string {
	if hint = strings.ToLower(hint); c.codes[hint] {
		return hint
	}
	idx := make([]int, len(bs))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return len(bs[idx[a]].text) > len(bs[idx[b]].text) })
	var sb strings.Builder
	for _, i := range idx {
		if sb.Len() >= c.det.MaxSample || bs[i].kind != kent.BlockBody {
			break
		}
		sb.WriteString(lang.Sample(bs[i].text, c.det.MaxSample/2))
		sb.WriteString(" ")
	}
	// Function words settle most articles at once: a language with many
	// of them in the sample and far more than any other is the article's.
	// The statistical detector decides the rest (and short texts).
	counts := c.functionWordCounts(kent.NormalizeText(sb.String()))
	best, second := "", 0
	for code, n := range counts {
		if !c.codes[code] {
			continue
		}
		if best == "" || n > counts[best] || n == counts[best] && code < best {
			if best != "" {
				second = max(second, counts[best])
			}
			best = code
		} else {
			second = max(second, n)
		}
	}
	if best != "" && counts[best] >= 12 && counts[best] >= 3*second && c.det.Confirms(best, sb.String()) {
		return best
	}
	code, _ := c.det.Detect(sb.String())
	return code
}

func (c *Cleaner) markTitle(bs []*block, res *Result) {
	if res.Title != "" {
		return
	}
	for i, b := range bs {
		if b.kind != kent.BlockBody {
			continue
		}
		// The first line is a headline when it is short and does not end like
		// a sentence (a question mark is allowed), and more text follows.
		last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(b.text, "”’\"'»"))
		if i < len(bs)-1 && len(b.text) <= 200 && b.words >= 2 && !strings.ContainsRune(".,;:", last) {
			if _, isDomain := meta.DomainLine(b.text); !isDomain {
				b.kind, b.reason = kent.BlockTitle, "headline"
				res.Title = b.text
			}
		}
		return
	}
}

// markRepeats drops blocks that repeat the title or an earlier block, also
// when the repeat carries a caption credit the first copy lacks.
func (c *Cleaner) markRepeats(bs []*block, title string) {
	titleNorm := kent.NormalizeText(title)
	seen := map[string]int{}
	byPrefix := map[string]int{}
	const prefixLen = 40
	for i, b := range bs {
		if b.kind != kent.BlockBody || b.norm == "" {
			continue
		}
		if b.norm == titleNorm {
			b.kind, b.reason = kent.BlockDrop, "repeat of the headline"
			continue
		}
		// Short lines recur legitimately ("See it now: Amazon" under every
		// product in a list); the repeats scrapers make are whole paragraphs
		// and captions.
		if b.words < 8 {
			continue
		}
		if j, ok := seen[b.norm]; ok {
			b.kind, b.reason = kent.BlockDrop, "repeat of block "+strconv.Itoa(j+1)
			continue
		}
		if len(b.norm) >= prefixLen {
			if j, ok := byPrefix[b.norm[:prefixLen]]; ok {
				first := bs[j].norm
				if strings.HasPrefix(b.norm, first) && len(first)*10 >= len(b.norm)*7 {
					b.kind, b.reason = kent.BlockDrop, "repeat of block "+strconv.Itoa(j+1)+" with a caption added"
					continue
				}
			} else {
				byPrefix[b.norm[:prefixLen]] = i
			}
		}
		seen[b.norm] = i
	}
}

// splitGluedTitle separates a headline that a scraper glued onto the end of
// a body line ("Additional reporting by X The stalled Russian offensive…").
func (c *Cleaner) splitGluedTitle(bs []*block, title string) []*block {
	if len(title) < 20 {
		return bs
	}
	out := bs[:0:0]
	for _, b := range bs {
		if b.kind == kent.BlockBody && len(b.text) > len(title) && strings.HasSuffix(b.text, title) {
			head := strings.TrimSpace(strings.TrimSuffix(b.text, title))
			out = append(out, newBlock(head), &block{text: title, kind: kent.BlockDrop, reason: "headline glued to the end of a line"})
			continue
		}
		out = append(out, b)
	}
	return out
}

var (
	copyrightRe = regexp.MustCompile(`(?i)©|\(c\)\s*(19|20)\d\d|copyright\s+(19|20)\d\d`)
	emailRe     = regexp.MustCompile(`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+\.[\p{L}\p{N}.-]+`)
	longDigits  = regexp.MustCompile(`\d{7,}`)
	postalRe    = regexp.MustCompile(`\b[A-Z]{2}-\d{4,5}\b`)
	creditRe    = regexp.MustCompile(`^\p{Lu}[\p{L}.\- ]{1,30}(/\s*[\p{L}.\- ]{1,30})+$`)
	yearRe      = regexp.MustCompile(`^(19|20)\d\d$`)
	numericDate = regexp.MustCompile(`^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$`)
	breadcrumbR = regexp.MustCompile(`^((?:[^»›>|]{1,40}[»›>|]\s*){2,})(.*)$`)
)

func splitBreadcrumb(t string) (crumbs, rest string, ok bool) {
	m := breadcrumbR.FindStringSubmatch(t)
	if m == nil {
		return "", "", false
	}
	return strings.TrimSpace(m[1]), strings.TrimSpace(m[2]), true
}

// chromeReason returns why a block is chrome, or "" if no rule says so.
func (c *Cleaner) chromeReason(t string) string {
	n := len(t)
	if n > 600 {
		return "" // chrome is short; a long block is the article's
	}
	low := strings.ToLower(t)
	// Phrases: trusted when two agree or one covers much of the block.
	// Candidates are looked up by the word they start with, so the cost
	// grows with the block, not with the size of the lexicons.
	hits, covered := 0, 0
	var first string
	for i := 0; i < len(low); {
		for i < len(low) && !isWordStart(low, i) {
			i++
		}
		j := i
		for j < len(low) && low[j] != ' ' {
			j++
		}
		for _, p := range c.phrases[low[i:j]] {
			if strings.HasPrefix(low[i:], p) {
				if hits == 0 {
					first = p
				}
				hits++
				covered += len(p)
				j = i + len(p)
				break
			}
		}
		i = j
	}
	if hits >= 2 || (hits == 1 && covered*10 >= n*4) {
		return "site chrome («" + first + "»)"
	}
	// "Read also: …", "Czytaj także: …", "Читайте також: …": a link to
	// another article, set in the body.
	if hits >= 1 && n <= 300 && strings.HasPrefix(strings.ToLower(t), first) && strings.HasPrefix(strings.TrimSpace(t[len(first):]), ":") {
		return "link to another article («" + first + "»)"
	}
	// Each regular expression runs only after a cheap test for the
	// character it needs: a false answer there is definitive.
	switch {
	case n <= 400 && (strings.Contains(t, "©") || strings.Contains(low, "(c)") || strings.Contains(low, "copyright")) && copyrightRe.MatchString(t):
		return "copyright or photo credit"
	case n <= 200 && strings.IndexByte(t, '@') >= 0 && emailRe.MatchString(t):
		return "contact line"
	case n <= 120 && digits(t) >= 7 && longDigits.MatchString(t):
		return "registry or phone number"
	case n <= 120 && strings.IndexByte(t, '-') >= 0 && postalRe.MatchString(t):
		return "postal address"
	case n <= 60 && c.hasLegalForm(t):
		return "publisher imprint"
	case n <= 200 && c.isCredit(t):
		return "photo credit"
	}
	return ""
}

// isWordStart reports whether a phrase may start at byte i of s: after a
// space or opening punctuation, at a letter or digit.
func isWordStart(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '(' {
		return false
	}
	if i == 0 {
		return true
	}
	p, _ := utf8.DecodeLastRuneInString(s[:i])
	return !unicode.IsLetter(p) && !unicode.IsDigit(p)
}

func digits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			n++
		}
	}
	return n
}

func (c *Cleaner) hasLegalForm(t string) bool {
	for _, f := range strings.FieldsFunc(t, func(r rune) bool { return unicode.IsSpace(r) || r == ',' }) {
		for _, lf := range c.legal {
			if f == lf {
				return true
			}
		}
	}
	return false
}

func (c *Cleaner) isCredit(t string) bool {
	low := strings.ToLower(t)
	for _, w := range c.credits {
		if strings.HasPrefix(low, w) && (strings.ContainsAny(w, ":.") || len(w) > 6) {
			return true
		}
	}
	if strings.IndexByte(t, '/') >= 0 && creditRe.MatchString(t) {
		return true // "Reuters/Scanpix", "Maxim Guchek/Belta/AFP"
	}
	if !endsSentence(t) {
		for _, w := range c.credits {
			if strings.HasSuffix(low, w) && !strings.ContainsAny(w, ":.") {
				return true // a caption that ends with the agency
			}
		}
	}
	return false
}

// markMeta lifts date and outlet lines from the top of the article (the
// first three blocks of extracted HTML, whose metadata already says more).
func (c *Cleaner) markMeta(bs []*block, res *Result, structured bool) {
	limit := 15
	if structured {
		limit = 3
	}
	for i, b := range bs {
		if i >= limit {
			break
		}
		if b.kind != kent.BlockBody || len(b.text) > 100 {
			continue
		}
		if d, ok := meta.DomainLine(b.text); ok {
			b.kind, b.reason = kent.BlockMeta, "outlet"
			if res.Outlet == "" {
				res.Outlet = d
			}
			continue
		}
		if c.isDateLine(b.text) {
			if d, ok := meta.FindDate(b.text, res.Language, c.Now()); ok {
				b.kind, b.reason = kent.BlockMeta, "date line"
				if res.Published.IsZero() {
					res.Published = d
				}
			}
		}
	}
}

// isDateLine is the cheap check that a short line is mostly a date before the
// date parser is asked: nearly every token is a number, a month or a time
// word.
func (c *Cleaner) isDateLine(t string) bool {
	if !strings.ContainsAny(t, "0123456789") {
		return false
	}
	toks := strings.FieldsFunc(t, func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == '|' || r == '/' })
	unexplained, anchored := 0, false
	for _, tok := range toks {
		w := strings.ToLower(strings.Trim(tok, ".()[]:;–—-"))
		switch {
		case c.months[w] || yearRe.MatchString(w) || numericDate.MatchString(w):
			anchored = true // a time alone ("4:14 p.m.") is a list item, not a dateline
		case w == "", strings.ContainsAny(w, "0123456789"), c.timeWords[w]:
		default:
			unexplained++
		}
	}
	return anchored && unexplained <= max(1, len(toks)/4)
}

// markLanguages detects each block's language where it can matter: short
// blocks (chrome is short) and blocks with letters from another alphabet.
// Long blocks of the article's own alphabet take the article's language;
// detecting every paragraph would cost more than the rest of ingest.
func (c *Cleaner) markLanguages(bs []*block, article string) {
	for _, b := range bs {
		b.lang = article
		if b.kind != kent.BlockBody {
			continue // already decided; its language changes nothing
		}
		foreign := c.foreignLetters(b.text, article)
		if !(len(b.text) <= 300 && b.words >= 2) && !foreign {
			continue
		}
		if !foreign && c.functionWordsAgree(b.norm, article) {
			continue
		}
		code, conf := c.det.Detect(b.text)
		if code == "" {
			continue
		}
		b.lang, b.conf = code, conf
		if b.kind != kent.BlockBody || code == article || article == "" {
			continue
		}
		// A short line in another language than the article is a publisher's
		// footer or a caption far more often than article text. Headings are
		// short too and the detector is unsure on a few words, so it must be
		// sure, no function word of the article's language may appear, and
		// something besides the detector must point at the other language:
		// its letters or its function words.
		if len(b.text) <= 200 && b.words >= 2 && conf >= 0.9 {
			fw := c.functionWordCounts(b.norm)
			if fw[article] == 0 && (foreign || fw[code] > 0) {
				b.kind, b.reason = kent.BlockDrop, "language "+code+" differs from the article's ("+article+")"
			}
		}
	}
}

// functionWordsAgree reports whether a block's function words say it is in
// the article's language: at least three of them, and more than twice as
// many as of any other language. This settles most paragraphs without the
// statistical detector.
func (c *Cleaner) functionWordsAgree(norm, article string) bool {
	counts := c.functionWordCounts(norm)
	own := counts[article]
	if own < 3 {
		return false
	}
	for code, n := range counts {
		if code != article && n*2 >= own {
			return false
		}
	}
	return true
}

// functionWordCounts counts a block's function words per language.
func (c *Cleaner) functionWordCounts(norm string) map[string]int {
	counts := map[string]int{}
	for _, w := range strings.Fields(norm) {
		for _, code := range c.function[w] {
			counts[code]++
		}
	}
	return counts
}

// foreignLetters reports whether t has letters outside ASCII that the
// article's language does not use (š in an English article, Cyrillic in a
// Polish one).
func (c *Cleaner) foreignLetters(t, article string) bool {
	for _, r := range t {
		if r < 128 || !unicode.IsLetter(r) {
			continue
		}
		if !c.ownLetter(r, article) {
			return true
		}
	}
	return false
}

func (c *Cleaner) ownLetter(r rune, article string) bool {
	own, known := c.langLetters[article]
	return !known || strings.ContainsRune(own, r)
}

// markTail drops what follows the article's last real paragraph: lines that
// are not sentences there are bylines, link lists and buttons.
func (c *Cleaner) markTail(bs []*block, res *Result) {
	last := -1
	for i, b := range bs {
		if b.kind == kent.BlockBody && b.sentence && (b.lang == res.Language || res.Language == "") {
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

func endsSentence(t string) bool {
	t = strings.TrimRight(t, " ”’\"'»)]")
	r, _ := utf8.DecodeLastRuneInString(t)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

var (
	brRe  = regexp.MustCompile(`(?i)<br\s*/?>`)
	tagRe = regexp.MustCompile(`(?i)</?(p|b|i|em|strong|span|a|div|small|u|sup|sub)(\s[^<>]{0,200})?>`)
)

// SplitBlocks splits raw text into blocks: one per line, except that
// hard-wrapped paragraphs (several lines of similar length not ending in
// punctuation) are joined back. Stray <br> and inline tags from scrapers are
// removed and HTML entities decoded.
func SplitBlocks(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	if strings.ContainsRune(text, '<') {
		text = brRe.ReplaceAllString(text, "\n")
		text = tagRe.ReplaceAllString(text, "")
	}
	if strings.ContainsRune(text, '&') {
		text = html.UnescapeString(text)
	}
	var out []string
	for _, chunk := range strings.Split(text, "\n\n") {
		lines := strings.Split(strings.Trim(chunk, "\n"), "\n")
		if hardWrapped(lines) {
			if t := tidy(strings.Join(lines, " ")); t != "" {
				out = append(out, t)
			}
			continue
		}
		for _, l := range lines {
			if t := tidy(l); t != "" {
				out = append(out, t)
			}
		}
	}
	return out
}

func hardWrapped(lines []string) bool {
	if len(lines) < 3 {
		return false
	}
	wrapped := 0
	for _, l := range lines[:len(lines)-1] {
		n := utf8.RuneCountInString(strings.TrimSpace(l))
		if n >= 40 && n <= 100 && !endsSentence(l) {
			wrapped++
		}
	}
	return wrapped*10 >= (len(lines)-1)*7
}

// tidy collapses white space (including no-break spaces) and trims.
func tidy(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return unicode.IsSpace(r) && r != ' ' }) && !strings.Contains(s, "  ") {
		return strings.TrimSpace(s)
	}
	return strings.Join(strings.Fields(s), " ")
}
