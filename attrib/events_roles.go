package attrib

import (
	"slices"
	"strings"
)

// Roles the parse leaves out. The parser often hangs a reported clause
// on the comma before it ("Sie sagen, das sei …" parses "das" as
// punctuation), takes a fronted object for a second subject ("das Sie
// angekündigt haben"), or makes a copula's noun the head ("X ist eine
// gefährliche Idee"). These fallbacks read the surface and the copula
// around a cue, and run only where the parse gave the cue no message.

// fallbackMessage returns the message tokens of cue k when eventMessage
// found none, and whether they are a clause.
func (d *doc) fallbackMessage(p *sentParse, k int, src []int, r *rules) ([]int, bool) {
	end := p.base + len(p.words)
	if p.upos(k) == "NOUN" {
		if xs := p.copulaMessage(k); len(xs) > 0 && (len(src) == 0 || !slices.Contains(xs, src[0])) {
			return xs, p.isClause(xs)
		}
	} else {
		// a second subject before the cue that the source did not take:
		// "das Sie angekündigt haben", "Das verstehen die Menschen": a
		// fronted object, what is said
		for _, x := range p.subjects(k) {
			if len(src) > 0 && x != src[0] && x < k && d.agentRank(p, x) < 3 && !p.under(src[0], x) {
				return p.subtreeOf(x, k), false
			}
		}
	}
	if ts := d.afterCue(p, k, end, r); len(ts) > 0 {
		return ts, true
	}
	return nil, false
}

// subtreeOf lists the tokens under x in order, leaving out cue k's own.
func (p *sentParse) subtreeOf(x, k int) []int {
	var out []int
	for t := p.base; t < p.base+len(p.words); t++ {
		if t != k && p.under(t, x) && !p.underAny(t, x, []int{k}) {
			out = append(out, t)
		}
	}
	return out
}

// copulaMessage reads a noun cue in a copular clause: its subject when the
// noun is the predicate ("Eine Fusion … ist eine gefährliche Idee"), the
// predicate when the noun is the subject ("Die richtige Antwort ist …",
// "Die Rede ist von …").
func (p *sentParse) copulaMessage(k int) []int {
	if len(p.children(k, "cop")) > 0 {
		for _, x := range p.subjects(k) {
			return p.subtreeOf(x, k)
		}
		return nil
	}
	h := p.head(k)
	if h < 0 || !strings.HasPrefix(p.rel(k), "nsubj") || len(p.children(h, "cop")) == 0 || p.upos(h) != "NOUN" && p.upos(h) != "PROPN" && p.upos(h) != "PRON" {
		return nil
	}
	var out []int
	for t := p.base; t < p.base+len(p.words); t++ {
		if p.under(t, h) && !p.under(t, k) && p.rel(t) != "cop" && !(p.head(t) == h && p.rel(t) == "advmod" && p.upos(t) == "PART") {
			out = append(out, t)
		}
	}
	return out
}

// afterCue reads a reported clause that follows the cue's own words past
// a colon ("ich frage: Warum …?", "der äußerte: …") or a comma ("Sie
// sagen, das sei …", "ich denke, in einem sind wir uns einig", "stellen
// … fest, dass …"): the rest of the sentence. After a comma the clause
// must open with a complementizer or subordinator, or hold a finite verb
// before the next punctuation, so that a vocative ("…, Frau
// Präsidentin,") or a list is not taken; after a noun cue it must open
// with a complementizer, subordinator or question word.
func (d *doc) afterCue(p *sentParse, k, end int, r *rules) []int {
	j := k + 1
	for _, c := range p.children(k, "compound:prt") {
		if c >= j {
			j = c + 1 // "stellen … fest, dass"
		}
	}
	words := 0
	for ; j < end && d.toks[j].Word; j++ {
		if u := p.upos(j); u == "VERB" || r.complementizers[d.toks[j].Low] || words > 6 {
			return nil
		}
		words++
	}
	if j+1 >= end || d.toks[j].Text != ":" && d.toks[j].Text != "," {
		return nil
	}
	if p.upos(k) == "NOUN" && d.toks[j].Text == "," && words > 0 {
		return nil // "das Gesetz im Kern dazu, dass …": the clause is the verb's
	}
	first := j + 1
	for first < end && !d.toks[first].Word {
		first++ // an opening quote mark
	}
	if first >= end {
		return nil
	}
	if d.toks[j].Text == "," {
		opener := r.complementizers[d.toks[first].Low] || p.upos(first) == "SCONJ"
		switch {
		case opener:
		case p.upos(k) == "NOUN":
			if u := p.upos(first); u != "ADV" && u != "PRON" || !d.finiteBefore(p, first, end) {
				return nil
			}
		case p.upos(first) == "CCONJ" || !d.finiteBefore(p, first, end):
			return nil
		}
	}
	out := make([]int, 0, end-first)
	for t := first; t < end; t++ {
		out = append(out, t)
	}
	return out
}

// finiteBefore reports whether a finite verb comes between token from and
// the next punctuation mark.
func (d *doc) finiteBefore(p *sentParse, from, end int) bool {
	for t := from; t < end && (d.toks[t].Word || t == from); t++ {
		if u := p.upos(t); (u == "VERB" || u == "AUX") && strings.Contains(p.feats(t), "VerbForm=Fin") {
			return true
		}
	}
	return false
}

// modalPassive reports whether verb cue k is a modal passive ("ist zu
// begrüßen", "is to be welcomed"): an infinitive with an infinitive marker
// and an auxiliary of its own, whose subject is what is said, not who
// says it.
func (p *sentParse) modalPassive(k int) bool {
	if !strings.Contains(p.feats(k), "VerbForm=Inf") {
		return false
	}
	mark := false
	for _, c := range p.children(k, "mark") {
		mark = mark || p.upos(c) == "PART"
	}
	return mark && (len(p.children(k, "aux")) > 0 || len(p.children(k, "cop")) > 0)
}

// vocative reports whether nominal x stands set off by commas at the
// opening of its clause ("Meine Damen und Herren, …", "Herr Middelberg,
// ich frage …"): whom the speaker addresses, not who speaks. A phrase that
// crosses a comma into a relative clause or apposition ("Die Grünen, die
// …,") is no vocative.
func (d *doc) vocative(p *sentParse, x int) bool {
	ph := d.phrase(p, x, nil)
	if len(ph) == 0 || p.upos(x) == "PRON" {
		return false
	}
	for i, t := range ph {
		// "Herr Brunner, Sie haben argumentiert, …": a clause the parser
		// hung on the name that opens with a personal pronoun, not a
		// relative one, is the next clause, not the name's
		if t > x && d.toks[t].Text == "," && i+1 < len(ph) && p.upos(ph[i+1]) == "PRON" && !d.rules(t).relatives[d.toks[ph[i+1]].Low] &&
			strings.Contains(p.feats(ph[i+1]), "Person=") {
			ph = ph[:i]
			break
		}
	}
	b, e := ph[0], ph[len(ph)-1]+1
	for t := b; t < e; t++ {
		if !d.toks[t].Word {
			return false
		}
	}
	left := b == p.base || d.toks[b-1].Text == "," || d.toks[b-1].Text == "-" || d.toks[b-1].Text == "–"
	return left && e < p.base+len(p.words) && d.toks[e].Text == ","
}

// looseSource finds the source of verb cue k when the parse gave it no
// subject: a name or personal pronoun hanging on the cue by another
// relation, with no preposition of its own and not in an oblique case
// ("Wie Frau Weisgerber erwähnt hat" parses the name as an oblique).
func (d *doc) looseSource(p *sentParse, k int) []int {
	for x := p.base; x < p.base+len(p.words); x++ {
		if p.head(x) != k || d.agentRank(p, x) != 0 || p.upos(x) == "DET" || d.reflexive(x) {
			continue
		}
		switch rel := p.rel(x); {
		case strings.HasPrefix(rel, "obl"), rel == "dep":
		default:
			continue
		}
		if f := p.feats(x); strings.Contains(f, "Case=Acc") || strings.Contains(f, "Case=Dat") && p.upos(x) != "PROPN" || strings.Contains(f, "Case=Gen") {
			continue
		}
		prep := false
		for _, c := range p.children(x, "case") {
			prep = prep || p.upos(c) == "ADP"
		}
		if !prep && !d.vocative(p, x) {
			return []int{x}
		}
	}
	return nil
}

// nominative reports whether nominal x is in the nominative by its own
// features or its determiner's.
func (p *sentParse) nominative(x int) bool {
	if strings.Contains(p.feats(x), "Case=Nom") {
		return true
	}
	for _, c := range p.children(x, "det") {
		if strings.Contains(p.feats(c), "Case=Nom") {
			return true
		}
	}
	return false
}

// relativeSource reports whether x is a relative pronoun opening the cue's
// clause after a comma ("…, der äußerte"), which stands for the noun
// before it and so for a speaker.
func (d *doc) relativeSource(p *sentParse, x int, r *rules) bool {
	return x > p.base && d.toks[x-1].Text == "," && r.relatives[d.toks[x].Low]
}

// notMessage reports whether x, a dependent the parse offers as a cue's
// message, cannot be one: a first- or second-person pronoun ("freue mich",
// "frage mich") is who feels or is asked, and a relative clause on a noun
// cue ("die Vorschläge, die Sie machen") says which, not what.
func (d *doc) notMessage(p *sentParse, x int, r *rules) bool {
	if f := p.feats(x); p.upos(x) == "PRON" && (strings.Contains(f, "Person=1") || strings.Contains(f, "Person=2")) || d.reflexive(x) {
		return true
	}
	if p.rel(x) == "acl" {
		first := x
		for t := p.base; t < x; t++ {
			if p.under(t, x) && d.toks[t].Word {
				first = t
				break
			}
		}
		return d.relativeSource(p, first, r)
	}
	return false
}

// nominativeSource finds the source of verb cue k when the parse gave it
// none: a noun phrase on the cue, or the first word of its clause, that
// its case marks as a subject though the parse called it something else
// ("bekennt die Koalition sich", where the noun reads as an object but
// its article is nominative; "Chefärzte beklagen", a capitalised noun
// tagged as a verb). A noun is a source only if it may hold a view.
func (d *doc) nominativeSource(p *sentParse, k int) []int {
	r := d.rules(k)
	for x := p.base; x < p.base+len(p.words); x++ {
		if p.head(x) != k || d.reflexive(x) || p.hasPrep(x) || d.vocative(p, x) {
			continue
		}
		if rel := p.rel(x); rel != "obj" && rel != "dep" && rel != "obl" && rel != "nmod" {
			continue
		}
		u := p.upos(x)
		if u != "NOUN" && u != "PROPN" || !p.nominativeDet(x) || !d.holderNoun(p, x, r) {
			continue
		}
		return []int{x}
	}
	if len(p.children(k, "ccomp")) > 0 {
		// "Jetzt haben Gerichte entschieden, dass …": with the clause as
		// what is said, a holder noun the parse made an object is who says it
		for _, x := range p.children(k, "obj") {
			if u := p.upos(x); (u == "NOUN" || u == "PROPN") && !p.hasPrep(x) && !d.vocative(p, x) && d.holderNoun(p, x, r) {
				return []int{x}
			}
		}
	}
	if h := p.head(k); h >= 0 && h == p.base && h < k && p.rel(k) == "xcomp" && p.upos(h) == "VERB" &&
		strings.Contains(p.feats(h), "Case=Nom") && d.toks[h].Text != d.toks[h].Low && r.nounsCapitalised {
		return []int{h} // "Chefärzte beklagen …": a verb has no case; this is a noun
	}
	return nil
}

// nominativeDet reports whether nominal x has a determiner in the
// nominative and none in another case: the article tells the case where
// the noun's own reading is wrong.
func (p *sentParse) nominativeDet(x int) bool {
	nom := false
	dets := p.children(x, "det")
	if len(dets) == 0 {
		return strings.Contains(p.feats(x), "Case=Nom") // "Премьер" where no article tells
	}
	for _, c := range dets {
		f := p.feats(c)
		if !strings.Contains(f, "Case=") {
			continue
		}
		if !strings.Contains(f, "Case=Nom") {
			return false
		}
		nom = true
	}
	return nom
}

// passiveCue reports whether participle cue k is passive: the parse
// marks a passive auxiliary on it, or it has (or hangs on) an auxiliary
// that makes participles passive ("ist gefordert",
// "jest powiedziane", "är sagt"). Its subject is what is said.
func (d *doc) passiveCue(p *sentParse, k int, r *rules) bool {
	for _, a := range p.children(k, "aux:pass") {
		if d.sameClause(min(a, k), max(a, k)) {
			return true // "wurde … kritisiert", whatever the tagger made of the participle
		}
	}
	if f := p.feats(k); !strings.Contains(f, "VerbForm=Part") && !strings.Contains(f, "VerbForm=Sup") {
		return false // "werden" with an infinitive is a future
	}
	if h := p.head(k); h >= 0 && p.rel(k) == "xcomp" && r.passiveAux[strings.ToLower(p.words[h-p.base].Lemma)] {
		return true // "blev kritiserat": the auxiliary parsed as the main verb
	}
	for _, rel := range []string{"aux", "cop"} {
		for _, c := range p.children(k, rel) {
			if r.passiveAux[strings.ToLower(p.words[c-p.base].Lemma)] {
				return true
			}
		}
	}
	return false
}

// personSubjects keeps the subjects of a passive cue that stand for people
// ("ich bin informiert", "ich bin überzeugt", "jag är övertygad" whose
// pronoun a tagger may give a gender but no person, "die Regierung ist
// verpflichtet"): those hold the
// state the participle tells; a thing there ("Diese Stärke ist gefordert")
// is what is said.
func (d *doc) personSubjects(p *sentParse, xs []int, r *rules) []int {
	var out []int
	for _, x := range xs {
		f := p.feats(x)
		pron := (p.upos(x) == "PRON" || p.upos(x) == "DET") && strings.Contains(f, "Gender=") && !strings.Contains(f, "Gender=Neut")
		if (d.agentRank(p, x) == 0 || pron) && !d.reflexive(x) || p.upos(x) == "NOUN" && d.holderNoun(p, x, r) {
			out = append(out, x)
		}
	}
	return out
}

// sameClause reports whether no colon, semicolon or dash stands between
// tokens i and j: an auxiliary the parser hung across one ("stellt man
// fest: … werden") is not the cue's.
func (d *doc) sameClause(i, j int) bool {
	for t := i + 1; t < j; t++ {
		switch d.toks[t].Text {
		case ":", ";", "-", "–", "—":
			return false
		}
	}
	return true
}
