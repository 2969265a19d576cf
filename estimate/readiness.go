package estimate

import (
	"strings"

	"github.com/kentnews/kent"
)

// Readiness: a holder set or bracing for an event ("markets are braced for
// a cut", "przygotowują się na recesję", "готовятся к импичменту", "auf
// eine Zinssenkung im Juni eingestellt") treats it as coming: a very likely
// judgement of that event, one step above expecting it. Like an
// expectation it needs an event word of the lexicon in its clause, so
// "prepared for talks" or "bracing for the cold" judge nothing unless the
// lexicon names the talks' outcome as an event.

// readyRules are a language's readiness phrases, indexed.
type readyRules struct {
	open phraseIndex // braced for, готовятся к: the event follows
	// close are the participles that close the clause with the event
	// before them ("eingestellt"), each with the prepositions that must
	// open the event's phrase ("auf").
	close   phraseIndex
	openers map[string][]string
}

// readyGap is how many tokens before a closing participle its opening
// preposition may stand: "auf eine Zinssenkung im Juni eingestellt".
const readyGap = 8

func newReadyRules(list []string) readyRules {
	var open, close []string
	openers := map[string][]string{}
	for _, p := range list {
		a, b, gap := strings.Cut(p, "…")
		if !gap {
			open = append(open, p)
			continue
		}
		a, b = strings.TrimSpace(a), strings.TrimSpace(b)
		close = append(close, b)
		openers[b] = append(openers[b], a)
	}
	return readyRules{open: newPhraseIndex(open), close: newPhraseIndex(close), openers: openers}
}

// readiness reads a readiness phrase at token i with an event word in
// its clause. It returns the judgement and its cue's tokens [from, to),
// from = to when there is none.
func (s *sentence) readiness(i int) (j *kent.Judgement, from, to int) {
	r, toks := s.r, s.toks
	n, found := r.ready.open.Len(toks, i), false
	from = i
	if n > 0 {
		for k := i + n; k < len(toks) && k < i+n+expectReach && !found; k++ {
			if t := toks[k].Low; t == ";" || t == "." || t == ":" {
				break
			}
			found = toks[k].Word && r.eventAt(toks, k)
		}
	} else if n = r.ready.close.Len(toks, i); n > 0 {
		// The event stands between the opening preposition and the
		// participle: find the preposition, then the event after it.
		words := make([]string, 0, n)
		for _, t := range toks[i : i+n] {
			words = append(words, t.Low)
		}
		head := strings.Join(words, " ")
		for k := i - 1; k >= 0 && k >= i-readyGap && !found; k-- {
			if t := toks[k].Low; t == "," || t == ";" || t == "." || t == ":" {
				break
			}
			if !toks[k].Word || !isOpener(toks[k].Low, r.ready.openers[head]) {
				continue
			}
			for e := k + 1; e < i && !found; e++ {
				found = toks[e].Word && r.eventAt(toks, e)
			}
			from = k
		}
	}
	if n == 0 || !found {
		return nil, i, i
	}
	j = &kent.Judgement{Cue: s.a.Text[toks[from].Start:toks[i+n-1].End], CueSpan: kent.Span{Start: toks[from].Start, End: toks[i+n-1].End}, Scale: r.scale.Name}
	level := r.scale.Middle().Step(2)
	if before, after := negationsBefore(r, toks, from), negationAfter(r, toks, i+n); r.negates(before) || after >= 0 {
		j.Negated = true
		level = level.Mirror()
		s.own = append(append(s.own[:0], before...), after)
	}
	setBand(j, level)
	return j, from, i + n
}

func isOpener(w string, list []string) bool {
	for _, o := range list {
		if w == o {
			return true
		}
	}
	return false
}
