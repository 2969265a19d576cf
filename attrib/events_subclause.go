// The subject of a verb in an adverbial clause the parse joined to the clause before.

package attrib

import "strings"

// subclauseSubject reads a conjunct or complement verb x whose clause opens with a
// subordinator after its head h ("…, folgt der Präsident, wenn er
// Entscheidungen ankündigt", "… und weil Opfer das stärker empfinden"):
// the parse often joins such a clause to the one before as a conjunct,
// and the conjunct would take that clause's subject. A subordinate
// clause has its own, right after the subordinator. It returns whether
// x is in such a clause, and that subject; a subordinator with no
// subject after it ("and, when asked, added") proves nothing.
// The clause must reach x with no finite verb of another clause in
// between ("sagte, dass er kommt, und forderte" is a main conjunct).
func (d *doc) subclauseSubject(p *sentParse, h, x int, r *rules) (int, bool) {
	sub := -1
	for t := x - 1; t > h; t-- {
		if u := p.upos(t); (u == "VERB" || u == "AUX") && strings.Contains(p.feats(t), "VerbForm=Fin") && p.head(t) != x {
			return -1, false // a clause of its own between the subordinator and the verb
		}
		if r.subordinators[d.toks[t].Low] {
			sub = t
			break
		}
	}
	if sub < 0 {
		return -1, false
	}
	for t := sub + 1; t < x; t++ {
		if !d.toks[t].Word {
			break
		}
		switch p.upos(t) {
		case "DET", "ADJ", "NUM", "ADV", "PART":
			continue // "wenn auch die Kollegen", "weil viele Bürger"
		case "PRON":
			if f := p.feats(t); !d.reflexive(t) && d.agentRank(p, t) < 2 && (!strings.Contains(f, "Case=") || strings.Contains(f, "Case=Nom")) {
				return t, true
			}
		case "NOUN", "PROPN":
			if f := p.feats(t); !p.hasPrep(t) && (!strings.Contains(f, "Case=") || strings.Contains(f, "Case=Nom") || p.nominativeDet(t)) {
				return t, true
			}
		}
		break
	}
	return -1, false // "…, and when asked, added": no subject after it, so perhaps not the verb's clause
}
