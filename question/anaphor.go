package question

import (
	"slices"
	"strings"
)

// anaphorJudged reports whether the cue judges a noun that stands for an
// event named elsewhere ("option", "scenario", "сценарий", "scénario"):
// the cue modifies the noun ("ce scénario irréaliste"), governs it, or
// both hang on one verb that has no event of its own, the noun as its
// subject or object ("этот сценарий остаётся … маловероятным", "jugent
// ce scénario irréaliste"), the cue completing that verb, not hedging it.
// Such a proposition refers back, however the parse hangs its words; a
// noun in an oblique ("auf den Termin auswirken") is what another verb
// acts on, and does not count.
// hedgeRels attach a cue that hedges or helps a verb (will probably
// backfire, dovrebbe confermare) rather than completing it.
var hedgeRels = map[string]bool{"advmod": true, "aux": true, "discourse": true, "mark": true, "cop": true}

func (m *Matcher) anaphorJudged(g *tree, cue []int) bool {
	low := make([]string, len(g.t))
	for k, w := range g.t {
		low[k] = strings.ToLower(w.Form)
	}
	var nouns []int
	m.anaphors.Match(low, func(_ string, i int) {
		if g.t[i].UPOS == "NOUN" && !slices.Contains(cue, i) {
			nouns = append(nouns, i)
		}
	})
	if len(nouns) == 0 {
		return false
	}
	c := g.top(cue)
	hc := g.head(c)
	for _, k := range nouns {
		hk := g.head(k)
		switch {
		case hc == k || hk == c:
			return true
		case hk >= 0 && hk == hc && (g.rel(k) == "nsubj" || g.rel(k) == "obj") && !hedgeRels[g.rel(c)]:
			// The cue completes the verb ("остаётся маловероятным", "hält
			// … für unrealistisch"); one that only hedges or helps it
			// ("such a move would probably backfire", "la corte dovrebbe
			// confermare la decisione") leaves the verb a predicate of its
			// own.
			if len(m.familiesOf(g, []int{hk})) == 0 {
				return true
			}
		}
	}
	return false
}
