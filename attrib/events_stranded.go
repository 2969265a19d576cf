// A subject the parse hung on the wrong word of the cue's own clause.

package attrib

import (
	"slices"
	"strings"

	"github.com/kentnews/kent/tokens"
)

// clauseRels are the relations that open a clause of their own: a word
// below one of them belongs to another clause than its head's, and its
// subject speaks for that clause only.
var clauseRels = map[string]bool{
	"ccomp": true, "advcl": true, "acl": true, "acl:relcl": true, "csubj": true,
	"csubj:pass": true, "parataxis": true, "conj": true, "xcomp": true, "appos": true,
}

// strandedSubject finds the source of verb cue k when the parse gave the
// cue's clause no subject of its own but hung its subject pronoun on a
// noun or preposition of that clause: "hatte ich Gelegenheit, mit ihnen
// zu sprechen" ("ich" under "Gelegenheit"), "Wir als Freie Demokraten
// können … zustimmen" ("Wir" under "Demokraten"), "Мы как партия
// поддерживаем …". A personal pronoun in the nominative is a subject
// wherever the parse put it; one that sits in a clause of its own (a
// relative, a that-clause, a conjunct) is that clause's, so the walk from
// the pronoun up to the cue may cross no clause relation. The cue may
// itself hang on its finite verb by a slip ("Ich möchte … eingehen" with
// "eingehen" read as punctuation of "möchte"): then that verb's clause is
// the cue's.
func (d *doc) strandedSubject(p *sentParse, k int) []int {
	heads := []int{k}
	for x, steps := k, 0; steps < 2; steps++ {
		h := p.head(x)
		if h < 0 || p.upos(h) != "VERB" && p.upos(h) != "AUX" || p.rel(x) != "punct" && p.rel(x) != "dep" || !strings.Contains(p.feats(x), "VerbForm=Inf") {
			break
		}
		heads = append(heads, h)
		if out := d.bestSubject(p, d.personalNominatives(p, p.subjects(h)), k); len(out) > 0 {
			return out // "Ich möchte … eingehen": the finite verb's subject
		}
		x = h
	}
	var found []int
	for x := p.base; x < p.base+len(p.words); x++ {
		if !strings.HasPrefix(p.rel(x), "nsubj") || len(d.personalNominatives(p, []int{x})) == 0 {
			continue
		}
		if !d.sameClauseRun(p, x, k) {
			continue
		}
		h := p.head(x)
		if h < 0 || p.upos(h) == "VERB" || p.upos(h) == "AUX" || p.upos(h) == "ADJ" || len(p.children(h, "cop")) > 0 {
			continue // a verb's or predicate's own subject
		}
		for y, steps := h, 0; y >= 0 && steps < 4; steps++ {
			if slices.Contains(heads, y) {
				found = append(found, x)
				break
			}
			if clauseRels[p.rel(y)] || p.upos(y) == "VERB" || p.upos(y) == "AUX" {
				break // another clause's word
			}
			y = p.head(y)
		}
	}
	if len(found) != 1 {
		return nil
	}
	return found
}

// personalNominatives keeps the personal pronouns among xs that the
// tagger read as nominative ("ich", "wir", "Sie", "man"): a subject
// whatever relation the parse gave it.
func (d *doc) personalNominatives(p *sentParse, xs []int) []int {
	var out []int
	for _, x := range xs {
		f := p.feats(x)
		if p.upos(x) != "PRON" || d.reflexive(x) || !strings.Contains(f, "Case=Nom") || d.agentRank(p, x) > 1 {
			continue
		}
		out = append(out, x)
	}
	return out
}

// sameClauseRun reports whether the words between x and the cue k leave
// them in one clause on the surface: no subordinator, colon or quote mark
// and no finite verb other than an auxiliary comes between ("Was ich
// möchte, ist, … zu präzisieren": "ich" is the free relative's; "nämlich
// dass wir … gewähren": the clause's).
func (d *doc) sameClauseRun(p *sentParse, x, k int) bool {
	lo, hi := min(x, k), max(x, k)
	for t := lo + 1; t < hi; t++ {
		switch {
		case p.upos(t) == "SCONJ", d.toks[t].Text == ":", tokens.IsQuoteMark(d.toks[t].Text),
			p.upos(t) == "VERB" && strings.Contains(p.feats(t), "VerbForm=Fin"):
			return false
		}
	}
	return true
}
