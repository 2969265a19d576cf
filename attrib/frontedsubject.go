package attrib

import (
	"strings"

	"github.com/kentnews/kent"
)

// frontedReach is how many words a phrase fronted before the verb may have
// in a sentence whose subject follows the verb: "Im Parlament machte",
// "Auf der Pressekonferenz in Berlin sagte".
const frontedReach = 6

// frontedSubject reads the person named right after the verb of a
// verb-second sentence that opens with a prepositional phrase ("Im
// Parlament machte Nikol Paschinjan die Opposition verantwortlich", "I
// riksdagen kritiserade Anna Berg …"): the subject, which a later "er",
// "sie", "han" or "hon" stands for. Only a full name whose first word is a
// given name or whose surname the article writes again counts, after any
// role words, so a place or a noun after the verb is never taken for it. It returns the name's token range, or
// (-1, -1).
func (d *doc) frontedSubject(ss, se int, r *rules) (int, int) {
	if !r.verbSecond || ss >= se || !d.toks[ss].Word || !r.function[d.toks[ss].Low] || r.determiners[d.toks[ss].Low] || r.conj[d.toks[ss].Low] || r.pronouns[d.toks[ss].Low] {
		// Only a phrase with a preposition ("Im", "Auf", "I") is fronted;
		// "Die Bank kritisierte Anna Berg" opens with its subject.
		return -1, -1
	}
	v := -1
	for k := ss + 1; k < se && k <= ss+frontedReach; k++ {
		t := d.toks[k]
		if !t.Word || d.inQuote[k] >= 0 || r.pronouns[t.Low] {
			return -1, -1 // a comma or quote: the fronted phrase is a clause of its own
		}
		if !d.isCap(t) && !r.function[t.Low] {
			v = k // the first lower-case word that is no function word: the verb
			break
		}
	}
	if v < 0 {
		return -1, -1
	}
	i := v + 1
	for i < se && d.toks[i].Word && !d.isCap(d.toks[i]) && r.articles[d.toks[i].Low] {
		i++
	}
	for i < se && d.toks[i].Word && r.roleWords.has(d.toks[i].Low) {
		i++ // "sagte Regierungschef Nikol Paschinjan"
	}
	j := d.nameRun(i, se)
	b := d.stripTitles(i, j, r)
	if j-b == 1 && d.nameKind(b, j, r) == kent.SpeakerPerson && d.reg.known(b) {
		return b, j // "Im Parlament machte Paschinjan …": a surname the article gave in full
	}
	if j-b < 2 || j-b > 4 || d.nameKind(b, j, r) != kent.SpeakerPerson || d.hasPlace(b, j) {
		return -1, -1
	}
	if !d.e.first[d.toks[b].Low] && strings.Count(d.a.Text, d.toks[j-1].Text) < 2 {
		// Neither a known given name nor a surname the article writes
		// again: perhaps no person at all.
		return -1, -1
	}
	return b, j
}
