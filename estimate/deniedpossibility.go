package estimate

import kent "github.com/kentnews/kent"

// deniedPossibility folds a bare possibility into the denied belief that
// governs it: "I don't think there can be any elections next year", "Я не
// вважаю, що … можуть бути вибори", "Nie sądzę, żeby mogły się odbyć
// wybory", "Не думаю, что Украина может вступить". The holder denies even
// that the event can come: one judgement, a step below the denied
// belief's own band (very unlikely), not an unlikely one beside an even
// one that pooling would average towards even.
func deniedPossibility(r *rules, toks []kent.Token, out []kent.Judgement) []kent.Judgement {
	unlikely := r.scale.Middle().Step(-1)
	drop := map[int]bool{}
	for n := range out {
		a := &out[n]
		if a.Band != unlikely.Name() || a.Categorical || a.Modal || !deniedBelief(r, toks, a.CueSpan) {
			continue
		}
		for m := range out {
			b := &out[m]
			if m == n || drop[m] || !b.Modal || b.Band != r.scale.Middle().Name() ||
				b.CueSpan.Start < a.CueSpan.End || b.CueSpan.End > a.Proposition.Span.End || b.CueSpan.Start < a.Proposition.Span.Start {
				continue
			}
			setBand(a, unlikely.Step(-1))
			drop[m] = true
			break
		}
	}
	if len(drop) == 0 {
		return out
	}
	kept := out[:0]
	for n, j := range out {
		if !drop[n] {
			kept = append(kept, j)
		}
	}
	return kept
}

// deniedBelief reports whether the cue at span is a belief verb with a
// negation in it ("не вважаю", "nie sądzę", "don't think").
func deniedBelief(r *rules, toks []kent.Token, span kent.Span) bool {
	belief, neg := false, false
	for k := range toks {
		if toks[k].Start < span.Start || toks[k].End > span.End || !toks[k].Word {
			continue
		}
		belief = belief || r.beliefs.Len(toks, k) > 0
		neg = neg || r.negation(toks, k)
	}
	return belief && neg
}
