package estimate

import (
	"strings"
	"unicode/utf8"
)

// Where an organisation's name capitalises its first word only
// ("Министерство обороны России", "Высшая школа экономики", "Національний
// банк"), the capitalised run after a source phrase is only the start of
// the name: "По мнению Министерства обороны России, …" was held by
// "Министерства". The name goes on over the lower-case words in the
// genitive after its head (lexicon attribution org_complement_endings),
// and a capitalised run after them (the country), when a comma closes it.

// orgNameReach is how many lower-case words an organisation's name may
// carry after its capitalised start.
const orgNameReach = 4

// orgNameEnd returns where the name that starts at k, whose capitalised run
// ends at e, ends: past its lower-case genitive words when the run or the
// first of them is an organisation word and punctuation closes them; else
// e.
func (s *sentence) orgNameEnd(k, e, limit int) int {
	h, toks := s.r.hold, s.toks
	if len(h.orgComplement) == 0 || e-k > 2 || e >= limit || !toks[e].Word || isCapitalised(toks[e].Text) {
		return e
	}
	org := false
	for x := k; x < e; x++ {
		org = org || s.orgHead(toks[x].Low)
	}
	if !org && !s.orgHead(toks[e].Low) {
		return e
	}
	x := e
	for x < limit && x < e+orgNameReach && toks[x].Word && !isCapitalised(toks[x].Text) && !s.r.function[toks[x].Low] &&
		(s.orgHead(toks[x].Low) || endsInAny(toks[x].Low, h.orgComplement)) {
		x++
	}
	for c := x; x > e && c < limit && c < x+2 && toks[c].Word && isCapitalised(toks[c].Text); c++ {
		x = c + 1 // "… обороны России"
	}
	if x == e || x < len(toks) && toks[x].Word {
		return e // no punctuation after: the clause's own words may follow ("По данным Минобороны ставка …")
	}
	return x
}

// orgHead reports whether a lower-case word is an organisation word in
// any case form: "банку", "школы", "министерства".
func (s *sentence) orgHead(w string) bool {
	h := s.r.hold
	if orgWord(h, w) {
		return true
	}
	n := utf8.RuneCountInString(w)
	for _, g := range h.orgWords {
		if m := utf8.RuneCountInString(g); m >= 3 && n-m <= 2 && strings.HasPrefix(w, g) {
			return true // "банку": a short word plus its ending
		}
	}
	return false
}

// endsInAny reports whether w ends in one of ends.
func endsInAny(w string, ends []string) bool {
	for _, e := range ends {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}
