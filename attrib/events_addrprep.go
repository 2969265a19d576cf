package attrib

import "slices"

// Addressees after a preposition. "Wir haben mit den Landwirten
// gesprochen", "ein Appell an die Bundesregierung", "she spoke with
// reporters", "said to the committee": a person or a body that can hold a
// view, after one of the language's addressee prepositions (lexicon
// addressee_preps) on the cue, is whom it is said to. A thing after the
// same preposition ("erinnern an den Schritt") is not.

// prepAddressees lists the tokens of cue k's addressees after a
// preposition; heads are the other words whose dependents count.
func (d *doc) prepAddressees(p *sentParse, k int, heads, cue []int, r *rules) []int {
	if len(r.addresseePreps) == 0 {
		return nil
	}
	heads = append([]int{k}, heads...)
	var out []int
	for x := p.base; x < p.base+len(p.words); x++ {
		if !slices.Contains(heads, p.head(x)) || slices.Contains(cue, x) {
			continue
		}
		if rel := p.rel(x); rel != "obl" && rel != "obl:arg" && rel != "nmod" {
			continue
		}
		for _, c := range p.children(x, "case") {
			if r.addresseePreps[d.toks[c].Low] && d.holderNoun(p, x, r) {
				out = append(out, d.phrase(p, x, cue)...)
				break
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}
