// A view as the subject of the verb that holds it: "Diese Einschätzung
// teilt auch das Institut".

package attrib

// sharedView returns who holds the view when the parse made a speech noun
// (a view, demand or assessment: "Diese Einschätzung", "Die Forderung")
// the subject of verb cue k: German and the Slavic languages front the
// object, "Diese Einschätzung teilt auch das Institut für
// Weltwirtschaft", "Diese Ansicht vertritt der Minister", "Tę opinię
// podziela rząd". A view speaks for no one; a nominal after the verb that
// can hold one (a name, a group or role noun, a personal pronoun) is who
// holds it. It returns -1 when src is no speech noun or no holder follows.
func (d *doc) sharedView(p *sentParse, k, src int, r *rules, ex set) int {
	if p.upos(src) != "NOUN" || src > k || d.document(p, src, r) {
		return -1
	}
	if _, cue := d.cueLemma(p, src, r, ex); !cue {
		return -1
	}
	for x := k + 1; x < p.base+len(p.words); x++ {
		if p.head(x) != k || p.hasPrep(x) || d.reflexive(x) || d.vocative(p, x) {
			continue
		}
		switch p.rel(x) {
		case "obj", "nsubj", "dep", "obl", "nmod", "iobj":
		default:
			continue
		}
		if p.upos(x) == "PRON" && len(d.personalNominatives(p, []int{x})) > 0 || (p.upos(x) == "NOUN" || p.upos(x) == "PROPN") && d.holderNoun(p, x, r) {
			return x
		}
	}
	return -1
}
