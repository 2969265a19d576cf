package estimate

// Where a judged clause begins and what it holds: a cue that fills its
// clause, a clause that is only its cue, and a belief verb before the
// judged words (proposition reads them).

import "github.com/kentnews/kent"

// parenthetical reports whether the cue [i, end) fills the clause
// [from, to) set between two commas with only function words besides, and
// returns the clause it interrupts: from the start of the words before the
// first comma to the end of those after the second.
func parenthetical(r *rules, toks []kent.Token, from, to, i, end int) (int, int, bool) {
	if from < 2 || to+1 >= len(toks) || toks[from-1].Low != "," || toks[to].Low != "," || wordsIn(toks, from, to) > 3 {
		return 0, 0, false
	}
	for k := from; k < to; k++ {
		if toks[k].Word && (k < i || k >= end) && !r.function[toks[k].Low] {
			return 0, 0, false
		}
	}
	start, stop := clauseStart(r, toks, from-1), clauseEnd(toks, to+1)
	if wordsIn(toks, start, from-1) == 0 || wordsIn(toks, to+1, stop) == 0 {
		return 0, 0, false
	}
	return start, stop, true
}

// onlyCue reports whether a judged clause says nothing but its cue, an
// adverb of time at most: an answer to what its paragraph asked or said
// before ("Will the coalition last? Danach sieht es derzeit nicht aus",
// "Het ziet er niet naar uit", "It doesn't look like it") stands for that
// sentence's event however many words the cue has.
func onlyCue(clause []kent.Token, cue kent.Span) bool {
	rest := 0
	for _, t := range clause {
		if t.Word && (t.Start < cue.Start || t.End > cue.End) {
			rest++
		}
	}
	return rest <= 1
}

// cueAlone reports whether a judged clause holds nothing but its cue,
// "but", "and", "that" and words of time ("nothing can be ruled out", "в майбутньому нічого не
// слід виключати"); a word that is neither ("probablement nombreuses")
// makes the cue a modifier of its own clause.
func cueAlone(r *rules, clause []kent.Token, cue kent.Span) bool {
	for k := 0; k < len(clause); k++ {
		t := clause[k]
		if !t.Word || t.Start >= cue.Start && t.End <= cue.End || r.adversatives[t.Low] || r.conjunctions[t.Low] || r.complementizers.Len(clause, k) == 1 {
			continue
		}
		if n := r.timeframes.Len(clause, k); n > 0 {
			k += n - 1
			continue
		}
		return false
	}
	return true
}

// afterBelief moves the start of a judged clause past a verb of belief
// that stands before its cue with no complementizer ("Scholz believes
// Washington will keep paying", "Smith thinks Minsk will send troops"):
// the believer is the holder, Washington the subject judged, and the
// believer's name is no entity of the proposition. The belief verb must
// have a word of the clause after it before the cue; a negated belief
// ("no longer believe a treaty will be signed") keeps its clause, whose
// negation is the judgement's, and so does one whose object stands
// before it ("Det bedömer de flesta ekonomer som mycket osannolikt",
// "Obniżkę stóp większość ekonomistów uważa za mało prawdopodobną").
func afterBelief(r *rules, toks []kent.Token, from, i int) int {
	for k := from; k < i; k++ {
		if !toks[k].Word {
			continue
		}
		if r.negation(toks, k) {
			return from
		}
		if n := r.beliefs.Len(toks, k); n > 0 && wordsIn(toks, k+n, i) > 0 && k > from {
			if namesEventBefore(r, toks[from:k]) {
				return from
			}
			return k + n
		}
	}
	return from
}

// namesEventBefore reports whether the words before a belief verb name an
// event or point back to one: then they are what is judged.
func namesEventBefore(r *rules, ws []kent.Token) bool {
	if len(concepts(r, ws)) > 0 {
		return true
	}
	for _, t := range ws {
		if t.Word && r.hold != nil && r.hold.eventPronouns[t.Low] {
			return true
		}
	}
	return false
}
