package estimate

// A cue of the band lists turned into a judgement: its band with the
// negation and intensifiers around it read once, the conditions that
// bound it, and a month word that is no modal. Split from estimate.go,
// which walks the sentence and picks the cues.

import (
	"github.com/kentnews/kent"
	"unicode"
	"unicode/utf8"
)

// monthNotModal reports whether a one-word modal at i is a month name
// written as one: capitalised inside the sentence ("lose the May 14
// vote"). Modals are never capitalised there; at a sentence's start a
// capital says nothing.
func (s *sentence) monthNotModal(i, n int) bool {
	t := s.toks[i]
	if n != 1 || !s.r.months[t.Low] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s.a.Text[t.Start:t.End])
	if !unicode.IsUpper(r) {
		return false
	}
	for k := i - 1; k >= 0; k-- {
		if s.toks[k].Word {
			return true
		}
	}
	return false
}

// words reads a lexicon entry at tokens [i, end): its band after negation
// and modifiers, and its point value.
func (s *sentence) words(e entry, i, end int) kent.Judgement {
	r, toks := s.r, s.toks
	j := kent.Judgement{Cue: s.a.Text[toks[i].Start:toks[end-1].End], CueSpan: kent.Span{Start: toks[i].Start, End: toks[end-1].End}, Scale: r.scale.Name}
	level := e.band
	switch e.kind {
	case kModal:
		j.Modal = true
	case kCategorical:
		j.Categorical = true
		level = r.scale.Highest()
		if r.isNegativePhrase(e.words) {
			level = r.scale.Lowest()
		}
	}
	before, after := negationsBefore(r, toks, i), -1
	if !r.isNegativePhrase(e.words) {
		after = negationAfter(r, toks, end)
	} else if r.concord {
		// "non siamo mai stati così vicini", "nie … nigdy nie": with
		// negative concord a negation before a cue that says no itself is
		// the same negation.
		s.own = append(append(s.own[:0], before...), clitics(r, toks, i)...) // "n'adhérera jamais"
		before = nil
	}
	neg := r.negates(before) || after >= 0
	if e.kind == kBand {
		if up := intensify(r, toks, i, level); !extreme(up) || extreme(level) || !holdsChanceNoun(r, toks, i, end) {
			level = up
		}
		// else "a very high probability", "eine sehr hohe
		// Wahrscheinlichkeit": the intensifier grades the degree word the
		// cue holds, as in "the probability is very high" (very likely),
		// and makes no certainty of it.
		if !neg && level == r.scale.Middle().Step(1) && (r.expect.Len(toks, i) > 0 || r.beliefs.Len(toks, i) > 0) {
			level = level.Step(s.firmness(i, end-i)) // "fully expects", "w pełni oczekuje": an expecting verb of the band list, firmly
		}
	}
	if neg && e.kind != kCategorical && e.kind != kNoEvidence {
		j.Negated = true
		// The negation is the judgement's, read once: it is not the
		// proposition's too ("will almost certainly not send troops").
		s.own = append(append(append(s.own, before...), after), clitics(r, toks, i)...)
		switch {
		case r.negates(before) && extreme(level):
			// "not certain", "keine ausgemachte Sache", "nie jest
			// przesądzone", "not ruled out": denying an extreme leaves it
			// open, about even and stated as uncertainty (weighted as a
			// bare possibility), not the other extreme.
			level, j.Modal = r.scale.Middle(), true
		case r.negates(before) && e.kind == kBand && level == r.scale.Middle() && !s.asksAfter(end):
			// "nicht möglich", "non è possibile", "n'est pas possible",
			// "nie jest możliwe": denying that it is possible says it is
			// impossible ("unmöglich", "невозможно" are almost no chance),
			// not about even, which is where turning the middle round
			// left it. "Not possible to say whether" stays open.
			level = r.scale.Lowest()
		default:
			level = level.Mirror()
		}
	}
	if !level.Valid() {
		// "no evidence that": a stance against what follows, with no
		// degree; valued at the foot of the band below even.
		below := r.scale.Middle().Step(-1)
		j.Value, j.High = below.Edges()
		return j
	}
	setBand(&j, level)
	if lo, hi := level.Edges(); e.value > 0 && !j.Negated && level == e.band {
		j.Value = min(max(e.value, lo), hi) // the survey's reading of this very phrase, kept in its band
	}
	return j
}

// condsOf returns the sentence's conditional clauses as the judgement j
// with its cue at tokens [i, end) sees them: after a cue that judges its
// "if" clause ("I would be surprised if", "wäre keine Überraschung,
// wenn"), the clause right after it is what it judges; after stated uncertainty,
// "whether", "si", "se", "om" right after the cue open what it judges,
// not a condition ("hard to say whether", "trop tôt pour dire si",
// "difficile da prevedere se", "svårt att säga om"); after a probability
// they stay conditions ("troligt om räntan sänks").
func (s *sentence) condsOf(j kent.Judgement, i, end int) [][2]int {
	judgesIf := s.r.judgesIf(s.toks, i, end)
	if !judgesIf && (!j.Modal || j.Band != s.r.scale.Middle().Name()) {
		return s.cond
	}
	for n, c := range s.cond {
		if c[0] >= end && c[0] <= end+2 && (judgesIf || s.r.complementizers.Len(s.toks, c[0]) > 0) && wordsIn(s.toks, end, c[0]) == 0 {
			out := append([][2]int{}, s.cond[:n]...)
			return append(out, s.cond[n+1:]...)
		}
	}
	return s.cond
}

// extreme reports whether a band is near certainty either way (all of it
// at or above 0.9, or at or below 0.1): a band whose denial says "open",
// not "the other side".
func extreme(b kent.Band) bool {
	lo, hi := b.Edges()
	return lo >= 0.9 || hi <= 0.1
}

// holdsChanceNoun reports whether a chance or probability noun stands in
// tokens [i, end): a cue that grades one ("high probability", "strong
// chance").
func holdsChanceNoun(r *rules, toks []kent.Token, i, end int) bool {
	for k := i; k < end; k++ {
		if toks[k].Word && nounAt(r.chance, r.chanceHeads, toks, k) {
			return true
		}
	}
	return false
}
