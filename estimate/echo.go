package estimate

import (
	"github.com/kentnews/kent"
	"github.com/kentnews/kent/names"
)

// echo reads a cue on the likely side whose clause says nothing but the
// cue ("I'm very confident," he said; "Siltä näyttää") after a sentence
// of its paragraph that judged an event: the cue confirms that
// judgement, not every event its sentence named, on the side it leaned
// to ("Scholz believes Washington will keep paying. 'I'm very
// confident,' he said": Washington keeps paying; after "doubts that" it
// is the event's not coming that is very likely). A cue on the other
// side ("It doesn't look like it") stands for the event alone and is
// read as any short clause that refers back (proposition).
func echo(r *rules, toks []kent.Token, j *kent.Judgement, prevJs []kent.Judgement) {
	if len(prevJs) == 0 || j.Value <= 0.5 || len(concepts(r, toks)) > 0 || !cueClauseOnly(r, toks, j.CueSpan) {
		return
	}
	last := prevJs[len(prevJs)-1]
	// Only the judgement's own holder confirms it: another speaker's
	// "I'm very confident" after Doe's doubt says nothing of Doe's event,
	// nor of any other the sentence before named.
	if j.Holder != nil && last.Holder != nil && !names.SameName(j.Holder.Name, last.Holder.Name) {
		j.Proposition.Events = nil
		return
	}
	if len(last.Proposition.Events) == 0 || last.Band == "" {
		return
	}
	p := last.Proposition
	if last.Value < 0.5 {
		p.Negated = !p.Negated
	}
	j.Proposition = p
}

// cueClauseOnly reports whether a cue opens its sentence and is its
// whole clause, with at most one word besides its own ("Derzeit scheint
// es nicht danach", "“I'm very confident,” he said"), and no clause it
// governs follows ("Ich glaube, dass das …", "Wydaje mi się, że to …"):
// a cue set off between commas inside a sentence ("такой шаг, вероятно,
// произойдёт") judges the clause it interrupts.
func cueClauseOnly(r *rules, toks []kent.Token, cue kent.Span) bool {
	first, last := -1, -1
	for k, t := range toks {
		if t.Start >= cue.Start && t.End <= cue.End {
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	if first < 0 {
		return false
	}
	rest := wordsIn(toks, 0, first)
	k := last + 1
	for ; k < len(toks) && !clauseMark(toks[k]); k++ {
		if toks[k].Word {
			rest++
		}
	}
	if rest > 1 {
		return false
	}
	for ; k < len(toks); k++ {
		if toks[k].Word && (r.complementizers.Len(toks, k) > 0 || r.hold != nil && r.hold.eventPronouns[toks[k].Low]) {
			return false
		}
	}
	return true
}

// clauseMark reports whether a token ends a clause: any mark of
// punctuation but an apostrophe or a hyphen inside a word.
func clauseMark(t kent.Token) bool {
	if t.Word {
		return false
	}
	switch t.Low {
	case "'", "’", "-", "‐":
		return false
	}
	return true
}
