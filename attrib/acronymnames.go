package attrib

import (
	"github.com/kentnews/kent"
	"github.com/kentnews/kent/names"
)

// An organisation news introduces with its acronym in parentheses ("The
// Kyiv School of Economics (KSE) said", "Київська школа економіки (KSE)
// вважає", "Das Institut für Weltwirtschaft (IfW) hält") is the subject
// of the verb after the parenthesis, whole: the parenthesis hid the name
// from the subject reading, which kept a piece ("Kyiv School",
// "Institute") or the acronym as a person. Languages that write an
// organisation's name in sentence case keep its lower-case words
// ("школа економіки"). A person's name before a party's acronym
// ("Friedrich Merz (CDU) sagte") is the person, affiliated.

// acronymNameReach is the most lower-case words an organisation's name may
// have after its capitalised first word.
const acronymNameReach = 4

// nameBeforeAcronym reads the name before "(ACR)" ending at token j; ok is
// false when no acronym in parentheses ends there.
func (d *doc) nameBeforeAcronym(j, ss int, r *rules) (np, bool) {
	if j-3 < ss || d.toks[j].Text != ")" || d.toks[j-2].Text != "(" || !names.AcronymWord(d.toks[j-1].Text) || d.inQuote[j] >= 0 {
		return np{}, false
	}
	acr, k := d.toks[j-1].Text, j-3
	if !d.toks[k].Word || d.inQuote[k] >= 0 {
		return np{}, false
	}
	if d.isCap(d.toks[k]) {
		var n np
		if !d.nameBefore(&n, k, ss, r) {
			return np{}, false
		}
		switch {
		case n.kind == kent.SpeakerPerson && n.end-n.start >= 2 && d.e.first[d.toks[n.start].Low]:
			if n.aff == "" {
				n.aff = acr // "Friedrich Merz (CDU)"
			}
		case n.kind == kent.SpeakerGroup:
			return np{}, false
		default:
			n.kind = kent.SpeakerOrganisation
		}
		return n, true
	}
	x := k
	for x >= ss && x > k-acronymNameReach && d.toks[x].Word && !d.isCap(d.toks[x]) && d.inQuote[x] < 0 &&
		!r.function[d.toks[x].Low] && !r.conj[d.toks[x].Low] && r.verbs.Len(d.toks[:k+1], x) == 0 {
		x--
	}
	if x < ss || x == k || !d.toks[x].Word || !d.isCap(d.toks[x]) || d.inQuote[x] >= 0 || r.function[d.toks[x].Low] {
		return np{}, false
	}
	return np{start: x, end: k + 1, kind: kent.SpeakerOrganisation}, true
}
