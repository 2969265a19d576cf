package estimate

import (
	"github.com/kentnews/kent"
)

// Early results: exit polls and first or partial results reported on
// election night say who is winning before the count ends ("according to
// exit polls, Dan wins the run-off", "по первым данным экзитполов, второй
// тур выигрывает Дан", "Według sondaży exit poll Dan wygrał drugą turę").
// Such a report, with a win or a loss (lexicon: a contest family or its
// opposite) in its sentence, is a very likely judgement of that outcome,
// which the results hold. A share of the vote alone names no win and is
// no judgement; another event (a recession in first figures) is left to
// the other readers.

// earlyResultReach is how many words from the phrase the win or loss may
// stand, on either side, within the sentence.
const earlyResultReach = 12

// earlyResult reads an early-results phrase at token i. It returns the
// judgement, the phrase's length (0 when there is none) and where the
// event word stands: the proposition is that word's clause.
func (s *sentence) earlyResult(i int) (*kent.Judgement, int, int) {
	r, toks := s.r, s.toks
	n := r.earlyResults.Len(toks, i)
	if n == 0 || len(r.counted) == 0 {
		return nil, 0, 0
	}
	for k := max(0, i-3); k < i; k++ {
		if r.earlyResults.Len(toks, k) > 0 {
			return nil, 0, 0 // "первым данным экзитполов": one report, read at its first phrase
		}
	}
	ev := -1
	// The reach ends at a "but": "the AfD gains ground but the CDU
	// wins" reports the CDU's win in a clause the phrase does not open.
	for k := i + n; k < len(toks) && k < i+n+earlyResultReach && ev < 0 && !r.adversatives[toks[k].Low]; k++ {
		if toks[k].Word && r.countedAt(toks, k) {
			ev = k
		}
	}
	for k := i - 1; k >= 0 && k >= i-earlyResultReach && ev < 0 && !r.adversatives[toks[k].Low]; k-- {
		if toks[k].Word && r.countedAt(toks, k) {
			ev = k
		}
	}
	if ev < 0 {
		return nil, 0, 0
	}
	j := kent.Judgement{Cue: s.a.Text[toks[i].Start:toks[i+n-1].End], CueSpan: kent.Span{Start: toks[i].Start, End: toks[i+n-1].End}, Scale: r.scale.Name}
	setBand(&j, r.scale.Middle().Step(2))
	return &j, n, ev
}

// countedAt reports whether a word a count decides (a win, a loss)
// starts at token k.
func (r *rules) countedAt(toks []kent.Token, k int) bool {
	words := make([]string, 0, 4)
	for ; k < len(toks) && len(words) < 4; k++ {
		if toks[k].Word {
			words = append(words, r.eventWord(toks[k].Low))
		}
	}
	ok := false
	r.events.Match(words, func(c string, at int) {
		if at == 0 && r.counted[c] {
			ok = true
		}
	})
	return ok
}

// finishAt finishes a judgement whose proposition is the clause of the
// event word at ev, wherever its cue [i, i+n) stands ("по первым данным
// экзитполов, второй тур выигрывает Дан": the cue's own clause names no
// event). A cue before the event is not part of what it reports: the
// proposition starts after it ("Według sondaży exit poll | Dan wygrał").
func (s *sentence) finishAt(j kent.Judgement, i, n, ev int) kent.Judgement {
	j = s.finish(j, ev, ev+1)
	if from := i + n; from <= ev {
		rest := s.toks[from:]
		j.Proposition = proposition(s.a, s.r, rest, s.prev, s.samePara, ev-from, ev-from+1, nil, nil, j.CueSpan, true)
	}
	return j
}
