// The subject of a conjunct verb the parse left without one.

package attrib

// conjunctSubject returns the subject that conjunct verb x has of its own
// though the parse gave it none: a noun phrase between the conjunction and
// the verb whose article is nominative ("…, und die Mehrheit des Hauses
// weiß", the noun read as an object), or -1. Without it the conjunct takes
// the first clause's subject.
func (d *doc) conjunctSubject(p *sentParse, x int) int {
	cc := -1
	for _, c := range p.children(x, "cc") {
		if c < x {
			cc = c
		}
	}
	if cc < 0 {
		return -1
	}
	for y := cc + 1; y < x; y++ {
		if p.head(y) != x || p.hasPrep(y) || d.reflexive(y) {
			continue
		}
		switch p.rel(y) {
		case "obj", "nmod", "obl", "dep":
		default:
			continue
		}
		if u := p.upos(y); (u == "NOUN" || u == "PROPN") && p.nominativeDet(y) && len(p.children(y, "det")) > 0 {
			return y
		}
	}
	return -1
}
