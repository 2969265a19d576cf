package attrib

import (
	"strings"

	"github.com/kentnews/kent/tokens"
)

// A speaker's affiliation written after the name — a case form of an
// organisation word ("Jussi Laine Helsingin yliopistosta"), an
// affiliation preposition ("Petra Lang von der Universität Mannheim"), an
// organisation before the name ("Banku Słowenii Boštjan Vasle") — is not
// part of the name: these helpers find where the name ends.

// possessiveBeforeNoun reports whether token k is a name in the
// possessive ("Sturgeon's") with a lower-case word after it: the owner of
// a noun, not a speaker.
func (d *doc) possessiveBeforeNoun(k, se int) bool {
	if k < 0 || k+1 >= se || !d.toks[k].Word || !d.toks[k+1].Word || d.isCap(d.toks[k+1]) {
		return false
	}
	t := d.toks[k].Text
	return strings.HasSuffix(t, "'s") || strings.HasSuffix(t, "’s")
}

// affiliationAfter cuts an affiliation written in a case form from the
// end of a run [i, k) after a cue: "professori Jussi Laine Helsingin
// yliopistosta" (the genitive "Helsingin" goes with the lower-case
// organisation word after the run), "Jussi Laine Aalto-yliopistosta" (one
// capitalised compound ending in one). It returns the run's new end and
// the affiliation's end (k, k when there is none).
func (d *doc) affiliationAfter(i, k, se int, r *rules) (int, int) {
	if k-i >= 3 && d.caseOrgWord(d.toks[k-1].Low, r) && d.isCap(d.toks[k-1]) && strings.Contains(d.toks[k-1].Low, "-") &&
		d.isCap(d.toks[k-2]) && d.isCap(d.toks[k-3]) {
		return k - 1, k
	}
	if k < se && k-i >= 3 && d.toks[k].Word && !d.isCap(d.toks[k]) && d.inQuote[k] < 0 && d.caseOrgWord(d.toks[k].Low, r) &&
		d.isCap(d.toks[k-1]) && d.isCap(d.toks[k-2]) && d.isCap(d.toks[k-3]) {
		return k - 1, k + 1
	}
	return k, k
}

// caseOrgWord reports whether w is an organisation word, or a compound
// ending in one ("aalto-yliopistosta"), in a case form other than the one
// the lexicon lists: an inflected organisation word after a name is an
// affiliation, not part of the name.
func (d *doc) caseOrgWord(w string, r *rules) bool {
	if j := strings.LastIndexByte(w, '-'); j >= 0 {
		w = w[j+1:]
	}
	return !r.orgWords[w] && r.orgWords.has(w)
}

// caseAffiliation returns where an affiliation ending at token j starts
// when it is a capitalised word and a lower-case organisation word in a
// case form ("Helsingin yliopistosta", from the University of Helsinki)
// right after a capitalised name of two words or more; else 0. Languages
// that put a preposition before an affiliation never write this.
func (d *doc) caseAffiliation(j, ss int, r *rules) int {
	if j-2 >= ss && d.toks[j].Word && d.isCap(d.toks[j]) && d.inQuote[j] < 0 && strings.Contains(d.toks[j].Low, "-") && d.caseOrgWord(d.toks[j].Low, r) &&
		d.isCap(d.toks[j-1]) && d.isCap(d.toks[j-2]) {
		return j // "Jussi Laine Aalto-yliopistosta uskoo": one capitalised compound
	}
	if j-3 >= ss && d.toks[j].Word && d.isCap(d.toks[j]) && d.inQuote[j] < 0 && d.caseOrgWord(d.toks[j].Low, r) &&
		d.isCap(d.toks[j-1]) && d.isCap(d.toks[j-2]) && d.isCap(d.toks[j-3]) {
		return j - 1 // "Anna Laine Suomen Pankista sanoi": an organisation's name, its word in a case form
	}
	if j-3 < ss || !d.toks[j].Word || d.isCap(d.toks[j]) || d.inQuote[j] >= 0 || !r.orgWords.has(d.toks[j].Low) || r.orgWords[d.toks[j].Low] {
		return 0
	}
	if !d.isCap(d.toks[j-1]) || !d.isCap(d.toks[j-2]) || !d.isCap(d.toks[j-3]) {
		return 0
	}
	return j - 1
}

// orgThenPerson splits a capitalised run [b, e) of four words or more
// into an organisation and the person's name that ends it ("Banku
// Słowenii Boštjan Vasle"): the organisation part has an organisation
// word, the last two words none.
func (d *doc) orgThenPerson(b, e int, r *rules) (string, int, bool) {
	if e-b < 4 || r.orgWords.has(d.toks[e-1].Low) || r.orgWords.has(d.toks[e-2].Low) || !d.isCap(d.toks[e-2]) || !d.isCap(d.toks[e-3]) {
		// "Kiel Institute for the World Economy" is one name: a connector joins it
		return "", b, false
	}
	for x := b; x < e-2; x++ {
		if r.orgWords.has(d.toks[x].Low) {
			return d.text(b, e-2), e - 2, true
		}
	}
	return "", b, false
}

// personThenAff splits a run [b, e) into a person's name and the
// affiliation after an affiliation preposition: "Diego Bayón von Harmon
// Consulting", "Alexander Libman von der Freien Universität Berlin". The
// name opens with a given name Kent knows and has a surname; the
// affiliation has two capitalised words or an organisation word, so that
// "Ursula von der Leyen" and "Richard von Weizsäcker" stay names.
func (d *doc) personThenAff(b, e int, r *rules) (int, int, bool) {
	for x := b + 2; x+1 < e; x++ {
		t := d.toks[x]
		if !t.Word || d.isCap(t) || !r.affPreps[t.Low] || !d.isCap(d.toks[x-1]) || !d.isCap(d.toks[x-2]) {
			continue
		}
		// A given name Kent knows, or a role or title before the name
		// ("Brigadier General Oleksiy Hromov of the …").
		known := d.e.first[d.toks[x-2].Low] || x-3 >= b && r.roleWords.has(d.toks[x-3].Low)
		y := x + 1
		for y < e && !d.isCap(d.toks[y]) && (r.articles[d.toks[y].Low] || r.function[d.toks[y].Low]) {
			y++ // "von der Freien Universität"
		}
		caps, org := 0, false
		for z := y; z < e; z++ {
			if d.isCap(d.toks[z]) {
				caps++
			}
			org = org || r.orgWords.has(d.toks[z].Low) || endsIn(d.toks[z].Low, r.orgWords)
		}
		// A given name Kent does not know will do when the affiliation
		// has an organisation word ("Petra Lang von der Universität
		// Mannheim"): no name particle is followed by one.
		// An acronym alone is an organisation's name too: "Jan Weber von
		// der DGAP", "Anna Berg of the IMF".
		acronym := caps == 1 && y+1 == e && tokens.IsAcronym(trimPossessive(d.toks[y].Text))
		// Two capitalised words, and no more, that name no organisation,
		// place or role, then "of" and a name: a person and where they work ("said Sanam
		// Vakil of Chatham House"), though the given name is none Kent
		// knows.
		plain := !known && (x-2 == b || !d.isCap(d.toks[x-3])) && d.plainName(x-2, x, r)
		if y < e && d.isCap(d.toks[y]) && (known && (caps >= 2 || org || acronym) || plain && caps >= 1 || org && !r.orgWords.has(d.toks[x-1].Low) && !r.orgWords.has(d.toks[x-2].Low)) {
			return x - 2, x, true
		}
	}
	return 0, 0, false
}

// plainName reports whether the tokens [b, e) read as a person's name: each
// capitalised, and none an organisation's, a place's or a role's word.
func (d *doc) plainName(b, e int, r *rules) bool {
	for k := b; k < e; k++ {
		t := d.toks[k]
		if !t.Word || !d.isCap(t) || r.orgWords.has(t.Low) || endsIn(t.Low, r.orgWords) || r.roleWords.has(t.Low) || r.groups.has(t.Low) || tokens.IsAcronym(t.Text) {
			return false
		}
		if d.e.places != nil && len(d.e.places.Match(t.Text)) > 0 {
			return false
		}
	}
	return true
}
