package question

import (
	"strings"

	"github.com/kentnews/kent/lexicon"
)

// A verb of estimating whose complement is the cue — "Eine Zinssenkung im
// Juni halten die meisten Ökonomen für unwahrscheinlich", "аналитики
// считают снижение ставки маловероятным", "ekonomiści uważają obniżkę za
// mało prawdopodobną" — frames the judgement: what is judged is the
// event noun it takes, not the verb (which would make the judgement an
// effect of the event, or about holding). The verbs are each language's
// estimative.estimating_verbs.

// estimatingVerbs returns each language's estimating verbs, lower case.
func estimatingVerbs(lex *lexicon.Set) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for _, c := range lex.Codes() {
		out[c] = map[string]bool{}
		for _, w := range lex.Get(c).Estimative.EstimatingVerbs {
			out[c][strings.ToLower(w)] = true
		}
	}
	return out
}

// holdingRels are how the cue hangs on a verb that holds it of its
// object: a secondary predicate ("für unwahrscheinlich", "маловероятным",
// "za mało prawdopodobną"), not an inserted clause ("Соглашение …
// вероятно, считают посредники": the verb frames the clause before it).
// A parser may call "für unwahrscheinlich" an adverb of the verb: so
// too, when it follows the verb in one clause.
var holdingRels = map[string]bool{"xcomp": true, "obl": true, "obl:arg": true}

// punctBetween reports whether a punctuation mark stands between tokens
// a and b (a < b).
func (g *tree) punctBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if g.t[k].UPOS == "PUNCT" {
			return true
		}
	}
	return false
}

// heldEvent returns the event noun an estimating verb p takes when the
// cue's top word c hangs on p: its object or (the parser may swap them
// in a clause that opens with the object) its subject, the first that
// names an event family; -1 when p is no such verb or takes none.
func (m *Matcher) heldEvent(g *tree, p, c int, lang string) int {
	if p < 0 || c < 0 || g.t[p].UPOS != "VERB" || g.head(c) != p || !holdingRels[g.rel(c)] && !(g.rel(c) == "advmod" && c > p && !g.punctBetween(p, c)) {
		return -1
	}
	ev := m.estimating[lang]
	if !ev[strings.ToLower(g.t[p].Form)] && !ev[strings.ToLower(g.t[p].Lemma)] {
		return -1
	}
	for _, k := range g.children[p] {
		switch g.rel(k) {
		case "obj", "nsubj", "nsubj:pass":
			if g.t[k].UPOS == "NOUN" && len(m.familiesOf(g, []int{k})) > 0 {
				return k
			}
		}
	}
	return -1
}
