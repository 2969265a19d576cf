package attrib

// What the words of a speaker's phrase are: a group or role word, a
// name's kind (person, group, organisation), the role text before a
// name, particles inside a surname, an abbreviation's dot, an
// organisation's name in a run (speakers.go reads who speaks with them).

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/tokens"
)

func (d *doc) hasGroupWord(i, k int, r *rules) bool {
	for x := i; x < k; x++ {
		if r.groups.has(d.toks[x].Low) || r.roleWords.has(d.toks[x].Low) {
			return true
		}
	}
	return false
}

func (d *doc) nameKind(b, e int, r *rules) string {
	for x := b; x < e; x++ {
		if r.orgWords[d.toks[x].Low] {
			return kent.SpeakerOrganisation
		}
	}
	if d.joinedName(np{start: b, end: e}) {
		return kent.SpeakerOrganisation // "S&P", "Johnson & Johnson": joined by joinAmpersands
	}
	if d.englishTitle(b, e) {
		for x := b + 1; x < e-1; x++ {
			if r.connectors[d.toks[x].Low] && !d.isCap(d.toks[x]) {
				return kent.SpeakerOrganisation // "The Globe and Mail" (namebounds.go)
			}
		}
	}
	if e-b == 1 && tokens.IsAcronym(trimPossessive(d.toks[b].Text)) {
		return kent.SpeakerOrganisation // "SEB:s", "NATO's" too
	}
	if e-b == 1 && r.groups.has(d.toks[b].Low) {
		return kent.SpeakerOrganisation // "the Kremlin", "Pentagon"
	}
	return kent.SpeakerPerson
}

// roleText returns the role words between i and the name at b, without a
// leading article.
func (d *doc) roleText(i, b int, r *rules) string {
	for i < b && r.function[d.toks[i].Low] {
		i++
	}
	return d.roleForm(i, b, r)
}

// startsUpper reports whether a word opens with a capital letter, one
// letter long ("A") too.
func startsUpper(w string) bool {
	c, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(c)
}

// nameParticle reports whether token k can be a particle inside a
// person's name: a connector of its language or a surname particle of any
// origin, never a conjunction.
func (d *doc) nameParticle(k int, r *rules) bool {
	low := d.toks[k].Low
	return (r.connectors[low] || d.e.particles[low]) && !r.conj[low]
}

// abbrevDot reports whether token j is the dot of an abbreviation that
// ends a capitalised name ("Inc.", "Co.").
func (d *doc) abbrevDot(j, ss int, r *rules) bool {
	if j-1 < ss || d.toks[j].Text != "." || d.toks[j-1].End != d.toks[j].Start || !d.isCap(d.toks[j-1]) {
		return false
	}
	w := d.toks[j-1].Low
	if k := strings.LastIndexByte(w, ' '); k >= 0 {
		w = w[k+1:] // "chase & co"
	}
	return r.abbrevs[w]
}

// roleWithin reports whether a role or group word, or a capitalised
// compound ending in one (where nouns are capitalised, any noun:
// "Regierungsvertreter"), stands at k or the word after it.
func (d *doc) roleWithin(k, se int, r *rules) bool {
	for x := k; x < se && x <= k+1 && d.toks[x].Word && d.inQuote[x] < 0; x++ {
		low := d.toks[x].Low
		if r.roleWords.has(low) || r.groups.has(low) || d.isCap(d.toks[x]) && (r.nounsCapitalised || endsIn(low, r.roleWords) || endsIn(low, r.groups)) {
			return true
		}
	}
	return false
}

// orgNameIn reports whether the capitalised run [b, e) is an
// organisation's name: it has an organisation word in any case form
// ("Ośrodka", "Института").
func (d *doc) orgNameIn(b, e int, r *rules) bool {
	if e-b < 2 {
		return false // one name: the case above
	}
	for x := b; x < e; x++ {
		if !d.toks[x].Word || !d.isCap(d.toks[x]) && !r.connectors[d.toks[x].Low] {
			return false
		}
	}
	for x := b; x < e; x++ {
		if r.orgWords.has(d.toks[x].Low) {
			return true
		}
	}
	return false
}
