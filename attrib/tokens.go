package attrib

import (
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent"
)

// isCap reports whether t may be part of a name: a capitalised word of two
// letters or more ("I" and initials alone are not names) that is no month
// or weekday.
func (d *doc) isCap(t kent.Token) bool {
	if !t.Word || len(t.Text) < 2 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r) && (!d.e.calendar[t.Low] || d.givenNameNotMonth(t) || d.capitalisedMonthWord(t))
}

// capitalisedMonthWord reports whether a calendar word is capitalised
// inside its sentence in a language that writes months in lower case: a
// surname there ("– powiedział Lis", "Maj"), not a date.
func (d *doc) capitalisedMonthWord(t kent.Token) bool {
	i := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].Start >= t.Start })
	if i >= len(d.toks) || d.toks[i].Start != t.Start || !d.rules(i).monthsLower {
		return false
	}
	for k := i - 1; k >= 0 && d.toks[k].Sentence == t.Sentence; k-- {
		if d.toks[k].Word {
			return true // a word before it in its sentence: not the sentence's first
		}
	}
	return false
}

// givenNameNotMonth reports whether a calendar word is part of a name
// here: a given name some lexicon lists, followed by a capitalised word
// that is no calendar word ("ekonomista Jan Nowak", "April Ryan"), or a
// surname after a given name ("Anna Lis", where "lis" abbreviates a Polish
// month). "Jan 5" and "said Wednesday" stay dates.
func (d *doc) givenNameNotMonth(t kent.Token) bool {
	i := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].Start >= t.Start })
	if i >= len(d.toks) || d.toks[i].Start != t.Start {
		return false
	}
	capital := func(k int) bool {
		if k < 0 || k >= len(d.toks) || !d.toks[k].Word || d.toks[k].Sentence != t.Sentence || d.e.calendar[d.toks[k].Low] {
			return false
		}
		r, _ := utf8.DecodeRuneInString(d.toks[k].Text)
		return unicode.IsUpper(r)
	}
	if d.e.first[t.Low] {
		// "Jan Nowak", or "Jan van Dijk" over up to two particles
		k := i + 1
		for r := d.rules(i); k < len(d.toks) && k < i+3 && d.toks[k].Word && d.toks[k].Sentence == t.Sentence && d.nameParticle(k, r); k++ {
		}
		if capital(k) {
			return true
		}
	}
	return capital(i-1) && d.e.first[d.toks[i-1].Low]
}
