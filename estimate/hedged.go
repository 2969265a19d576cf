package estimate

import kent "github.com/kentnews/kent"

// hedgedCues folds a one-word hedge into the band word right after it
// that says the opposite: "probably impossible", "wohl unrealistisch",
// "vraisemblablement voué à l'échec" are one judgement, the second
// word's band one step toward the middle (on its own side), not a likely
// judgement beside an unlikely one. The hedge says how sure the holder
// is of the negative, not that the event is likely. Only words right
// next to each other fold: "вероятно, не будет" is the hedge's own
// negated forecast (a future and a negation are read with the hedge).
func hedgedCues(r *rules, toks []kent.Token, text string, out []kent.Judgement) []kent.Judgement {
	likely := r.scale.Middle().Step(1)
	drop := map[int]bool{}
	for n := range out {
		a := &out[n]
		if a.Band != likely.Name() || a.Negated || a.Categorical || tokensBetween(toks, a.CueSpan.Start, a.CueSpan.End, true) != 1 {
			continue
		}
		for m := range out {
			b := &out[m]
			if m == n || drop[m] || b.Categorical || b.Negated || b.CueSpan.Start < a.CueSpan.End || tokensBetween(toks, a.CueSpan.End, b.CueSpan.Start, false) != 0 {
				continue
			}
			band, ok := r.scale.Band(b.Band)
			if !ok || band.Side() >= 0 {
				continue
			}
			if s := band.Step(1); s.Side() == band.Side() {
				band = s
			}
			setBand(b, band)
			b.Cue, b.CueSpan = text[a.CueSpan.Start:b.CueSpan.End], kent.Span{Start: a.CueSpan.Start, End: b.CueSpan.End}
			drop[n] = true
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

// tokensBetween counts the tokens (only words, if onlyWords) between
// byte offsets from and to.
func tokensBetween(toks []kent.Token, from, to int, onlyWords bool) int {
	n := 0
	for _, t := range toks {
		if (t.Word || !onlyWords) && t.Start >= from && t.End <= to {
			n++
		}
	}
	return n
}
