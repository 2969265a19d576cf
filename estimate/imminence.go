package estimate

import (
	"slices"

	"github.com/kentnews/kent"
)

// Imminence: the lexicon's imminent phrases ("is imminent", "steht kurz
// bevor", "är nära förestående", "вот-вот", "lada dzień") say the event
// is about to happen, a very likely judgement on it. They are read as
// band words, but a hedge, an expectation or a belief earlier in the
// sentence governs them: "unlikely to be imminent" is the hedge's
// unlikely, "gehen nicht davon aus, dass die Offensive unmittelbar
// bevorsteht" the denied belief's. Near-future times ("in the coming
// days", "в ближайшее время", "w najbliższych dniach") are no judgement
// alone ("talks resumed in the coming days"), but in a clause with a
// future and no hedge ("the order will be given in the coming days") they
// make the forecast a very likely one; a hedge ("could begin in the
// coming days") keeps its own band.

// imminentBand is the band of an imminent phrase: very likely, one step
// below the scale's top.
func imminentBand(scale *kent.Scale) kent.Band {
	if b, ok := scale.Band("very_likely"); ok {
		return b
	}
	return scale.Highest().Step(-1)
}

// governedImminence drops from out the imminent judgements (their cues
// start at imm) that another judgement of the sentence, starting before
// them, governs. A bare possibility does not: "potrebbe essere questione
// di ore" hedges when, and the imminence is read beside it.
func governedImminence(out []kent.Judgement, imm []int, others ...[]kent.Judgement) []kent.Judgement {
	if len(imm) == 0 {
		return out
	}
	first := -1 // where the sentence's first cue that is not imminent starts
	note := func(j kent.Judgement) {
		if first < 0 || j.CueSpan.Start < first {
			first = j.CueSpan.Start
		}
	}
	isImm := func(j kent.Judgement) bool {
		for _, at := range imm {
			if j.CueSpan.Start == at {
				return true
			}
		}
		return false
	}
	for _, j := range out {
		if !isImm(j) && !j.Modal {
			note(j)
		}
	}
	for _, js := range others {
		for _, j := range js {
			note(j)
		}
	}
	if first < 0 {
		return out
	}
	kept := out[:0]
	for _, j := range out {
		if isImm(j) && j.CueSpan.Start > first {
			continue
		}
		kept = append(kept, j)
	}
	return kept
}

// imminentTime reads a near-future time phrase in a clause with a future
// (an auxiliary or a future ending; in a language whose present speaks
// of the future, an event word does): a very likely forecast at the
// phrase, mirrored by a negation before it ("это произойдёт не в
// ближайшее время"). It is tried only where nothing else in the sentence
// judges. ok is false when there is none.
func (s *sentence) imminentTime() (kent.Judgement, bool) {
	r, toks := s.r, s.toks
	for k := 0; k < len(toks); k++ {
		if !toks[k].Word || inside(s.cond, k) {
			continue
		}
		n := r.imminentTimes.Len(toks, k)
		if n == 0 {
			continue
		}
		if !s.futureAround(k, k+n) {
			continue
		}
		e := entry{kind: kBand, band: imminentBand(r.scale), n: n}
		j := s.finish(s.words(e, k, k+n), k, k+n)
		if j.Holder == nil && s.embedded(j.CueSpan.Start) {
			return kent.Judgement{}, false // a that-clause no one holds (unheldEmbedded)
		}
		return j, true
	}
	return kent.Judgement{}, false
}

// futureAround reports whether the clause around [i, end) has a future:
// an auxiliary, a word with a future ending ("будет отдан", "se
// producirá") or a verb of occurrence ("произойдёт"), or, in a language whose present speaks of the future, an
// event word ("die Offensive beginnt in den kommenden Tagen").
func (s *sentence) futureAround(i, end int) bool {
	r, toks := s.r, s.toks
	from, to := clauseStart(r, toks, i), clauseEnd(toks, end)
	for k := from; k < to; k++ {
		if k >= i && k < end || !toks[k].Word {
			continue
		}
		if r.bareFuture(toks, k) > 0 || r.occurrence.Len(toks, k) > 0 || r.presentFuture && r.eventAt(toks, k) {
			return true
		}
	}
	// A Slavic perfective present ("произойдёт", "wejdzie"), which the
	// tagger confirms.
	return r.futureTagged && s.futureVerbIn(from, to-1)
}

// unheldEmbedded drops the imminent judgements (cues at imm) that no one
// holds and that stand in a that-clause: the clause is the content of a
// verb the lexicon does not read as judging ("informationskampanjer för
// att ge sken av att ett deltagande i kriget är nära förestående", to
// feign that it is imminent), not the article's own view.
func (s *sentence) unheldEmbedded(out []kent.Judgement, imm []int) []kent.Judgement {
	if len(imm) == 0 {
		return out
	}
	kept := out[:0]
	for _, j := range out {
		if j.Holder == nil && slices.Contains(imm, j.CueSpan.Start) && s.embedded(j.CueSpan.Start) {
			continue
		}
		kept = append(kept, j)
	}
	return kept
}

// embedded reports whether a complementizer stands before the byte offset
// at in the sentence.
func (s *sentence) embedded(at int) bool {
	for k, t := range s.toks {
		if t.Start >= at {
			break
		}
		if t.Word && s.r.complementizers.Len(s.toks, k) > 0 {
			return true
		}
	}
	return false
}
