package attrib

import (
	"sort"

	"github.com/kentnews/kent"
)

// doc is one article being read: its tokens, sentences, quote marks and
// frames, the people it names, and the quotes found so far.
type doc struct {
	a        *kent.Article
	toks     []kent.Token
	sentTok  [][2]int // token range per sentence
	inQuote  []int    // per token: index into marks, or -1
	marks    []markQuote
	frames   []*frame
	byFrame  [][]*frame // per sentence, its frames in text order
	reg      *registry
	subjects []personMention // people named as subjects, for pronouns
	relayed  map[int]bool    // the first tokens of speakers who only pass words on (relays), no pronoun's antecedent
	lower    map[string]bool // words the article writes in lower case somewhere
	bySent   map[int][]*frame
	e        *Extractor
	parses   map[int]*sentParse // sentence -> its parse, made on first need
	tags     map[int]*sentParse // sentence -> its tags and lemmas, no heads: roles in their dictionary form
	quotes   []kent.Quote
	warnings []string

	// paraRules: each paragraph's rules, found on first use (rules is
	// asked at nearly every token).
	paraRules []*rules
}

func (d *doc) rules(tok int) *rules {
	pi := d.toks[tok].Paragraph
	if d.paraRules == nil {
		d.paraRules = make([]*rules, len(d.a.Paragraphs))
	}
	if r := d.paraRules[pi]; r != nil {
		return r
	}
	code := d.a.Paragraphs[pi].Language
	if code == "" {
		code = d.a.Language
	}
	r := d.e.rulesFor(code)
	d.paraRules[pi] = r
	return r
}

func (d *doc) lang(tok int) string {
	if l := d.a.Paragraphs[d.toks[tok].Paragraph].Language; l != "" {
		return l
	}
	return d.a.Language
}

func (d *doc) index() {
	n := 0
	for _, t := range d.toks {
		if t.Sentence+1 > n {
			n = t.Sentence + 1
		}
	}
	d.sentTok = make([][2]int, n)
	for i := range d.sentTok {
		d.sentTok[i] = [2]int{-1, -1}
	}
	for i, t := range d.toks {
		if d.sentTok[t.Sentence][0] < 0 {
			d.sentTok[t.Sentence][0] = i
		}
		d.sentTok[t.Sentence][1] = i + 1
	}
	d.inQuote = make([]int, len(d.toks))
	q := 0
	for i, t := range d.toks {
		d.inQuote[i] = -1
		for q < len(d.marks) && d.marks[q].content.End <= t.Start {
			q++
		}
		if q < len(d.marks) && t.Start >= d.marks[q].content.Start && t.End <= d.marks[q].content.End {
			d.inQuote[i] = q
		}
	}
}

// tokenAt returns the index of the token starting at byte offset off.
func (d *doc) tokenAt(off int) int {
	i := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].Start >= off })
	if i == len(d.toks) {
		return len(d.toks) - 1
	}
	return i
}

func (d *doc) span(from, to int) kent.Span {
	if to <= from {
		return kent.Span{Start: d.toks[from].Start, End: d.toks[from].Start}
	}
	return kent.Span{Start: d.toks[from].Start, End: d.toks[to-1].End}
}

func (d *doc) text(from, to int) string {
	if to <= from {
		return ""
	}
	s := d.span(from, to)
	return d.a.Text[s.Start:s.End]
}

// wordsIn counts the words among tokens [from, to).
func (d *doc) wordsIn(from, to int) int {
	n := 0
	for k := from; k < to; k++ {
		if d.toks[k].Word {
			n++
		}
	}
	return n
}
