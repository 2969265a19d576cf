// A free relative clause ("Wer das liest, weiß …") or a role noun with the
// name after it as a speech event's source.

package attrib

import "strings"

// freeRelative returns the clause a free relative pronoun opens when
// that clause, not the pronoun, is the subject of cue k: "Wer das liest,
// weiß, …", "Whoever reads it knows …", "Kto to czyta, wie …". The
// clause runs from the pronoun to the comma that closes it, and the cue's
// clause must start right after that comma; otherwise the pronoun is the
// subject of the cue itself ("Wer das behauptet, …") and nil is returned.
// With x < 0 the pronoun is looked for as the first word of the stretch
// before the cue's clause, for cues the parse gave no subject.
func (d *doc) freeRelative(p *sentParse, x int, cue []int) []int {
	k := cue[0]
	if x < 0 {
		b, _ := d.clauseAround(p, k)
		if b-2 < p.base || d.toks[b-1].Text != "," {
			return nil
		}
		fb, _ := d.clauseAround(p, b-2)
		for t := fb; t < b-1 && t <= fb+1; t++ {
			if d.rules(t).freeRelatives[d.toks[t].Low] {
				x = t // "Wer …", "Aber wer …"
				break
			}
		}
		if x < 0 {
			return nil
		}
	}
	if !d.rules(x).freeRelatives[d.toks[x].Low] || x >= k {
		return nil
	}
	c := x + 1
	for c < k && d.toks[c].Text != "," {
		if inInts(cue, c) || !d.toks[c].Word && d.toks[c].Text != "-" {
			return nil // the cue is the clause's own verb, or a colon or dash breaks it
		}
		c++
	}
	if c >= k || c == x+1 {
		return nil
	}
	for t := c + 1; t < k; t++ {
		if !d.toks[t].Word {
			return nil // the cue's clause is not the next one
		}
	}
	out := make([]int, 0, c-x)
	for t := x; t < c; t++ {
		out = append(out, t)
	}
	return out
}

// roleName widens the phrase ph of a role or group noun x ("der
// Kollege", "die Ministerin") over the name right after it that the parse
// hung beside it rather than under it: titles with their dots ("Dr.",
// "Prof.") and then capitalised names ("der Kollege Dr. Michael Weber").
// Corpora mark the source with its title and name as one span.
func (d *doc) roleName(p *sentParse, x int, ph []int, r *rules) []int {
	if len(ph) == 0 || ph[len(ph)-1] != x || p.upos(x) != "NOUN" {
		return ph
	}
	if w, l := d.toks[x].Low, strings.ToLower(p.words[x-p.base].Lemma); !r.roleWords.has(w) && !r.groups.has(w) && !r.roleWords.has(l) && !r.groups.has(l) {
		return ph
	}
	end := p.base + len(p.words)
	e := x + 1
	for e+1 < end && d.isTitle(d.toks[e]) && r.roleWords.has(d.toks[e].Low) && d.toks[e+1].Text == "." && d.toks[e].End == d.toks[e+1].Start {
		e += 2 // "Dr.", "Prof."
	}
	names := 0
	for e < end && p.upos(e) == "PROPN" && d.isCap(d.toks[e]) {
		e, names = e+1, names+1
	}
	if names == 0 {
		return ph
	}
	out := append([]int(nil), ph...)
	for t := x + 1; t < e; t++ {
		out = append(out, t)
	}
	return out
}
