package attrib

import (
	"slices"
	"strings"
)

// Reflexive particles. A reflexive verb's pronoun is part of the verb, not
// someone spoken to or about: "ich frage mich, ob …", "wir erinnern uns",
// "Sie unterhalten sich", "ich stelle mir vor", "wir sind uns einig". It
// belongs with the cue, as a separable particle does, and never counts as
// the addressee nor as what is said. Attribution corpora (SpkAtt-2023) mark
// it as the cue's particle. A pronoun is reflexive when it is the
// language's reflexive ("sich", "się", "sig") or a personal pronoun of the
// same person as the cue's subject in another case ("ich … mich", "wir …
// uns"); "glaubt uns kein Mensch" has another subject, so "uns" is heard.

// reflexiveRels are the relations a parser gives a reflexive pronoun of
// its verb or predicate adjective.
var reflexiveRels = map[string]bool{"obj": true, "iobj": true, "obl:arg": true, "obl": true, "expl": true, "expl:pv": true, "compound:prt": true}

// reflexiveParticles lists the reflexive pronouns of cue k: its own, and
// for a predicate adjective or a support verb's noun, those of the word
// the cue leans on (host, -1 when none).
func (d *doc) reflexiveParticles(p *sentParse, k, host int, r *rules) []int {
	heads := []int{k}
	if host >= 0 && host != k {
		heads = append(heads, host)
	}
	var subj []int
	for _, h := range heads {
		subj = append(subj, p.subjects(h)...)
	}
	var out []int
	for x := p.base; x < p.base+len(p.words); x++ {
		if !slices.Contains(heads, p.head(x)) || !reflexiveRels[p.rel(x)] || p.upos(x) != "PRON" || slices.Contains(subj, x) {
			continue
		}
		if r.reflexives[d.toks[x].Low] || d.samePerson(p, x, subj) {
			out = append(out, x)
		}
	}
	return out
}

// samePerson reports whether pronoun x, not in the nominative, is the
// first or second person pronoun of one of the subjects subj: the same
// lemma in another form ("uns" of "wir", "mich" of "ich"). The third
// person has its own reflexive ("sich"): "sie sagten ihnen" is two parties.
func (d *doc) samePerson(p *sentParse, x int, subj []int) bool {
	f := p.feats(x)
	if strings.Contains(f, "Case=Nom") || !strings.Contains(f, "Person=1") && !strings.Contains(f, "Person=2") {
		return false
	}
	lx := strings.ToLower(p.words[x-p.base].Lemma)
	for _, s := range subj {
		if p.upos(s) == "PRON" && d.toks[s].Low != d.toks[x].Low && strings.ToLower(p.words[s-p.base].Lemma) == lx {
			return true
		}
	}
	return false
}
