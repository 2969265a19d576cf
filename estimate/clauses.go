package estimate

import "github.com/kentnews/kent"

// otherClauses returns the expectations among extra that no judgement in
// out speaks for: a hedge or figure in one clause of a sentence does not
// stand in for an expecting verb with its own subject in another
// ("Berenberg cut its forecast to minus 0.4 percent, and analysts at KfW
// also expect a slight contraction"; "…, possibly as a pretext" after
// "was expecting a general mobilisation"). An expectation stays the
// hedge's where either one's cue lies inside the other's proposition
// ("unlikely that economists expect…", "economists expect the ECB will
// likely cut"), or where they are the same words.
func otherClauses(out, extra []kent.Judgement) []kent.Judgement {
	if len(out) == 0 {
		return extra
	}
	var add []kent.Judgement
	for _, e := range extra {
		judged := false
		for _, j := range out {
			if j.CueSpan == e.CueSpan || within(e.CueSpan, j.Proposition.Span) || within(j.CueSpan, e.Proposition.Span) || overlaps(j.CueSpan, e.CueSpan) {
				judged = true
				break
			}
		}
		if !judged && e.Proposition.Span.End > e.Proposition.Span.Start {
			add = append(add, e)
		}
	}
	return add
}

// within reports whether span a lies inside a non-empty span b.
func within(a, b kent.Span) bool {
	return b.End > b.Start && b.Start <= a.Start && a.End <= b.End
}

func overlaps(a, b kent.Span) bool {
	return a.Start < b.End && b.Start < a.End
}
