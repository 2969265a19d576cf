package attrib

// Words around a subject that are no part of its name: a common word
// opening the sentence before a role, a phrase inserted between the
// subject and its verb, a plural group word before an organisation.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent/tokens"
)

// commonOpener reports whether the capitalised word at k, which opens its
// sentence, is a common word: a role word, or a noun or adjective to the
// parse (not a name).
func (d *doc) commonOpener(k int, r *rules) bool {
	t := d.toks[k]
	if !t.Word || d.inQuote[k] >= 0 || r.function[t.Low] || tokens.IsAcronym(t.Text) {
		return false
	}
	if r.roleWords.has(t.Low) {
		return true
	}
	p := d.parseOf(t.Sentence)
	if p == nil || k < p.base || k >= p.base+len(p.words) {
		return false
	}
	u := p.upos(k)
	return u == "ADJ" || u == "NOUN"
}

// insertionReach is the most words a phrase inserted between a subject
// and its verb may have ("speaking on condition of anonymity").
const insertionReach = 8

// insertion reports whether tokens (k, j), between two commas before a
// verb, are a phrase inserted between a subject and its verb: they open
// with a lower-case word (a participle, a relative pronoun, "not",
// "however") and hold no quote, no second clause's complementizer and no
// reporting verb of their own.
func (d *doc) insertion(k, j int, r *rules) bool {
	if k < 0 || d.toks[k].Text != "," || j-k < 2 || j-k > insertionReach+1 || !d.toks[k+1].Word || d.isCap(d.toks[k+1]) || r.conj[d.toks[k+1].Low] {
		return false
	}
	if c, _ := utf8.DecodeRuneInString(d.toks[k+1].Text); !unicode.IsLetter(c) {
		return false // "La mayoría de los economistas, 55 de 82, cree": a count, the parse's to read
	}
	for x := k + 1; x < j; x++ {
		if d.inQuote[x] >= 0 || r.complementizers[d.toks[x].Low] || r.verbs.Len(d.toks[:j], x) > 0 {
			return false
		}
	}
	return k > 0 && d.toks[k-1].Word
}

// pluralWord reports whether the parse reads the word at k as a plural.
func (d *doc) pluralWord(k int) bool {
	p := d.parseOf(d.toks[k].Sentence)
	return p != nil && k >= p.base && k < p.base+len(p.words) && strings.Contains(p.feats(k), "Number=Plur")
}
