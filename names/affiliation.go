package names

import (
	"strings"
	"unicode/utf8"
)

// A person's name is often printed straight before the body the person
// works for, with no preposition or punctuation between: Finnish puts the
// body's genitive or elative after the name ("Jussi Laine Helsingin
// yliopistosta", "Jussi Laine Nordean pankista", "Jussi Laine
// Aalto-yliopistosta"), Polish its genitive ("Jan Kowalski Ośrodka Studiów
// Wschodnich"), German a "von der" ("Jan Weber von der Universität
// Mannheim"). The run of capitalised words then goes on past the surname;
// the name must stop at it.

// affiliationCut returns where the body after a person's name begins in a
// run that opens with a given name (run[:k] is the name; k ≥ 2), or 0 when
// the run holds no such body:
//   - a word of the run is an organisation word in any case form
//     ("Ośrodka", "Universität", "Aalto-yliopistosta"): the body starts
//     there, or at the place or the lower-case particles before it
//     ("Suomen Pankin", "von der Universität");
//   - the run is followed, with nothing between, by a lower-case
//     organisation word in any case form ("yliopistosta", "pankista"):
//     the last word qualifies it ("Nordean", "Jyväskylän"), with the
//     places before that.
func (f *Finder) affiliationCut(run []word, next *word, lang string) int {
	if len(run) < 3 || !f.inflect.First(run[0].text, lang) || f.orgLike(run[1].low, 5) {
		return 0
	}
	back := func(k int) int {
		for k > 2 && (!run[k-1].cap || f.place(run[k-1].text) != "") {
			k--
		}
		return k
	}
	for j := 2; j < len(run); j++ {
		if run[j].cap && f.orgLike(run[j].low, 5) {
			return back(j)
		}
	}
	if next != nil && !next.cap && f.orgLike(next.low, 4) && run[len(run)-1].cap {
		return back(len(run) - 1)
	}
	return 0
}

// orgLike reports whether a lower-case word is an organisation word of any
// language (lexicon attribution.org_words) in some case form: the word
// itself, or one that shares all but its last two letters with it, at
// least minStem letters, and ends in at most six more ("yliopistosta" of
// yliopisto, "pankista" of pankki, "laitoksesta" of laitos, "ośrodka" of ośrodek). The last part
// of a hyphenated compound counts ("Aalto-yliopistosta"). A surname that
// merely begins like a short word ("Laitinen", laitos) is none: the stem
// must be five letters for a capitalised word.
func (f *Finder) orgLike(low string, minStem int) bool {
	if i := strings.LastIndexByte(low, '-'); i >= 0 && i+1 < len(low) {
		low = low[i+1:]
	}
	if f.orgWords[low] {
		return true
	}
	n := utf8.RuneCountInString(low)
	for _, o := range f.orgStems {
		cp := CommonPrefix(low, o.word)
		if cp >= minStem && cp >= o.runes-2 && n-cp <= 6 {
			return true
		}
	}
	return false
}

// orgStem is an organisation word with its length in letters.
type orgStem struct {
	word  string
	runes int
}

// CommonPrefix is the number of letters two strings begin with alike.
func CommonPrefix(a, b string) int {
	n := 0
	for a != "" && b != "" {
		ra, sa := utf8.DecodeRuneInString(a)
		rb, sb := utf8.DecodeRuneInString(b)
		if ra != rb {
			break
		}
		n++
		a, b = a[sa:], b[sb:]
	}
	return n
}
