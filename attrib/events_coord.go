// Coordinated sources the parse hung side by side instead of one under
// the other.

package attrib

import "slices"

// coordinatedSource widens source phrase ph, headed by x, over the
// conjuncts the parse gave the cue's head as siblings of x rather than as
// x's own conjuncts: "Union und SPD haben festgehalten" (Union an object,
// "und SPD" the subject), "die Entscheidung der Deutschen Bank und der
// Commerzbank", "CDU, FDP und AfD sehen das", "Paris and Berlin demand",
// "Polska i Niemcy domagają się". Both go together: the coordination
// names one source of two or more parties. A conjunct must be a nominal
// that can hold a view, joined by a conjunction that joins names (lexicon: "und",
// "and", "i"; not "aber", "sondern"), and lie outside the cue and what is
// said.
func (d *doc) coordinatedSource(p *sentParse, x int, ph, cue []int, r *rules) []int {
	if len(ph) == 0 {
		return ph
	}
	h := p.head(x)
	sibling := func(z int) bool {
		return z != x && (p.head(z) == h || p.head(z) == x) && !slices.Contains(cue, z) && d.agentRank(p, z) <= 1 &&
			(p.upos(z) == "NOUN" || p.upos(z) == "PROPN" || p.upos(z) == "PRON" && len(d.personalNominatives(p, []int{z})) > 0) && !p.hasPrep(z) && !d.reflexive(z)
	}
	conj := func(t int) bool {
		return t >= p.base && t < p.base+len(p.words) && r.conj.has(d.toks[t].Low)
	}
	// leftwards: "Union [und SPD]", "CDU, FDP [und AfD]"
	b := ph[0]
	if conj(b) {
		b++ // the phrase may open with its own conjunction
	}
	for step := 0; step < 4; step++ {
		c := b - 1
		if !conj(c) && !(step > 0 && c >= p.base && d.toks[c].Text == ",") {
			break
		}
		z := d.phraseTop(p, c-1, h, x)
		if z < 0 || !sibling(z) {
			break
		}
		zp := d.phrase(p, z, cue)
		if len(zp) == 0 || zp[len(zp)-1] != c-1 {
			break
		}
		b = zp[0]
	}
	// rightwards: "[der Deutschen Bank] und der Commerzbank"
	e := ph[len(ph)-1] + 1
	for step := 0; step < 4; step++ {
		if !conj(e) {
			break
		}
		z := -1
		for t := e + 1; t < p.base+len(p.words) && t <= e+4; t++ {
			if p.upos(t) == "NOUN" || p.upos(t) == "PROPN" {
				z = t
				break
			}
		}
		if z < 0 || !sibling(z) || !slices.Contains(p.children(z, "cc"), e) {
			break
		}
		zp := d.phrase(p, z, cue)
		if len(zp) == 0 || zp[0] != e+1 && zp[0] != e {
			break
		}
		e = zp[len(zp)-1] + 1
	}
	if b == ph[0] && e == ph[len(ph)-1]+1 {
		return ph
	}
	out := make([]int, 0, e-b)
	for t := b; t < e; t++ {
		out = append(out, t)
	}
	return out
}

// phraseTop climbs from token t to the word whose head is h or x: the
// head of the phrase t ends; -1 when t hangs elsewhere.
func (d *doc) phraseTop(p *sentParse, t, h, x int) int {
	for steps := 0; t >= p.base && steps < 4; steps++ {
		if hh := p.head(t); hh == h || hh == x {
			return t
		} else if hh < 0 {
			return -1
		} else {
			t = hh
		}
	}
	return -1
}
