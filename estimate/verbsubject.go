package estimate

import "github.com/kentnews/kent"

// The holder from the subject of the cue's own verb, read from the
// dependency parse, when the surface patterns found none: an estimating
// verb whose subject is a group with its modifiers ("Même les diplomates
// les plus optimistes tablaient sur …", "Les marchés, eux, tablent sur
// …"), and a reporting or estimating verb that opens a frame after the
// judgement with its subject behind it ("…, versichern Vertraute", "…,
// считают в правительстве эксперты"). A subject is taken only when the
// parse calls it one, and only a proper name, a group noun of the
// lexicon or a plural common noun (subjectOf).

// cueVerbHolder returns the parse's subject of a judging verb inside the
// cue at [i, end) or of a clause-opening reporting or estimating verb
// after it, checked already against words that name no one (framed: a
// frame's subject, someone whatever its capital); nil when there is none.
func (s *sentence) cueVerbHolder(i, end int) (h *kent.Speaker, framed bool) {
	r, toks := s.r, s.toks
	if s.lang == "" || len(toks) > maxParsed {
		return nil, false
	}
	judging := func(v int) bool {
		return toks[v].Word && r.verbBlockers.Len(toks, v) == 0 &&
			(r.reporting.Len(toks, v) > 0 || r.estimating.Len(toks, v) > 0 || r.expect.Len(toks, v) > 0)
	}
	var verbs []int
	for v := i; v < end; v++ {
		if judging(v) {
			verbs = append(verbs, v)
		}
	}
	for v := end; v < len(toks); v++ {
		if judging(v) && opensClause(toks, v) {
			verbs = append(verbs, -v-1) // after the cue: its subject must follow it
		}
	}
	if len(verbs) == 0 {
		return nil, false
	}
	t := s.parse(len(toks))
	if len(t) < len(toks) {
		return nil, false
	}
	for _, v := range verbs {
		after := v < 0
		if after {
			v = -v - 1
		}
		if t[v].UPOS != "VERB" {
			continue
		}
		h = s.subjectOf(t, v)
		if h == nil {
			continue
		}
		if !after {
			if h = s.someone(h); h != nil {
				return h, false
			}
			continue
		}
		if from, _ := s.locate(h); from <= v {
			continue // "…, which analysts expect": no frame of its own
		}
		// The parse's subject of a frame after the judgement is someone
		// even where a capital says nothing: German writes every noun
		// so ("…, versichern Vertraute", "…, warnen Kritiker").
		return h, true
	}
	return nil, false
}
