// Prepositional source cues with a possessive inside: "aus unserer Sicht", "nach meiner Auffassung".

package attrib

import (
	"strings"

	"github.com/kentnews/kent"
)

// possessivePrepEvent reads a prepositional source cue split by a
// possessive determiner: "aus unserer Sicht" is the cue "aus Sicht" (a
// lexicon source phrase) held by "unserer", whatever person the
// possessive has; the message is the rest of the clause, as for "aus
// Sicht der Union". It returns the event, the last token it used and
// whether there is one at token k.
func (d *doc) possessivePrepEvent(p *sentParse, k, end int, r *rules, ex set) (SpeechEvent, int, bool) {
	poss := k + 1
	if poss+1 >= end || p.upos(k) != "ADP" || !d.toks[poss].Word || !p.possessive(poss) {
		return SpeechEvent{}, k, false
	}
	tmp := make([]kent.Token, 0, 6)
	tmp = append(tmp, d.toks[k])
	tmp = append(tmp, d.toks[poss+1:min(end, poss+6)]...)
	m := r.sources.Len(tmp, 0)
	for m > 2 && (r.determiners[tmp[m-1].Low] || r.agentPreps[tmp[m-1].Low]) {
		m-- // "aus Ihrer Sicht der Dinge": the phrase ends at its noun
	}
	if m < 2 {
		return SpeechEvent{}, k, false
	}
	if _, cue := d.cueLemma(p, poss+1, r, ex); cue {
		return SpeechEvent{}, k, false // "nach meiner Auffassung": the noun's own event holds it
	}
	cue := []int{k}
	for t := poss + 1; t < poss+m; t++ {
		cue = append(cue, t)
	}
	last := cue[len(cue)-1]
	ev := SpeechEvent{Lemma: d.toks[k].Low, Cue: d.pieces(cue), Source: d.pieces([]int{poss})}
	b, e := d.clauseAround(p, k)
	if e <= last+2 && e+1 < end {
		_, e = d.clauseAround(p, e+1) // "Aus unserer Sicht, …": the clause after the comma
	}
	var msg []int
	for t := b; t < e; t++ {
		if t < k || t > last {
			msg = append(msg, t)
		}
	}
	ev.Message, ev.Clause = d.pieces(msg), len(msg) > 0
	return ev, last, true
}

// possessive reports whether token x is a possessive determiner: "unserer",
// "Ihrer", "my" (a determiner with a person, as taggers mark them).
func (p *sentParse) possessive(x int) bool {
	f := p.feats(x)
	return p.rel(x) == "det:poss" || (p.upos(x) == "DET" || p.upos(x) == "PRON") && (strings.Contains(f, "Poss=Yes") || strings.Contains(f, "Person="))
}
