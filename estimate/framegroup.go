package estimate

import "unicode/utf8"

// An impersonal frame after a judgement names its holder by where it was
// said: "…, считают в разведке", "…, зазначають у розвідці", "…, uważają
// w ministerstwie". The group word stands in the locative there, which
// the lexicon lists only in the nominative: a word that shares all but
// the last two letters of a listed group of six letters or more, and adds
// at most three of its own, is that group in another case.

// groupStemReach is how many letters a case ending may add after a
// group's stem.
const groupStemReach = 3

// groupByStem reports whether the lower-case word at k is a form of one
// of the lexicon's one-word groups.
func (s *sentence) groupByStem(k int) bool {
	t := s.toks[k]
	if !t.Word || isCapitalised(t.Text) {
		return false
	}
	for g := range s.r.hold.groups {
		n := utf8.RuneCountInString(g)
		if n < 6 {
			continue
		}
		stem := string([]rune(g)[:n-2])
		if len(t.Low) > len(stem) && t.Low[:len(stem)] == stem && utf8.RuneCountInString(t.Low[len(stem):]) <= groupStemReach {
			return true
		}
	}
	return false
}
