package clean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/meta"
)

var (
	copyrightRe = regexp.MustCompile(`(?i)©|\(c\)\s*(19|20)\d\d|copyright\s+(19|20)\d\d`)
	emailRe     = regexp.MustCompile(`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+\.[\p{L}\p{N}.-]+`)
	longDigits  = regexp.MustCompile(`\d{7,}`)
	postalRe    = regexp.MustCompile(`\b[A-Z]{2}-\d{4,5}\b`)
	creditRe    = regexp.MustCompile(`^\p{Lu}[\p{L}.\- ]{1,30}(/\s*[\p{L}.\- ]{1,30})+$`)
	breadcrumbR = regexp.MustCompile(`^((?:[^»›>|]{1,40}[»›>|]\s*){2,})(.*)$`)
)

func splitBreadcrumb(t string) (crumbs, rest string, ok bool) {
	m := breadcrumbR.FindStringSubmatch(t)
	if m == nil {
		return "", "", false
	}
	return strings.TrimSpace(m[1]), strings.TrimSpace(m[2]), true
}

// markChrome drops the body blocks that a chrome rule recognises.
func (c *Cleaner) markChrome(bs []*block) {
	for i, b := range bs {
		if b.kind == kent.BlockBody {
			if r := c.chromeReason(b.text); r != "" {
				// markMeta reads the head's datelines ("14.03.2022, 09:12 |
				// dpa") and addresses.
				if i < metaBlocks && r != "copyright or photo credit" && len(b.text) <= 100 && c.isDateLine(b.text) {
					continue
				}
				if _, isURL := meta.URLLine(b.text); isURL && i < 3 {
					continue
				}
				b.kind, b.reason = kent.BlockDrop, r
			}
		}
	}
}

// chromeReason returns why a block is chrome, or "" if no rule says so.
func (c *Cleaner) chromeReason(t string) string {
	n := len(t)
	if n > 600 {
		return "" // chrome is short; a long block is the article's
	}
	if r := c.furnitureReason(t); r != "" {
		return r
	}
	low := strings.ToLower(t)
	// Phrases: trusted when two agree or one covers much of the block.
	hits, covered, first := c.phraseHits(low)
	// In prose (whole sentences, a dozen words) two chrome words are
	// news ("declined to comment", "advertising"), unless they fill much of it.
	if hits >= 2 && (!isProse(t) || covered*4 >= n) || (hits == 1 && covered*10 >= n*4) {
		return "site chrome («" + first + "»)"
	}
	// "Read also: …", "Czytaj także: …", "Читайте також: …": a link to
	// another article, set in the body.
	if hits >= 1 && n <= 300 && strings.HasPrefix(low, first) && strings.HasPrefix(strings.TrimSpace(t[len(first):]), ":") {
		return "link to another article («" + first + "»)"
	}
	return c.patternReason(t, low)
}

// phraseHits counts the chrome phrases in a lower-cased block, the bytes
// they cover and the first of them. Candidates are looked up by the word
// they start with, so the cost grows with the block, not with the size of
// the lexicons.
func (c *Cleaner) phraseHits(low string) (hits, covered int, first string) {
	for i := 0; i < len(low); {
		for i < len(low) && !isWordStart(low, i) {
			i++
		}
		j := i
		for j < len(low) && low[j] != ' ' {
			j++
		}
		ps := c.phrases[low[i:j]]
		if ps == nil {
			ps = c.phrases[strings.TrimRight(low[i:j], ":.,;!?")] // "lesezeit: 3 min."
		}
		for _, p := range ps {
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
	return hits, covered, first
}

// patternReason applies the rules that need no phrase list: copyright,
// contact, registry, address, imprint and credit shapes.
func (c *Cleaner) patternReason(t, low string) string {
	n := len(t)
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

// isProse reports a block of whole sentences: at least two, a dozen words or
// more, ending like a sentence.
func isProse(t string) bool {
	return endsSentence(t) && sentenceEndIn(t) >= 0 && len(strings.Fields(t)) >= 12
}
