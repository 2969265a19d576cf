// Who the source of a speech event is: the cue's subject, agent or genitive, chosen by rank.

package attrib

import (
	"slices"
	"strings"
	"unicode"
)

// eventSource finds the source of cue k: a verb's or adjective's subject,
// a passive's agent, the subject of the verb a subjectless infinitive or
// conjunct hangs on; a noun's possessor or genitive, or its "von X". A
// noun cue that is a verb's object ("lehnen wir den Antrag ab") takes no
// source from that verb: its subject is seldom who made the motion.
func (d *doc) eventSource(p *sentParse, k int, r *rules, ex set) []int {
	end := p.base + len(p.words)
	var out []int
	if p.upos(k) == "NOUN" {
		for x := p.base; x < end; x++ {
			if p.head(x) != k {
				continue
			}
			switch rel := p.rel(x); {
			case rel == "nmod:poss" || rel == "det:poss" || (p.upos(x) == "DET" || p.upos(x) == "PRON") && (strings.Contains(p.feats(x), "Poss=Yes") || strings.Contains(p.feats(x), "Person=")):
				out = append(out, x) // "Ihr Antrag", "their demand": a determiner with a person is a possessive
			case rel == "nmod" && (p.genitive(x) || d.agentMarked(p, x, r) || d.originMarked(p, x, r)) && d.holderNoun(p, x, r):
				out = append(out, x) // "die Forderung der Union", "der Antrag von X", "Kritik aus der Union"; not "die Billigung von Straftaten"
			}
		}
		if len(out) == 0 {
			out = d.genitiveAfter(p, k, r)
		}
		if len(out) == 0 && len(p.children(k, "cop")) > 0 {
			// "Vi är av uppfattningen att …", "we are of the view": a
			// person the copular cue is said of holds it; a thing is
			// what is said ("Eine Fusion ist eine gefährliche Idee")
			var people []int
			for _, x := range d.personSubjects(p, p.subjects(k), r) {
				if w := d.toks[x].Low; d.agentRank(p, x) == 0 || p.upos(x) == "PRON" || r.groups.has(w) || r.roleWords.has(w) {
					people = append(people, x) // not "Eine Fusion von Deutscher Bank …", a thing with a name in it
				}
			}
			out = d.bestSubject(p, people, k)
		}
		if h := p.head(k); len(out) == 0 && h >= 0 && p.rel(k) == "obj" && r.supportVerbs[p.cueKey(h, d)] {
			out = d.bestSubject(p, p.subjects(h), k) // "Wir führen … Gespräche", "she made a statement"
		}
		if len(out) == 1 && p.upos(out[0]) == "PRON" && d.agentRank(p, out[0]) == 2 && strings.Contains(p.feats(out[0]), "Gender=Neut") {
			return nil // "Es gibt eine Antwort", "es ist eine kluge Idee": an expletive holds nothing
		}
		return out
	}
	if x := p.letSpeaker(k, d, r); x >= 0 {
		return []int{x} // "Lassen Sie mich … nennen", "let me say"
	}
	passive := d.passiveCue(p, k, r)
	if subj := p.subjects(k); !passive {
		out = d.bestSubject(p, subj, k)
	} else {
		out = d.bestSubject(p, d.personSubjects(p, subj, r), k)
	}
	if len(out) == 0 && (passive || p.passive(k)) {
		for x := p.base; x < end; x++ {
			if p.head(x) == k && (p.rel(x) == "obl:agent" || strings.HasPrefix(p.rel(x), "obl") && (d.agentMarked(p, x, r) || d.originMarked(p, x, r) && d.holderNoun(p, x, r))) {
				out = append(out, x) // "von der Kanzlerin gesagt"
			}
		}
	}
	for x, steps := k, 0; len(out) == 0 && steps < 3; steps++ {
		rel, h := p.rel(x), p.head(x)
		if h < 0 || rel != "xcomp" && rel != "conj" || p.upos(h) != "VERB" && p.upos(h) != "ADJ" {
			break
		}
		if y, ok := d.subclauseSubject(p, h, x, r); ok {
			out = []int{y} // "…, wenn er Entscheidungen ankündigt": the clause's own subject
			break
		}
		if _, cue := d.cueLemma(p, h, r, ex); cue && rel == "xcomp" {
			break // "Wir fordern, den Antrag abzulehnen": who is to reject is not said
		}
		if rel == "conj" {
			if y := d.conjunctSubject(p, x); y >= 0 {
				out = []int{y} // "…, und die Mehrheit des Hauses weiß": the conjunct's own subject
				break
			}
		}
		subj := p.subjects(h)
		if passive {
			subj = d.personSubjects(p, subj, r) // "Förslaget blev kritiserat": the thing is what is said
		}
		out, x = d.bestSubject(p, subj, k), h // "Wir müssen … wissen", "sagte und forderte"
	}
	return out
}

// bestSubject picks one of the subjects the parser gives a verb (it
// often gives two in verb-second clauses: "In dem Antrag nennen Sie
// Deutschland …"): the most agent-like, the nearest to the cue k among
// equals; words that cannot be agents (adverbs, numbers) are dropped.
func (d *doc) bestSubject(p *sentParse, xs []int, k int) []int {
	best, rank := -1, 6
	fin := p.finite(k)
	for _, x := range d.pastVocatives(p, xs) {
		if d.reflexive(x) {
			continue // "der sich dazu geäußert hat": the reflexive points back at the subject
		}
		r := 2 * d.agentRank(p, x)
		if fin >= 0 && d.disagreesFinite(p, x, fin) {
			r++ // "Ich darf Sie daran erinnern": "darf" agrees with "Ich", not with "Sie"
		}
		if fin >= 0 && d.nounForFirstOrSecond(p, x, fin) {
			r++ // "Im Koalitionsvertrag verpflichten wir uns": a noun is no "wir"
		}
		if d.vocative(p, x) {
			r += 6 // "Meine Damen und Herren, ein breites Bündnis … spricht sich … aus"
		}
		if f := p.feats(x); strings.Contains(f, "Case=") && !strings.Contains(f, "Case=Nom") {
			r++ // "spricht das Problem an": an accusative is no subject
		}
		if p.hasPrep(x) && !p.nominative(x) {
			r += 6 // "Im Koalitionsvertrag halten wir …": a prepositional phrase is no subject (a nominative is the parser's slip)
		}
		if r < rank || r == rank && best >= 0 && abs(x-k) < abs(best-k) {
			best, rank = x, r
		}
	}
	if best < 0 {
		return nil
	}
	return []int{best}
}

// timeNoun reports whether token x names a time (a month, a weekday, a
// time frame of its language) and is not part of a name ("April Ryan").
func (d *doc) timeNoun(x int) bool {
	t := d.toks[x]
	if !d.rules(x).timeNouns[t.Low] {
		return false
	}
	return !d.e.calendar[t.Low] || !d.isCap(t)
}

// noTimes drops from a source the time nouns a parse took for its head:
// "Am Donnerstag bekräftigte Paschinjan" is no Donnerstag's.
func (d *doc) noTimes(src []int) []int {
	if len(src) == 1 && d.timeNoun(src[0]) {
		return nil
	}
	return src
}

// pastVocatives adds to subjects xs the noun phrase the parse joined to
// a vocative as its conjunct: "Meine Damen und Herren, ein breites
// Bündnis … spricht sich aus" hangs "Bündnis" on "Damen", the address
// before the comma, whose ending comma the conjunct comes after.
func (d *doc) pastVocatives(p *sentParse, xs []int) []int {
	out := xs
	for _, x := range xs {
		if p.upos(x) != "NOUN" && p.upos(x) != "PROPN" || !d.vocative(p, x) {
			continue
		}
		for _, c := range p.children(x, "conj") {
			comma := false
			for t := x + 1; t < c; t++ {
				comma = comma || d.toks[t].Text == ","
			}
			if u := p.upos(c); comma && (u == "NOUN" || u == "PROPN") && !p.hasPrep(c) && len(p.children(c, "cc")) == 0 {
				if f := p.feats(c); strings.Contains(f, "Case=Dat") || strings.Contains(f, "Case=Gen") {
					break // "…, den Kollegen": an object, no subject (nominative and accusative look alike)
				}
				out = append(slices.Clone(out), c)
				break // the first after the address; the later ones are its own conjuncts
			}
		}
	}
	return out
}

// reflexive reports whether token x is a reflexive pronoun of its
// language ("sich", "się", "себя", "sig"): it points back at the subject
// and is never a source itself.
func (d *doc) reflexive(x int) bool {
	return d.rules(x).reflexives[d.toks[x].Low]
}

// finite returns the finite verb that carries verb k's agreement: k
// itself, an auxiliary on it, or the verb it is the infinitive of
// ("darf … erinnern"); -1 when there is none.
func (p *sentParse) finite(k int) int {
	for x, steps := k, 0; x >= 0 && steps < 3; steps++ {
		if strings.Contains(p.feats(x), "VerbForm=Fin") {
			return x
		}
		for _, rel := range []string{"aux", "aux:pass", "cop"} {
			for _, a := range p.children(x, rel) {
				if strings.Contains(p.feats(a), "VerbForm=Fin") {
					return a
				}
			}
		}
		if p.rel(x) != "xcomp" {
			break
		}
		x = p.head(x)
	}
	return -1
}

// disagrees reports whether pronoun x marks a person or number that the
// finite verb v does not: "Sie" (second person) is no subject of "darf"
// (first), "wir" none of "sagt". Only what both mark counts, as taggers
// leave features out more often than they get them wrong.
func (p *sentParse) disagrees(x, v int) bool {
	if p.upos(x) != "PRON" {
		return false
	}
	fx, fv := p.feats(x), p.feats(v)
	if featValue(fx, "Person=") == "2" && featValue(fx, "Number=") == "" {
		// the polite "Sie" (second person, no number) takes a plural verb
		return featValue(fv, "Number=") == "Sing"
	}
	for _, key := range []string{"Person=", "Number="} {
		a, b := featValue(fx, key), featValue(fv, key)
		if a != "" && b != "" && a != b {
			return true
		}
	}
	return false
}

// featValue is the value of one feature ("Person=") in a UD feature
// string, or "".
func featValue(feats, key string) string {
	for _, f := range strings.Split(feats, "|") {
		if v, ok := strings.CutPrefix(f, key); ok {
			return v
		}
	}
	return ""
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// agentRank ranks a would-be source: 0 a name, an acronym or a pronoun
// for people (ich, wir, Sie, er; a possessive), 1 a noun or a pronoun in
// the nominative with no gender (wer, man, jemand), 2 a neuter or
// impersonal pronoun or determiner ("das", "es", "was"), 3 no agent at
// all (an adverb, a number).
func (d *doc) agentRank(p *sentParse, x int) int {
	f := p.feats(x)
	switch p.upos(x) {
	case "PROPN":
		return 0
	case "PRON", "DET":
		if strings.Contains(f, "Poss=Yes") || strings.Contains(f, "Person=1") || strings.Contains(f, "Person=2") ||
			strings.Contains(f, "Person=3") && !strings.Contains(f, "Gender=Neut") {
			return 0
		}
		if strings.Contains(f, "Case=Nom") && !strings.Contains(f, "Gender=") && !strings.Contains(f, "Person=") {
			return 1 // "wer", "man", "jemand", "niemand": someone, as a noun is, not a thing
		}
		return 2
	case "NOUN":
		if acronym(d.toks[x].Text) {
			return 0 // "der AfD", "the EU"
		}
		return 1
	case "ADJ", "X":
		return 1
	}
	return 3
}

// acronym reports whether a word has a capital after its first letter:
// AfD, FDP, CDU/CSU, NATO.
func acronym(w string) bool {
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// phrase is the source phrase headed by x: its subtree without the cue's
// words, as one run around x that stops at punctuation; a comma is crossed
// only into an apposition ("wir, die AfD,").
func (d *doc) phrase(p *sentParse, x int, cue []int) []int {
	in := map[int]bool{}
	for _, t := range d.subtrees(p, []int{x}, cue) {
		in[t] = true
	}
	appos := func(t int) bool {
		for y := p.base; y < p.base+len(p.words); y++ {
			if p.head(y) == x && (p.rel(y) == "appos" || strings.HasPrefix(p.rel(y), "acl")) && p.under(t, y) {
				return true
			}
		}
		return false
	}
	// glued: a full stop of an abbreviation inside a name ("Dr. Michael").
	glued := func(t int) bool {
		return d.toks[t].Text == "." && t > p.base && d.toks[t-1].End == d.toks[t].Start && in[t+1] && d.toks[t+1].Word
	}
	last := p.base + len(p.words)
	b, e := x, x+1
	for b-1 >= p.base && in[b-1] && (d.toks[b-1].Word || b-2 >= p.base && (d.toks[b-1].Text == "," && appos(b-2) || glued(b-1))) {
		b--
	}
	for e < last && in[e] && (d.toks[e].Word || e+1 < last && in[e+1] && (d.toks[e].Text == "," && appos(e+1) || glued(e))) {
		e++
	}
	out := make([]int, 0, e-b)
	for t := b; t < e; t++ {
		out = append(out, t)
	}
	return out
}

// subjects are the active subjects of token h: nsubj and csubj, not an
// expletive or a passive's subject (that is what was said).
func (p *sentParse) subjects(h int) []int {
	var out []int
	for x := p.base; x < p.base+len(p.words); x++ {
		if p.head(x) == h && (p.rel(x) == "nsubj" || p.rel(x) == "csubj") {
			out = append(out, x)
		}
	}
	return out
}

// passive reports whether verb k is passive: a passive auxiliary or
// subject hangs on it.
func (p *sentParse) passive(k int) bool {
	for x := p.base; x < p.base+len(p.words); x++ {
		if p.head(x) == k && (p.rel(x) == "aux:pass" || p.rel(x) == "nsubj:pass" || p.rel(x) == "csubj:pass") {
			return true
		}
	}
	return false
}

// agentMarked reports whether nominal x carries an agent preposition
// ("von", "by", "przez") as its case marker.
func (d *doc) agentMarked(p *sentParse, x int, r *rules) bool {
	for _, c := range p.children(x, "case") {
		if r.agentPreps[d.toks[c].Low] {
			return true
		}
	}
	return false
}

func (p *sentParse) feats(t int) string { return p.words[t-p.base].Feats }

// holderNoun reports whether nominal x can hold a view: a name, acronym or
// personal pronoun, a role, group or organisation word, or a noun with a
// name in its phrase ("des Kollegen Klaus Ernst"); not "des Wortes".
func (d *doc) holderNoun(p *sentParse, x int, r *rules) bool {
	if d.agentRank(p, x) == 0 {
		return true
	}
	for _, w := range []string{d.toks[x].Low, strings.ToLower(p.words[x-p.base].Lemma)} {
		// the lemma too: "des Bundesverfassungsgerichts", "der Grünen",
		// "unseres Altkanzlers" are inflected past what the stems match
		if r.groups.has(w) || r.roleWords.has(w) || r.orgWords[w] || endsIn(w, r.orgWords) ||
			compoundOf(w, r.roleWords) || compoundOf(w, r.orgWords) {
			return true
		}
	}
	for y := p.base; y < p.base+len(p.words); y++ {
		if p.head(y) == x && p.upos(y) == "PROPN" {
			return true
		}
	}
	return false
}

// compoundOf reports whether w is a compound whose last part is one of
// heads: "Bundesinnenminister", "Oberbürgermeister" end in a role,
// "Weltklimarat", "Außenamt" in an organisation word too short for
// endsIn. The first part must be a word of its own (three letters at
// least), so "Apparat" and "Gesamt" are no compounds of "rat", "amt".
func compoundOf(w string, heads set) bool {
	for o := range heads {
		if len(o) >= 3 && o[0] != '~' && len(w) >= len(o)+4 && strings.HasSuffix(w, o) {
			return true
		}
	}
	return false
}

// genitive reports whether nominal x is in the genitive, by its own
// features or its determiner's ("der AfD").
func (p *sentParse) genitive(x int) bool {
	if strings.Contains(p.feats(x), "Case=Gen") {
		return true
	}
	for _, c := range p.children(x, "det") {
		if strings.Contains(p.feats(c), "Case=Gen") {
			return true
		}
	}
	return false
}

// hasPrep reports whether nominal x carries a preposition as its case
// marker.
func (p *sentParse) hasPrep(x int) bool {
	for _, c := range p.children(x, "case") {
		if p.upos(c) == "ADP" {
			return true
		}
	}
	return false
}

// genitiveAfter finds the holder in the genitive right after noun cue k
// when the parser hung it elsewhere ("den Antrag der AfD", "eine Frage
// des Kollegen Klaus Ernst"): a genitive determiner, up to two
// modifiers, and a holder noun with the names after it.
func (d *doc) genitiveAfter(p *sentParse, k int, r *rules) []int {
	end := p.base + len(p.words)
	j := k + 1
	if j >= end || p.upos(j) != "DET" || !strings.Contains(p.feats(j), "Case=Gen") {
		return nil
	}
	for y := j + 1; y < end && y <= j+3 && d.toks[y].Word; y++ {
		if u := p.upos(y); u != "NOUN" && u != "PROPN" {
			continue
		}
		if !d.holderNoun(p, y, r) && !d.holderNoun(p, y+min(1, end-1-y), r) ||
			d.agentRank(p, y) > 0 && strings.Contains(p.feats(y), "Case=") && !strings.Contains(p.feats(y), "Case=Gen") {
			return nil // "hat das Wort der Kollege …": a common noun in another case is no genitive
		}
		return []int{y}
	}
	return nil
}

// letSpeaker returns the pronoun a causative lets speak through cue k, or
// -1: "Lassen Sie mich fünf Punkte nennen" is said by "mich", not by
// "Sie"; "let us be clear", "låt mig säga". A neuter ("lass es sein") or
// the addressee is no speaker.
func (p *sentParse) letSpeaker(k int, d *doc, r *rules) int {
	h := p.head(k)
	if h < 0 || p.rel(k) != "xcomp" || !r.causatives[p.cueKey(h, d)] {
		return -1
	}
	for x := p.base; x < p.base+len(p.words); x++ {
		if p.head(x) != h || p.upos(x) != "PRON" || strings.Contains(p.feats(x), "Gender=Neut") || strings.Contains(p.feats(x), "Person=2") {
			continue
		}
		if rel := p.rel(x); rel == "obj" || rel == "iobj" || strings.HasPrefix(rel, "obl") {
			return x
		}
	}
	return -1
}
