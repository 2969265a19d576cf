package estimate

import (
	"strings"
	"unicode"

	"github.com/kentnews/kent"
)

// Two holders named together and two figures given together pair off in
// order: "Prediction markets Polymarket and Kalshi put it at 69% and 67%"
// is Polymarket's 69% and Kalshi's 67%, not both markets' two figures.

// eachHolder returns, for a figure at cue whose holder h names several
// capitalised names joined by commas and the language's "and", the one
// name in the same place among the holders as the figure among the
// figures joined the same way in the sentence; h where the counts differ.
func (s *sentence) eachHolder(h *kent.Speaker, cue kent.Span) *kent.Speaker {
	if h == nil {
		return h
	}
	parts := s.conjoinedNames(h.Name)
	if len(parts) < 2 {
		return h
	}
	run, at := s.figureRun(cue)
	if len(run) != len(parts) || at < 0 {
		return h
	}
	one := *h
	one.Name, one.Mention, one.MentionSpan = parts[at], "", kent.Span{}
	return &one
}

// conjoinedNames splits "Polymarket and Kalshi", "PredictIt, Polymarket
// und Kalshi" into the names, each capitalised; nil for one name or a
// part that is not capitalised.
func (s *sentence) conjoinedNames(name string) []string {
	var parts []string
	var cur []string
	flush := func() bool {
		if len(cur) == 0 {
			return false
		}
		parts = append(parts, strings.Join(cur, " "))
		cur = nil
		return true
	}
	for _, w := range strings.Fields(name) {
		if s.r.conjunctions[strings.ToLower(w)] {
			if !flush() {
				return nil
			}
			continue
		}
		comma := strings.HasSuffix(w, ",")
		w = strings.TrimSuffix(w, ",")
		if r := []rune(w); len(r) == 0 || !unicode.IsUpper(r[0]) {
			return nil
		}
		cur = append(cur, w)
		if comma && !flush() {
			return nil
		}
	}
	if !flush() {
		return nil
	}
	return parts
}

// figureRun returns the figures of the sentence joined by commas and
// "and" in the run that holds the cue ("69% and 67%", "60, 55 und 50
// Prozent"): the token of each figure, and the place of the cue's among
// them (-1 when the cue is in no run).
func (s *sentence) figureRun(cue kent.Span) ([]int, int) {
	toks := s.toks
	digit := func(k int) bool { return strings.IndexFunc(toks[k].Text, unicode.IsDigit) >= 0 }
	var run []int
	at := -1
	for k := 0; k < len(toks); k++ {
		if !digit(k) {
			continue
		}
		if len(run) > 0 && !s.joinsFigures(run[len(run)-1]+1, k) {
			if at >= 0 {
				break
			}
			run = run[:0]
		}
		run = append(run, k)
		if toks[k].Start < cue.End && cue.Start < toks[k].End {
			at = len(run) - 1
		}
	}
	if at < 0 {
		return nil, -1
	}
	return run, at
}

// joinsFigures reports whether the tokens [from, to) between two figures
// only join them: a comma or a conjunction, other punctuation ("%"), and at most one
// unit word after the first figure ("60 Prozent und 55 Prozent").
func (s *sentence) joinsFigures(from, to int) bool {
	conj, words := false, 0
	for k := from; k < to; k++ {
		t := s.toks[k]
		switch {
		case t.Text == ",":
			conj = true
		case !t.Word && t.Text != "(" && t.Text != ")":
		case s.r.conjunctions[t.Low]:
			conj = true
		default:
			words++
		}
	}
	return conj && words <= 1
}
