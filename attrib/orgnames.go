package attrib

import (
	"strings"
	"unicode/utf8"

	"github.com/kentnews/kent"
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

// orgCompound reports whether a word is an organisation word in any case
// form, or a compound ending in one: "Сбербанка", "Nordbanku",
// "Großbank" (the head at least four letters, two before it).
func orgCompound(w string, r *rules) bool {
	if orgHead(w, r) {
		return true
	}
	rs := []rune(w)
	for cut := 2; cut+4 <= len(rs); cut++ {
		if orgHead(string(rs[cut:]), r) && len(rs)-cut <= 8 {
			return true
		}
	}
	return false
}

// ownerReach is how many words a group's organisation after a frame may
// have: "at the Swiss bank UBS", "der italienischen Großbank Unicredit".
const ownerReach = 5

// groupWithOwner reads a group after a frame with the organisation it
// belongs to, which ends the clause: "…, said analysts at Nordbank",
// "…, skriver analytiker på Nordea", "…, schrieben Fachleute der
// italienischen Großbank Unicredit", and, where an organisation follows
// its group in the genitive, "– uważają analitycy Nordbanku", "…, считают
// аналитики Сбербанка". The run [i, k) read as n holds the group; a plural
// group before a name is no person's title.
func (d *doc) groupWithOwner(n np, i, k, se int, r *rules) (np, bool) {
	if i+1 < k && (r.articles[d.toks[i].Low] || r.determiners[d.toks[i].Low]) {
		i++ // "schreiben die Ökonomen der Großbank UBS", "said the analysts at Nordbank"
	}
	if i >= k || !r.groups.has(d.toks[i].Low) || d.isCap(d.toks[i]) && !r.nounsCapitalised {
		return np{}, false
	}
	closes := func(x int) bool { return x >= se || !d.toks[x].Word }
	if n.kind != kent.SpeakerGroup {
		if n.end != k || !closes(k) || n.start <= i {
			return np{}, false
		}
		if a := d.toks[i+1]; n.start > i+1 && a.Word && !d.isCap(a) && r.affPreps[a.Low] {
			return np{start: i, end: k, kind: kent.SpeakerGroup}, true // "analysts at Nordbank", "Analysten der Commerzbank"
		}
		// "analitycy Nordbanku", "аналитики Сбербанка": the group, then
		// its organisation's name in the genitive (not a person's).
		if n.start == i+1 && !r.nounsCapitalised && (d.pluralWord(i) || d.nameKind(n.start, n.end, r) == kent.SpeakerOrganisation || n.end-n.start == 1 && orgCompound(strings.ToLower(d.toks[n.start].Text), r)) {
			return np{start: i, end: k, kind: kent.SpeakerGroup}, true
		}
		return np{}, false
	}
	if n.end != k || k+1 >= se || !d.toks[k].Word || d.isCap(d.toks[k]) || !r.affPreps[d.toks[k].Low] {
		return np{}, false
	}
	b := k + 1
	if r.articles[d.toks[b].Low] || r.determiners[d.toks[b].Low] {
		b++
	}
	last := -1
	for x := b; x < se && x < b+ownerReach && d.toks[x].Word && d.inQuote[x] < 0; x++ {
		if d.isCap(d.toks[x]) {
			last = x
		} else if r.function[d.toks[x].Low] || r.verbs.Len(d.toks[:se], x) > 0 {
			break
		}
	}
	if last < 0 || !closes(last+1) {
		return np{}, false
	}
	return np{start: n.start, end: last + 1, kind: kent.SpeakerGroup}, true
}
