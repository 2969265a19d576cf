package attrib

import (
	"strings"
	"unicode/utf8"
)

// Where an organisation's name capitalises its first word only
// ("Министерство обороны России", "Высшая школа экономики"), a source's
// capitalised run is only the start of its name: "По мнению Высшей школы
// экономики, …" named "Высшей". The name goes on over the lower-case words
// in the genitive after its head (lexicon attribution
// org_complement_endings) and a capitalised run after them, when
// punctuation closes them.

// orgNameEnd returns where the source run [i, k) ends once its
// organisation's lower-case words are taken in, or k.
func (d *doc) orgNameEnd(i, k, se int, r *rules) int {
	if len(r.orgComplement) == 0 || k == i || k-i > 3 || k >= se || !d.toks[k].Word || d.isCap(d.toks[k]) || d.inQuote[k] >= 0 {
		return k
	}
	org := orgHead(d.toks[k].Low, r)
	for x := i; x < k; x++ {
		org = org || d.isCap(d.toks[x]) && orgHead(d.toks[x].Low, r)
	}
	if !org {
		return k
	}
	x := k
	for x < se && x < k+4 && d.toks[x].Word && !d.isCap(d.toks[x]) && !r.function[d.toks[x].Low] && d.inQuote[x] < 0 &&
		(orgHead(d.toks[x].Low, r) || hasAnySuffix(d.toks[x].Low, r.orgComplement)) {
		x++
	}
	for c := x; x > k && c < se && c < x+2 && d.toks[c].Word && d.isCap(d.toks[c]); c++ {
		x = c + 1 // "… обороны России"
	}
	if x == k || x < se && d.toks[x].Word {
		return k // the clause goes on: its words are no part of the name
	}
	return x
}

// hasAnySuffix reports whether w ends in one of ends.
func hasAnySuffix(w string, ends []string) bool {
	for _, e := range ends {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// orgHead reports whether a lower-case word is an organisation word in any
// case form: "школы", "банку", "министерства" (the word, or its stem less
// the last letter, and at most two letters of ending).
func orgHead(w string, r *rules) bool {
	if r.orgWords.has(w) {
		return true
	}
	n := utf8.RuneCountInString(w)
	for g := range r.orgWords {
		m := utf8.RuneCountInString(g)
		if m < 4 || n-m > 2 || m-n > 1 {
			continue
		}
		_, size := utf8.DecodeLastRuneInString(g)
		if strings.HasPrefix(w, g) || m >= 5 && strings.HasPrefix(w, g[:len(g)-size]) {
			return true
		}
	}
	return false
}
