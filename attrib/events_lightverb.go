// A view noun and the support verb that carries it are one cue.

package attrib

// lightVerbs pairs each noun cue of sentence p that is the object of a
// support verb of its language ("eine Frage stellen", "die Debatte
// führen", "Gedanken machen", "Stellung nehmen") with the verb: the two
// words are one cue, as attribution corpora mark them, not a noun event and a verb
// event that says nothing of its own. A passive ("die Forderung wurde
// erhoben") keeps its verb's event, whose agent speaks. The map holds both directions:
// noun → verb and verb → noun; a verb carries one noun at most.
func (d *doc) lightVerbs(p *sentParse, r *rules, ex set) map[int]int {
	if len(r.supportVerbs) == 0 {
		return nil
	}
	var out map[int]int
	for k := p.base; k < p.base+len(p.words); k++ {
		if p.upos(k) != "NOUN" {
			continue
		}
		h := p.head(k)
		if h < 0 || p.upos(h) != "VERB" || p.rel(k) != "obj" || !r.supportVerbs[p.cueKey(h, d)] {
			continue
		}
		if _, taken := out[h]; taken {
			continue
		}
		if _, cue := d.cueLemma(p, k, r, ex); !cue {
			continue
		}
		if out == nil {
			out = map[int]int{}
		}
		out[k], out[h] = h, k
	}
	return out
}
