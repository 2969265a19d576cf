package clean

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/lexicon"
)

// furniture holds the word lists of page furniture that sits inside or
// beside the article's text: link labels, counters, live badges and
// dateline words (lexicon.Cleaning, every language merged).
type furniture struct {
	linkLabels map[string][]string // lower-case labels by first word, longest first
	counters   map[string]bool     // words of a counter widget: views, просмотров, tys
	live       []string            // live badges, normalised ("live ticker")
	dateline   map[string]bool     // words beside a dateline's date: stand, opublikowano, uhr
}

func (f *furniture) add(k lexicon.Cleaning) {
	for _, l := range k.LinkLabels {
		first, _, _ := strings.Cut(l, " ")
		f.linkLabels[first] = append(f.linkLabels[first], l)
	}
	for _, w := range k.Counters {
		for _, part := range strings.Fields(w) {
			f.counters[part] = true
		}
	}
	for _, l := range k.LiveLabels {
		f.live = append(f.live, kent.NormalizeText(l))
	}
	for _, w := range k.DatelineWords {
		f.dateline[w] = true
	}
}

// sort puts longer labels first, so the most specific one is matched.
func (f *furniture) sort() {
	for _, ls := range f.linkLabels {
		sort.Slice(ls, func(i, j int) bool { return len(ls[i]) > len(ls[j]) })
	}
	sort.Slice(f.live, func(i, j int) bool { return len(f.live[i]) > len(f.live[j]) })
}

// furnitureReason says why a short block is a counter widget or a live
// badge, or "".
func (c *Cleaner) furnitureReason(t string) string {
	switch {
	case c.isCounter(t):
		return "counter widget"
	case c.isLiveBadge(t):
		return "live badge"
	case c.isDatelineLabel(t):
		return "dateline label without a date"
	}
	return ""
}

// isCounter reports a line of numbers and counter words only: "326 274
// VIEWS", "12 тыс. просмотров", "Aufrufe: 1.234", "👁 1,2K · 14 comments".
func (c *Cleaner) isCounter(t string) bool {
	if len(t) > 80 || !strings.ContainsAny(t, "0123456789") {
		return false
	}
	words, numbers := 0, 0
	for _, tok := range strings.FieldsFunc(t, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("·•|/,()", r) }) {
		w := strings.ToLower(strings.Trim(tok, ".:;-–—"))
		switch {
		case w == "" || !strings.ContainsFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }):
			// a bullet or an eye icon
		case isCount(w):
			numbers++
		case c.furn.counters[w]:
			words++
		default:
			return false
		}
	}
	return numbers > 0 && words > 0
}

// isCount reports a number as counters print it: 326, 1.234, 1,2k, 12K, 3m.
func isCount(w string) bool {
	w = strings.TrimRight(w, "km")
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsDigit(r) && r != '.' && r != ',' && r != '\'' && r != '’' && r != ' ' {
			return false
		}
	}
	return true
}

// isLiveBadge reports a short line that is a live label and nothing else but
// numbers: "LIVE", "Live-Ticker", "ПРЯМОЙ ЭФИР", "Na żywo 14:02".
func (c *Cleaner) isLiveBadge(t string) bool {
	if len(t) > 50 {
		return false
	}
	var words []string
	for _, w := range strings.Fields(kent.NormalizeText(t)) {
		if !strings.ContainsAny(w, "0123456789") {
			words = append(words, w)
		}
	}
	rest := strings.Join(words, " ")
	if rest == "" {
		return false
	}
	for rest != "" {
		matched := false
		for _, l := range c.furn.live {
			if rest == l || strings.HasPrefix(rest, l+" ") {
				rest = strings.TrimPrefix(strings.TrimPrefix(rest, l), " ")
				matched = true
				break
			}
		}
		if !matched {
			return false
		}
	}
	return true
}

// cutLinkSets cuts "READ MORE: headline [LATEST]", "Читайте також: …" and
// the like out of the paragraphs they sit in. The paragraph keeps its text
// (and its quotes); the link goes to a dropped block of its own just after
// it. A block that is nothing but the link is dropped whole.
func (c *Cleaner) cutLinkSets(bs []*block) []*block {
	var out []*block
	for _, b := range bs {
		if b.kind != kent.BlockBody {
			out = append(out, b)
			continue
		}
		kept, links, label := c.splitLinks(b.text)
		if len(links) == 0 {
			out = append(out, b)
			continue
		}
		reason := "link to another article («" + label + "»)"
		if len(strings.Fields(kent.NormalizeText(kept))) < 3 {
			out = append(out, &block{text: b.text, kind: kent.BlockDrop, reason: reason})
			continue
		}
		out = append(out, newBlock(kept), &block{text: strings.Join(links, " "), kind: kent.BlockDrop, reason: reason})
	}
	return out
}

// splitLinks returns t without its link sets, the link sets, and the first
// label found. Labels are looked for only after a space (or at the start),
// found with strings.IndexByte, so the scan is one fast pass.
func (c *Cleaner) splitLinks(t string) (kept string, links []string, label string) {
	var sb strings.Builder
	from := 0
	for i := 0; i < len(t); {
		if start, end, l, ok := c.linkAt(t, i); ok {
			if label == "" {
				label = l
			}
			sb.WriteString(t[from:start])
			sb.WriteByte(' ')
			links = append(links, strings.TrimSpace(t[start:end]))
			from, i = end, skipSpaces(t, end)
			continue
		}
		sp := strings.IndexByte(t[i:], ' ')
		if sp < 0 {
			break
		}
		i = skipSpaces(t, i+sp)
	}
	if links == nil {
		return t, nil, ""
	}
	sb.WriteString(t[from:])
	return tidy(sb.String()), links, label
}

func skipSpaces(t string, i int) int {
	for i < len(t) && t[i] == ' ' {
		i++
	}
	return i
}

// linkAt reports a link set starting at byte i of t: a label where a
// sentence starts, followed by a colon, bar or arrow (or written in capitals,
// "READ MORE Headline"), and the headline after it.
func (c *Cleaner) linkAt(t string, i int) (start, end int, label string, ok bool) {
	if i >= len(t) || !isWordStart(t, i) {
		return 0, 0, "", false
	}
	j := i
	for j < len(t) && t[j] != ' ' && t[j] != ':' {
		j++
	}
	labels := lookupLower(c.furn.linkLabels, t[i:j])
	if labels == nil || !sentenceStart(t, i) {
		return 0, 0, "", false
	}
	for _, l := range labels {
		e, ok := matchFold(t, i, l)
		if !ok || e < len(t) && isLetterAt(t, e) {
			continue
		}
		caps := strings.ToUpper(t[i:e]) == t[i:e]
		k := e
		for k < len(t) && t[k] == ' ' {
			k++
		}
		r, size := utf8.DecodeRuneInString(t[k:])
		switch {
		case strings.ContainsRune(":|»›>–—-", r):
			k += size
		case !caps || k == e:
			continue
		}
		end, found := linkEnd(t, k)
		if !found {
			return 0, 0, "", false
		}
		return i, end, l, true
	}
	return 0, 0, "", false
}

// lookupLower is m[strings.ToLower(w)] without making the lower-case
// string when w is a short ASCII word, as most are: linkAt looks up every
// word of the body.
func lookupLower(m map[string][]string, w string) []string {
	var buf [32]byte
	if len(w) > len(buf) {
		return m[strings.ToLower(w)]
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= utf8.RuneSelf {
			return m[strings.ToLower(w)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
	}
	return m[string(buf[:len(w)])]
}

// linkEnd finds where the headline after a link label ends: after the last
// "[TAG]" of a run of them ("Headline [LATEST] Another [INSIGHT]"), else at
// the first end of a sentence, else at the end of the block. A headline runs
// for 300 bytes at most: past that the label was not a link's.
func linkEnd(t string, k int) (int, bool) {
	const maxHeadline = 300
	end, tagged := k, false
	// Every search looks at most a headline ahead, so a long paragraph
	// full of labels costs time in proportion to its length.
	window := func(from int) string { return t[from:min(len(t), from+maxHeadline+1)] }
	for {
		open := strings.IndexByte(window(end), '[')
		if open < 0 || open > maxHeadline || sentenceEndIn(t[end:end+open]) >= 0 {
			break
		}
		closeAt := strings.IndexByte(window(end+open), ']')
		tag := ""
		if closeAt > 0 {
			tag = t[end+open+1 : end+open+closeAt]
		}
		if closeAt < 0 || len(tag) > 30 || strings.ToUpper(tag) != tag {
			break
		}
		end, tagged = end+open+closeAt+1, true
	}
	if tagged {
		return end, true
	}
	if e := sentenceEndIn(window(k)); e >= 0 {
		return k + e, true
	}
	return len(t), len(t)-k <= maxHeadline
}

// sentenceEndIn returns the byte just after the first sentence end in s that
// is followed by a space (or closing quotes and a space), or -1.
func sentenceEndIn(s string) int {
	for i := 0; i < len(s); i++ {
		if !strings.ContainsRune(".!?", rune(s[i])) && !strings.HasPrefix(s[i:], "…") {
			continue
		}
		j := i + 1
		if s[i] == 0xe2 { // …
			j = i + len("…")
		}
		for j < len(s) && strings.ContainsRune("\"'”’»)", rune(s[j])) {
			j++
		}
		for _, q := range []string{"”", "’", "»"} {
			if strings.HasPrefix(s[j:], q) {
				j += len(q)
			}
		}
		if j < len(s) && s[j] == ' ' {
			return j
		}
	}
	return -1
}

// sentenceStart reports whether a sentence may start at byte i of t: at the
// start, or after the end of one (closing quotes and brackets allowed).
func sentenceStart(t string, i int) bool {
	p := strings.TrimRight(t[:i], " ")
	if p == "" {
		return true
	}
	p = strings.TrimRight(p, "\"'”’»)]")
	r, _ := utf8.DecodeLastRuneInString(p)
	return r == '.' || r == '!' || r == '?' || r == '…' || r == ':' || r == ']'
}

// matchFold matches the lower-case phrase p against t at byte i, ignoring
// case, and returns where the match ends in t.
func matchFold(t string, i int, p string) (int, bool) {
	for _, pr := range p {
		if i >= len(t) {
			return 0, false
		}
		r, size := utf8.DecodeRuneInString(t[i:])
		if unicode.ToLower(r) != pr {
			return 0, false
		}
		i += size
	}
	return i, true
}

func isLetterAt(t string, i int) bool {
	r, _ := utf8.DecodeRuneInString(t[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isDatelineLabel reports a label left without its date ("Aktualizacja:",
// "Stand:"): the page printed the date elsewhere or not at all.
func (c *Cleaner) isDatelineLabel(t string) bool {
	if len(t) > 40 || !strings.HasSuffix(t, ":") {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(strings.TrimSuffix(t, ":"))) {
		if len(w) < 2 || !c.furn.dateline[w] {
			return false
		}
	}
	return true
}
