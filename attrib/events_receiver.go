// Cues whose subject is not who speaks: the hearer or reader of what is
// said ("Ich habe von X gehört, dass …") and the subject that is what is
// known ("Die Antwort lautet: …", "Das ist uns bekannt").

package attrib

import (
	"slices"
	"strings"
)

// receiverRoles reads a reception cue (hören, lesen; lexicon
// reception_lemmas): its subject received what was said and is the
// addressee; its source is who was heard, the "von X" agent ("was ich vom
// Staatssekretär gehört habe") or a person heard as the object ("Ich habe
// niemand aus Ihrer Fraktion gehört, der …"); any other object is what
// was heard. src and msg are what the subject rules found.
func (d *doc) receiverRoles(p *sentParse, k int, src, msg []int, r *rules) (source, addr, message []int) {
	addr = src
	for x := p.base; x < p.base+len(p.words) && len(source) == 0; x++ {
		if rel := p.rel(x); p.head(x) == k && (strings.HasPrefix(rel, "obl") || rel == "nmod") && d.agentMarked(p, x, r) && d.holderNoun(p, x, r) {
			source = append(source, x) // "vom Staatssekretär gehört"
		}
	}
	for x := p.base; x < p.base+len(p.words) && len(source) == 0; x++ {
		// a fronted object before the subject is what was heard ("Was ich … gehört habe")
		// and the parse may give the heard person as a second subject
		if rel := p.rel(x); p.head(x) == k && (rel == "obj" || rel == "nsubj" && !slices.Contains(addr, x)) && d.heardPerson(p, x) && (len(addr) == 0 || x > addr[0]) {
			source = append(source, x) // "niemand gehört, der …"
		}
	}
	message = slices.DeleteFunc(slices.Clone(msg), func(x int) bool { return slices.Contains(source, x) || slices.Contains(addr, x) })
	return source, addr, message
}

// heardPerson reports whether object x of a reception cue is a person
// heard rather than a thing: a name, a personal pronoun other than a
// neuter one, or a pronoun for people with no gender ("niemand", "jemand").
func (d *doc) heardPerson(p *sentParse, x int) bool {
	if d.reflexive(x) || d.agentRank(p, x) > 1 {
		return false
	}
	switch p.upos(x) {
	case "PROPN":
		return true
	case "PRON":
		return !strings.Contains(p.feats(x), "Gender=Neut")
	}
	return false
}

// messageSubject reports whether cue k's subject is what is said or known
// (lexicon message_subjects: "lauten", "bekannt"), by its lemma key or,
// for an adjective the tagger lemmatizes as a verb ("bekannt" as
// "bekennen"), its form.
func (d *doc) messageSubject(p *sentParse, k int, key string, r *rules) bool {
	if r.messageSubjects[key] {
		return true
	}
	return p.upos(k) == "ADJ" && r.messageSubjects[d.toks[k].Low]
}

// knownRoles reads a cue whose subject is what is said: the subject joins
// the message (unless the message already holds a clause or the subject is
// a relative pronoun's antecedent noun), and the source is a dative that
// holds the knowledge ("war der Fraktion bewusst", "ist uns bekannt").
func (d *doc) knownRoles(p *sentParse, k int, src, msg []int) (source, message []int) {
	message = msg
	for _, x := range append(p.subjects(k), src...) {
		if !slices.Contains(message, x) && !d.reflexive(x) {
			message = append(message, x)
		}
	}
	for x := p.base; x < p.base+len(p.words); x++ {
		if p.head(x) != k || p.hasPrep(x) || slices.Contains(message, x) {
			continue
		}
		if rel := p.rel(x); rel != "iobj" && rel != "obj" && rel != "obl" && rel != "nmod" {
			continue
		}
		if p.dative(x) && d.agentRank(p, x) <= 1 {
			source = append(source, x)
			break
		}
	}
	return source, message
}

// dative reports whether nominal x is in the dative by its own features
// or its determiner's.
func (p *sentParse) dative(x int) bool {
	if strings.Contains(p.feats(x), "Case=Dat") {
		return true
	}
	for _, c := range p.children(x, "det") {
		if strings.Contains(p.feats(c), "Case=Dat") {
			return true
		}
	}
	return false
}

// carried reports whether verb k, a cue that reports speech only through
// a cue noun or a clause (lexicon bound_cues: "stellen", "teilen",
// "finden", "halten"), has one among its dependents: "stellt sich die
// Frage", "stellt den Antrag infrage" (a noun cue or a carrier word),
// "Ich finde, dass …" (a clause), "halte das für falsch" (a carrier
// preposition), and for a cue that judges (lexicon predicate_cues:
// "finden", "halten") a predicate adjective: "finde das gut".
func (d *doc) carried(p *sentParse, k int, key string, r *rules, ex set) bool {
	for x := p.base; x < p.base+len(p.words); x++ {
		if p.head(x) != k {
			continue
		}
		switch p.rel(x) {
		case "ccomp", "csubj", "parataxis":
			return true
		}
		if _, cue := d.cueLemma(p, x, r, ex); cue || r.boundCarriers[d.toks[x].Low] {
			return true
		}
		if p.upos(x) == "ADJ" && x != k && r.predicateCues[key] {
			return true // "Das finde ich gut", "finden das beunruhigend": a judgement
		}
		for _, c := range p.children(x, "case") {
			if r.boundCarriers[d.toks[c].Low] {
				return true // "für falsch halten", "halten von"
			}
		}
	}
	// the parse often hangs a predicate adjective elsewhere ("Wir finden
	// das widerlich", "halten … für richtig"): any in the cue's clause
	// that modifies no noun counts
	if !r.predicateCues[key] {
		return false
	}
	if strings.Contains(p.feats(k), "VerbForm=Fin") {
		// "Ich finde, das ist …", "…, finde ich, …", "wie ich finde,":
		// a finite judging verb whose clause ends after its pronoun
		j := k + 1
		if j < p.base+len(p.words) && p.upos(j) == "PRON" {
			j++
		}
		if j < p.base+len(p.words) && d.toks[j].Text == "," {
			return true
		}
	}
	b, e := d.clauseAround(p, k)
	for t := b; t < e; t++ {
		if t != k && p.upos(t) == "ADJ" && p.rel(t) != "amod" {
			return true
		}
	}
	return false
}
