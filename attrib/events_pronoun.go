// A pronoun in the cue's own clause as its source, when the parse gave none.

package attrib

import "strings"

// clausePronoun finds the source of verb or adjective cue k when neither
// the parse nor its fallbacks gave one: a pronoun in the nominative that
// stands for someone ("ich", "wir", "Sie", "man", "jeder", "wer") in the
// cue's own clause, the words between the nearest commas, colons, dashes
// or brackets on either side. Speeches and interviews say most of what
// they report in the first and second person, and a small parser often
// hangs those pronouns on the wrong verb ("Ich darf Sie daran erinnern",
// "Wir Grünen begrüßen, dass …", "… müssen wir zur Kenntnis nehmen").
// A pronoun that disagrees with the clause's finite verb is no subject
// ("Ich fordere Sie auf": not "Sie"); of the rest the nearest to the cue
// holds, the one before it among equals.
func (d *doc) clausePronoun(p *sentParse, k int, cue []int) []int {
	b, e := d.clauseAround(p, k)
	fin := -1
	for t := b; t < e; t++ {
		if u := p.upos(t); (u == "VERB" || u == "AUX") && strings.Contains(p.feats(t), "VerbForm=Fin") {
			if fin < 0 || abs(t-k) < abs(fin-k) {
				fin = t
			}
		}
	}
	best := -1
	for t := b; t < e; t++ {
		if t == k || inInts(cue, t) || !d.pronounSubject(p, t) {
			continue
		}
		if fin >= 0 && fin != t && d.disagreesFinite(p, t, fin) {
			continue
		}
		if best < 0 || abs(t-k) < abs(best-k) {
			best = t
		}
	}
	if best < 0 {
		return nil
	}
	return []int{best}
}

// clauseAround returns the tokens [b, e) of the stretch of sentence p
// around token k that no comma, semicolon, colon, dash or bracket breaks.
func (d *doc) clauseAround(p *sentParse, k int) (int, int) {
	stop := func(t int) bool {
		switch d.toks[t].Text {
		case ",", ";", ":", "-", "–", "—", "(", ")", "?", "!":
			return true
		}
		return false
	}
	b, e := k, k+1
	for b > p.base && !stop(b-1) {
		b--
	}
	for e < p.base+len(p.words) && !stop(e) {
		e++
	}
	return b, e
}

// pronounSubject reports whether token t is a pronoun that can be a
// clause's speaking subject: in the nominative, for a person (first,
// second or a gendered third person) or for anyone ("man", "wer",
// "jeder", "niemand", "viele"), with no preposition before it; never a
// noun's determiner ("Diese Abkommen"), a reflexive, a neuter ("es",
// "das") or a relative pronoun inside its clause.
func (d *doc) pronounSubject(p *sentParse, t int) bool {
	u := p.upos(t)
	if u != "PRON" && !(u == "DET" && p.rel(t) != "det" && p.rel(t) != "det:poss" && !p.onNoun(t)) || d.reflexive(t) {
		return false
	}
	f := p.feats(t)
	if !strings.Contains(f, "Case=Nom") || strings.Contains(f, "Gender=Neut") || strings.Contains(f, "Poss=Yes") || d.agentRank(p, t) > 1 {
		return false
	}
	if t > p.base && p.upos(t-1) == "ADP" {
		return false // "von uns", "mit Ihnen"
	}
	if strings.Contains(f, "PronType=Rel") || d.rules(t).relatives[d.toks[t].Low] && !strings.Contains(f, "Person=") {
		return false // "die", "der": a relative or a demonstrative, not a person's pronoun
	}
	return true
}

// disagreesFinite is disagrees for a surface candidate: a plural verb
// ("fordern", "haben") has one form for the first and third person, so
// only its number counts.
func (d *doc) disagreesFinite(p *sentParse, x, v int) bool {
	if featValue(p.feats(v), "Number=") == "Plur" {
		n := featValue(p.feats(x), "Number=")
		return n == "Sing"
	}
	return p.disagrees(x, v)
}

func inInts(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// nounForFirstOrSecond reports whether x, a noun or name, is offered as
// the subject of a finite verb v in the first or second person: a noun
// is in the third ("wollte ich eigentlich Reinhold Robbe begrüßen" is
// said by "ich"). A verb tagged so in error costs only a rank.
func (d *doc) nounForFirstOrSecond(p *sentParse, x, v int) bool {
	if u := p.upos(x); u != "NOUN" && u != "PROPN" {
		return false
	}
	per := featValue(p.feats(v), "Person=")
	return per == "1" || per == "2"
}

// supportClause reports whether noun cue k stands in a clause whose only
// full verbs are support verbs of its language ("Ich habe den Eindruck",
// "bin der Auffassung", "müssen … zur Kenntnis nehmen", "machen Ihnen
// Vorschläge"): the subject of such a clause holds the view the noun
// names. A clause with another full verb ("Wir haben den Antrag
// gelesen") says nothing of who made the motion.
func (d *doc) supportClause(p *sentParse, k int, r *rules) bool {
	if len(r.supportVerbs) == 0 {
		return false
	}
	b, e := d.clauseAround(p, k)
	support, aux := false, false
	for t := b; t < e; t++ {
		u := p.upos(t)
		if t == k || u != "VERB" && u != "AUX" {
			continue
		}
		switch {
		case r.supportVerbs[p.cueKey(t, d)]: // with its particle: "führen … ein" is no "führen"
			support = true
		case u == "VERB":
			return false
		default:
			aux = aux || strings.Contains(p.feats(t), "VerbForm=Fin")
		}
	}
	// "haben" and "sein" alone ("Ich habe den Eindruck, dass …", "bin der
	// Auffassung, dass …") make a holder only with the view's clause after
	// the noun: "Wir haben Anträge" and "Das sind Fragen" hold nothing
	return support || aux && len(d.afterCue(p, k, p.base+len(p.words), r)) > 0
}

// onNoun reports whether token t hangs on a noun.
func (p *sentParse) onNoun(t int) bool {
	h := p.head(t)
	return h >= 0 && (p.upos(h) == "NOUN" || p.upos(h) == "PROPN")
}

// pronounTail widens the source phrase ph of pronoun x over what the
// parse hung elsewhere but a speaker says of themselves right after the
// pronoun: a floating quantifier ("wir alle", "Sie alle": a plural
// determiner with no noun after it) and a role ("wir als Union", "wir
// als Freie Demokraten": a role preposition of the language and its noun
// phrase, to the next punctuation or verb).
func (d *doc) pronounTail(p *sentParse, x int, ph []int, r *rules) []int {
	if p.upos(x) != "PRON" || len(ph) == 0 || ph[len(ph)-1] != x {
		return ph
	}
	end := p.base + len(p.words)
	e := x + 1
	noun := func(t int) bool {
		u := p.upos(t)
		return u == "NOUN" || u == "PROPN" || u == "ADJ" || u == "NUM" || u == "DET"
	}
	if e < end && p.upos(e) == "DET" && featValue(p.feats(e), "Number=") == "Plur" &&
		!strings.Contains(p.feats(e), "Poss=Yes") && (e+1 >= end || !noun(e+1)) && !d.reflexive(e) {
		ph = append(ph, e) // "wir alle"
		e++
	}
	if e+1 < end && r.rolePreps[d.toks[e].Low] && noun(e+1) {
		t, seen := e+1, false
		for t < end && d.toks[t].Word && noun(t) {
			if u := p.upos(t); seen && u == "DET" && !strings.Contains(p.feats(t), "Case=Gen") {
				break // "Sie als Kollegin … den Koalitionsvertrag": a new phrase
			} else if u == "NOUN" || u == "PROPN" {
				seen = true
			}
			t++
		}
		if last := t - 1; p.upos(last) == "NOUN" || p.upos(last) == "PROPN" {
			for y := e; y < t; y++ {
				ph = append(ph, y) // "wir als Freie Demokraten"
			}
		}
	}
	return ph
}
