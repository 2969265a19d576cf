package estimate

import "strings"

// Reported futures: speech reports a future in the past's form ("Rusu
// announced that Moldova would leave the alliance", "Rusu kündigte an,
// Moldau würde austreten", "le RN a annoncé qu'il voterait la motion",
// "dijo que España reconocería a Palestina"). After a verb of saying or
// announcing in the sentence, such a would, würde, -rait or -ría is the
// speaker's forecast as a will is; without one it is a hypothetical ("that
// would bring the government down") and judges nothing. Under a condition
// ("would leave if …") the condition decides, as for any future. The
// auxiliaries and endings are data (reported_future,
// reported_future_suffixes).

// reportedReach is how many tokens before a reported future its verb of
// saying may stand: "announced on Tuesday in a speech to parliament that
// Moldova would leave".
const reportedReach = 14

// reportedFutureAt returns the length of a reported future auxiliary at
// i, 0 when there is none or no verb of saying reports it.
func (s *sentence) reportedFutureAt(i int) int {
	n := s.r.reportedFuture.Len(s.toks, i)
	if n == 0 || !s.reported(i) {
		return 0
	}
	return n
}

// reportedSuffix reports whether the word at i ends in a reported
// future's ending (voterait, reconocería) and a verb of saying reports it.
func (s *sentence) reportedSuffix(i int) bool {
	w := s.toks[i].Low
	for _, suf := range s.r.reportedSuffixes {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return s.reported(i)
		}
	}
	return false
}

// reported reports whether a verb of saying or of announcing an intention
// stands before i in its sentence, outside a condition's span.
func (s *sentence) reported(i int) bool {
	r, toks := s.r, s.toks
	if inside(s.cond, i) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-reportedReach; k-- {
		if t := toks[k].Low; t == "." || t == ";" || t == "?" || t == "!" {
			return false
		}
		if toks[k].Word && (r.reporting.Len(toks, k) > 0 || r.intent.Len(toks, k) > 0) {
			return true
		}
	}
	return false
}
