// Predicates that report a view only with a clause, and who they are
// true for: "Ich bin sicher, dass …", "Für uns ist klar: …".

package attrib

import "strings"

// clauseCarried reports whether cue k has a reported clause of its own: a
// complement or paratactic clause in the parse (or an adverbial one
// opened by a complementizer, the parser's slip), or a colon shortly after
// it ("Eines ist dabei sicher: …", "Für uns ist klar: …"). A clause cue
// (lexicon clause_cues) without one is no cue: "Die Renten sind sicher",
// "Das ist klar".
func (d *doc) clauseCarried(p *sentParse, k int, r *rules) bool {
	end := p.base + len(p.words)
	for x := p.base; x < end; x++ {
		if p.head(x) != k {
			continue
		}
		switch p.rel(x) {
		case "ccomp", "csubj", "parataxis":
			return true
		case "advcl":
			for _, m := range p.children(x, "mark") {
				if r.complementizers[d.toks[m].Low] {
					return true // "ist sicher, dass …" read as an adverbial clause
				}
			}
		}
	}
	for t := k + 1; t < end && t <= k+3; t++ {
		if d.toks[t].Text == ":" {
			return t+1 < end
		}
		if !d.toks[t].Word {
			break
		}
	}
	return false
}

// experiencer finds who predicate cue k is true for when no person is
// its subject: a nominal hanging on it or on its copula's host with an
// experiencer preposition (lexicon experiencer_preps: "Für uns ist klar,
// dass …", "Für die Regierung ist sicher, …", "for us it is clear").
func (d *doc) experiencer(p *sentParse, k int, r *rules) []int {
	for x := p.base; x < p.base+len(p.words); x++ {
		if p.head(x) != k || !strings.HasPrefix(p.rel(x), "obl") && p.rel(x) != "nmod" {
			continue
		}
		prep := false
		for _, c := range p.children(x, "case") {
			prep = prep || r.experiencerPreps[d.toks[c].Low]
		}
		if !prep || d.reflexive(x) {
			continue
		}
		if ar := d.agentRank(p, x); ar == 0 || ar == 1 && d.holderNoun(p, x, r) {
			return []int{x}
		}
	}
	return nil
}
