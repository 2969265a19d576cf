package attrib

import (
	"strings"

	"github.com/kentnews/kent"
)

// A capitalised common noun is never a holder, and a description ("the
// agency", "der Ökonom", "the analyst") stands for someone the article
// has named.

// someone keeps a speaker candidate only if it can name someone: a
// "person" whose words include a place ("Staatspleite Russlands") or a word
// the article also writes in lower case is a capitalised common phrase,
// and a "name" made only of role words ("Ökonom") is a description.
func (d *doc) someone(n np) np {
	if !n.ok() || n.kind == "pronoun" {
		return n
	}
	r := d.rules(n.start)
	m := r.sources.match(d.toks, n.start, n.end)         // "Enligt TT tror …"
	m = max(m, r.anaphors.match(d.toks, n.start, n.end)) // "Taką prognozę opublikował …"
	if n.start += m; !n.ok() {
		return np{} // a cue word is no part of a name
	}
	if n.kind != kent.SpeakerPerson {
		return n
	}
	roles := true
	for x := n.start; x < n.end; x++ {
		if d.lower[d.toks[x].low] {
			return np{}
		}
		roles = roles && (r.roleWords[d.toks[x].low] || r.groups[d.toks[x].low])
	}
	if roles {
		n.kind = kent.SpeakerGroup
		return n
	}
	for n.end-n.start > 2 && d.hasPlace(n.start, n.start+1) {
		n.start++ // "прем'єр-міністр Литви Андрюс Кубілюс": the title's country
	}
	if d.hasPlace(n.start, n.end) {
		return np{} // "Staatspleite Russlands": a country, its people or capital is nobody
	}
	return n
}

// nameInCommas reads a name set off by commas after the phrase that
// describes it: "Der Präsident des Berliner DIW, Marcel Fratzscher, hält",
// with the commas at k and j. The phrase before becomes the role.
func (d *doc) nameInCommas(k, j, ss int, r *rules) np {
	if k < ss || k+1 >= j || d.toks[k].text != "," || j-k-1 > 4 {
		return np{}
	}
	for x := k + 1; x < j; x++ {
		if !d.toks[x].isCap() {
			return np{}
		}
	}
	if j-k-1 < 2 || d.nameKind(k+1, j, r) != kent.SpeakerPerson || !d.hasGroupWord(ss, k, r) {
		return np{}
	}
	return np{start: k + 1, end: j, kind: kent.SpeakerPerson, role: d.roleText(ss, k, r)}
}

// resolveDescriptions gives a speaker described by one role or
// organisation word the latest named speaker it fits: "The agency said"
// after "According to Fitch", "meint der Ökonom" after "schreibt
// Holstein". Plural groups ("analysts said") stay groups: only the role
// words as the lexicon lists them (singular) are descriptions.
func (d *doc) resolveDescriptions() {
	var named []*frame
	for _, f := range d.frames {
		if f.void || f.speaker == nil {
			continue
		}
		if f.speaker.Kind != kent.SpeakerGroup {
			named = append(named, f)
			continue
		}
		words := roleHeads(f.speaker.Mention)
		r := d.rules(f.np.start)
		if len(words) == 0 || len(words) > 2 || len(words) == 2 && !r.function[words[0]] {
			continue
		}
		head := words[len(words)-1]
		org := r.orgWords[head]
		if !org && !r.roleWords[head] {
			continue
		}
		for i := len(named) - 1; i >= 0; i-- {
			p := named[i].speaker
			if d.toks[f.np.start].para-d.toks[named[i].np.start].para > 3 {
				break
			}
			if org == (p.Kind == kent.SpeakerOrganisation || !strings.Contains(p.Name, " ")) {
				sp := *p
				sp.Mention, sp.MentionSpan = f.speaker.Mention, f.speaker.MentionSpan
				f.speaker = &sp
				break
			}
		}
	}
}
