package estimate

import "github.com/kentnews/kent"

// believed softens a categorical forecast that a belief verb opens ("I
// think nothing will happen today", "Sądzę, że dziś nic nie będzie",
// "Minister uważa, że referendum nie odbędzie się"): the speaker believes
// it, so it is likely (or, said of the event not happening, unlikely),
// not certain, and no longer categorical. Where the lexicon read the
// belief verb as a judgement of its own whose clause holds the forecast,
// that judgement takes the softened band and the forecast's polarity, and
// the forecast goes: one judgement, its negation read once, with the
// belief's wider clause. A denied belief ("I don't think it will
// happen") is a cue of its own and is left alone.
func (s *sentence) believed(out []kent.Judgement) []kent.Judgement {
	r, toks := s.r, s.toks
	var drop []kent.Span
	for n := range out {
		c := &out[n]
		if !c.Categorical || c.Band == "" {
			continue
		}
		k := s.beliefBefore(tokenAt(toks, c.CueSpan.Start))
		if k < 0 {
			k = s.beliefAfter(tokenAt(toks, c.CueSpan.Start))
		}
		if k < 0 {
			continue
		}
		level, ok := r.scale.Band(c.Band)
		if !ok || level.Side() == 0 {
			continue
		}
		soft := r.scale.Middle().Step(level.Side())
		if s.convinced(k) {
			soft = soft.Step(level.Side()) // "is convinced that … will not": very unlikely
		}
		if b := beliefJudgement(out, toks[k], c.CueSpan); b >= 0 {
			setBand(&out[b], soft)
			out[b].Negated = false
			out[b].Proposition.Negated = c.Proposition.Negated
			drop = append(drop, c.CueSpan)
			continue
		}
		setBand(c, soft)
		c.Categorical = false
	}
	if len(drop) == 0 {
		return out
	}
	kept := out[:0]
	for _, j := range out {
		gone := false
		for _, d := range drop {
			gone = gone || j.Categorical && j.CueSpan == d
		}
		if !gone {
			kept = append(kept, j)
		}
	}
	return kept
}

// convinced reports whether the belief verb at token k says conviction
// or certainty ("переконаний", "jest przekonany", "est convaincu", "is
// sure"): a word of the lexicon's certainty words inside it. A forecast
// so believed is softened one band less than one merely thought: very
// likely, or very unlikely.
func (s *sentence) convinced(k int) bool {
	r, toks := s.r, s.toks
	if !r.hasCertainty {
		return false
	}
	// The certainty word may be in the belief phrase or right after it
	// ("is convinced", "är övertygad").
	for m, end := k, k+max(1, r.beliefs.Len(toks, k)); m <= end && m < len(toks); m++ {
		if toks[m].Word && r.certainty.Len(toks, m) > 0 {
			return true
		}
	}
	return false
}

// beliefJudgement returns the index of the judgement in out that the
// belief verb t is the cue of (alone or in a phrase: "Sądzę", "I
// think") and whose clause holds the cue at span; -1 when there is none.
func beliefJudgement(out []kent.Judgement, t kent.Token, span kent.Span) int {
	for b, j := range out {
		p := j.Proposition.Span
		if !j.Categorical && j.CueSpan.Start <= t.Start && t.End <= j.CueSpan.End && p.Start <= span.Start && span.End <= p.End {
			return b
		}
	}
	return -1
}

// beliefBefore returns the token of an undenied belief verb that opens the
// clause of the cue at token at: before it in the sentence, within
// beliefReach tokens, with no sentence-closing mark between; -1 when there
// is none.
func (s *sentence) beliefBefore(at int) int {
	r, toks := s.r, s.toks
	for k := at - 1; k >= 0 && k >= at-beliefReach; k-- {
		if t := toks[k].Low; t == ";" || t == ":" || t == "." || t == "?" {
			return -1
		}
		if !toks[k].Word || r.beliefs.Len(toks, k) == 0 {
			continue
		}
		if r.negates(negationsBefore(r, toks, k)) {
			return -1
		}
		return k
	}
	return -1
}

// beliefTail is how many words may follow the comma that closes a
// forecast and still be only its belief verb and holder: "…, glaubt die
// Politologin Eva Roth", "…, Peter Wall believes".
const beliefTail = 6

// beliefAfter returns the token of an undenied belief verb that closes
// the sentence after the forecast at token at, set off by a comma and
// standing with only its holder: "Cole wird zurücktreten, glaubt Eva
// Roth", "Riksbanken kommer att sänka, tror Eva Strand", "Norland will
// join, Peter Wall believes"; or -1.
func (s *sentence) beliefAfter(at int) int {
	r, toks := s.r, s.toks
	comma := -1
	for k := at; k < len(toks); k++ {
		switch toks[k].Low {
		case ";", ":", "?":
			return -1
		case ",":
			comma = k
		}
	}
	if comma < 0 || wordsIn(toks, comma, len(toks)) > beliefTail {
		return -1
	}
	for k := comma + 1; k < len(toks); k++ {
		if !toks[k].Word || r.beliefs.Len(toks, k) == 0 {
			continue
		}
		if r.negates(negationsBefore(r, toks, k)) || r.complementizers.Len(toks, k+r.beliefs.Len(toks, k)) > 0 {
			return -1
		}
		return k
	}
	return -1
}

// tokenAt returns the index of the token starting at byte offset start,
// or of the first one after it.
func tokenAt(toks []kent.Token, start int) int {
	for k, t := range toks {
		if t.Start >= start {
			return k
		}
	}
	return len(toks)
}
