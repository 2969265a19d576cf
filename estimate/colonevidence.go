package estimate

import "github.com/kentnews/kent"

// A judgement stated before a colon and the source after it whose view the
// colon opens: "Выход Армении из ОДКБ — лишь вопрос времени: опрошенные
// «Известиями» эксперты уже не сомневаются, что …", "A cut in June is only
// a matter of time: the economists polled by Reuters no longer doubt it."
// The writer sums up what the source then says; the source holds it.

// colonEvidenceReach is how many tokens after the colon the source's verb
// may stand.
const colonEvidenceReach = 10

// colonEvidence returns the subject of a reporting or estimating verb in
// the clause a colon after the cue (ending at end) opens, or nil.
func (s *sentence) colonEvidence(end int) *kent.Speaker {
	r, toks := s.r, s.toks
	c := -1
	for k := end; k < len(toks); k++ {
		if toks[k].Low == ":" {
			c = k
			break
		}
		if toks[k].Low == ";" {
			return nil
		}
	}
	if c < 0 {
		return nil
	}
	for v := c + 2; v < len(toks) && v <= c+colonEvidenceReach; v++ {
		if !toks[v].Word {
			if toks[v].Low == "," {
				return nil // the subject's clause ends before any verb
			}
			continue
		}
		if r.reporting.Len(toks, v) == 0 && r.estimating.Len(toks, v) == 0 && r.expect.Len(toks, v) == 0 || r.verbBlockers.Len(toks, v) > 0 {
			continue
		}
		if h, from := s.subjectBefore(v); h != nil && from > c && !s.nobody(h) {
			return h
		}
		return nil
	}
	return nil
}
