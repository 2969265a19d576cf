// Who speaks through an infinitive clause: the subject of the verb it depends on.

package attrib

import "strings"

// A German or Dutch infinitive with its marker ("…, einer Anhörung
// zuzustimmen", "…, eine Minute länger zu reden", "…, om te zeggen")
// never has a subject of its own: who speaks is the subject of the verb
// the clause depends on ("wenn Sie sich nicht trauen, … zuzustimmen",
// "dass jeder Redner versucht, … zu reden"). After a comma the parser
// often hangs such a clause on the wrong verb and takes one of its
// objects, a dative or a measure ("30 Sekunden"), for its subject; the
// clause's own words are never its source.

// controlledInfinitive reports whether verb cue k is an infinitive with
// its marker that opens after a comma, and returns the first token of its
// clause (after the comma).
func (d *doc) controlledInfinitive(p *sentParse, k int, r *rules) (int, bool) {
	if p.upos(k) != "VERB" || len(r.infMarks) == 0 || !d.markedInfinitive(p, k, r) {
		return -1, false
	}
	for t := k - 1; t >= p.base; t-- {
		if !d.toks[t].Word {
			if d.toks[t].Text == "," {
				return t + 1, true
			}
			return -1, false // a dash or a colon: not a plain infinitive clause
		}
		if u := p.upos(t); (u == "VERB" || u == "AUX") && strings.Contains(p.feats(t), "VerbForm=Fin") || r.complementizers[d.toks[t].Low] || p.upos(t) == "SCONJ" {
			return -1, false // a clause of its own: "…, dass wir zu reden haben"
		}
	}
	return -1, false
}

// markedInfinitive reports whether verb k carries the infinitive marker:
// the word before it ("zu reden") or inside it ("zuzustimmen", "auszusteigen": the
// lemma with the infix taken out).
func (d *doc) markedInfinitive(p *sentParse, k int, r *rules) bool {
	if k > p.base && r.infMarks[d.toks[k-1].Low] && p.upos(k-1) != "ADP" || k > p.base && r.infMarks[d.toks[k-1].Low] && p.head(k-1) == k {
		return true
	}
	w, lemma := d.toks[k].Low, strings.ToLower(p.words[k-p.base].Lemma)
	for _, in := range r.infInfixes {
		for i := 1; i+len(in) < len(w); i++ {
			if strings.HasPrefix(w[i:], in) && w[:i]+w[i+len(in):] == lemma {
				return true
			}
		}
	}
	return false
}

// infinitiveController returns the source of a controlled infinitive cue
// k whose clause opens at from: the subject of the nearest predicate
// before the comma, when it is a person or a group; nil when it is an
// expletive or a thing ("Es geht darum, … zu präzisieren"), when that
// verb is a cue itself ("Wir fordern, … abzulehnen"), or when that
// verb has a person object, who may be the one meant to speak ("Ich
// bitte Sie, … zuzustimmen"). decided is false when the parse gives
// the verb no subject before the comma at all: then the fallbacks that
// read the surface may look, but not inside the clause.
func (d *doc) infinitiveController(p *sentParse, k, from int, r *rules) (src []int, decided bool) {
	pred := -1
	for t := from - 2; t >= p.base; t-- {
		u := p.upos(t)
		if u == "VERB" || u == "AUX" && strings.Contains(p.feats(t), "VerbForm=Fin") {
			pred = t
			break
		}
		if !d.toks[t].Word && d.toks[t].Text != "," {
			return nil, true // a colon or a dash: another sentence's verb
		}
	}
	if pred < 0 {
		return nil, false
	}
	for steps := 0; steps < 3; steps++ {
		if rel := p.rel(pred); p.head(pred) >= 0 && (rel == "aux" || rel == "aux:pass" || rel == "cop") {
			pred = p.head(pred) // "hat … vorgenommen", "ist bereit"
			continue
		}
		break
	}
	var before []int // the subjects before the comma: "haben auch wir das Recht, anzuprangern" hangs "wir" on the cue
	for _, x := range p.subjects(pred) {
		if x < from {
			before = append(before, x)
		}
	}
	if pred < from && p.upos(pred) == "VERB" && r.speechLemmas[p.cueKey(pred, d)] {
		return nil, true // "Wir fordern, den Antrag abzulehnen": who is to reject is not said
	}
	subj := d.bestSubject(p, before, pred)
	for steps := 0; len(subj) == 0 && steps < 2 && p.rel(pred) == "xcomp" && p.head(pred) >= 0; steps++ {
		pred = p.head(pred) // "Wir wollen versuchen, … zu"
		subj = d.bestSubject(p, p.subjects(pred), pred)
	}
	if len(subj) == 0 {
		return nil, false
	}
	if d.agentRank(p, subj[0]) >= 2 {
		return nil, true
	}
	for x := p.base; x < from; x++ {
		if p.head(x) == pred && (p.rel(x) == "obj" || p.rel(x) == "iobj") && p.upos(x) == "PRON" && !d.reflexive(x) &&
			strings.Contains(p.feats(x), "Person=") && featValue(p.feats(x), "Person=") != featValue(p.feats(subj[0]), "Person=") {
			return nil, true // "Ich bitte Sie, … zuzustimmen": who is asked may be who speaks
		}
	}
	return subj, true
}
