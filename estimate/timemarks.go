package estimate

import (
	"strings"
	"unicode/utf8"
)

// Time marks of a judgement: an expectation reported as past ("had
// expected", "erwarteten zuvor") and the year it is bound to.

// pastMarker returns the words that make the cue at [i, end) an
// expectation held before ("had expected", "previously predicted",
// "angenommen hatten"), or "". The markers stand next to the cue (within
// four words before it, two after), in its clause.
func (s *sentence) pastMarker(i, end int) string {
	r, toks := s.r, s.toks
	for k := end - 1; k >= 0 && k >= i-4; k-- {
		if !toks[k].Word {
			if k < i {
				break
			}
			continue
		}
		if n := r.pastBefore.Len(toks, k); n > 0 { // "had expected", "avaient prévu"
			return s.a.Text[toks[k].Start:toks[k+n-1].End]
		}
	}
	for k := end; k < len(toks) && k < end+2; k++ {
		if !toks[k].Word {
			break
		}
		if n := r.pastAfter.Len(toks, k); n > 0 {
			return s.a.Text[toks[k].Start:toks[k+n-1].End]
		}
	}
	return ""
}

// yearBound returns the time bound nearest the cue at i that a time
// preposition makes of a year: "bis 2030", "do 2030 roku", "к 2030 году",
// "by 2027"; "" when there is none.
func (s *sentence) yearBound(i int) string {
	r, toks, best, dist := s.r, s.toks, "", len(s.toks)+1
	// Within a window of the cue: a bound far off in a long sentence is
	// another clause's, and the scan stays linear in the sentence.
	for k := max(0, i-yearReach); k+1 < len(toks) && k <= i+yearReach; k++ {
		n := r.timePreps.Len(toks, k)
		if n == 0 || k+n >= len(toks) || !isYear(toks[k+n].Low) {
			continue
		}
		e := k + n + 1
		if e < len(toks) && toks[e].Word && utf8.RuneCountInString(toks[e].Low) <= 5 && !isCapitalised(toks[e].Text) && !r.function[toks[e].Low] {
			e++ // "do 2030 roku", "к 2030 году"
		}
		if e < len(toks) {
			e += r.timePosts.Len(toks, e) // "vuoteen 2030 mennessä"
		}
		if d := abs(k - i); d < dist {
			best, dist = s.a.Text[toks[k].Start:toks[e-1].End], d
		}
	}
	return best
}

// isYear reports whether a word is a year of 1900–2099, with a case
// ending after a hyphen ("2030-ųjų") allowed.
func isYear(w string) bool {
	w, _, _ = strings.Cut(w, "-")
	if len(w) != 4 || !(strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) {
		return false
	}
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
