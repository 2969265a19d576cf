package question

import (
	"slices"
	"strings"

	"github.com/kentnews/kent"
)

// Third parties: a place or organisation the judged clause names beside
// its event is not whose the event is. "The annexation will go ahead with
// US consent", "an early election is likely after the US vote", "Canada
// will impose tariffs on the US": the US is a third party in each, and
// neither makes the judgement another country's nor the question's.
// Whose the event is shows in the clause's subject, in a genitive, or in
// where it happens ("an early election in the UK"); a name after any
// other preposition, or in an adverbial clause of its own ("before the US
// elects a president"), is a third party. The parse says which is which.

// thirdWords returns the word forms the judgement's sentence uses only in
// third-party positions (a name used also as a subject is not one), or
// nil when the sentence has no parse.
func (m *Matcher) thirdWords(j kent.Judgement) map[string]bool {
	if !m.ParseFrames {
		return nil
	}
	f, _ := m.frameOf(j) // a frame without a predicate still has its third parties
	return f.third
}

// thirdParties marks the words of g in third-party positions, seen from
// the cue's words: a word under a nominal whose preposition is not one of
// the language's owner or genitive prepositions, or under an adverbial
// clause, where neither holds the cue. It returns the forms found only
// there.
func (g *tree) thirdParties(cue []int, owner map[string]bool) map[string]bool {
	holdsCue := map[int]bool{}
	for _, c := range cue {
		for x := c; x >= 0 && !holdsCue[x]; x = g.head(x) {
			holdsCue[x] = true
		}
	}
	aside := func(x int) bool {
		if holdsCue[x] {
			return false
		}
		if g.rel(x) == "advcl" {
			return true
		}
		for _, c := range g.children[x] {
			if g.rel(c) == "case" && g.t[c].UPOS == "ADP" && !owner[strings.ToLower(g.t[c].Form)] {
				return true
			}
		}
		return false
	}
	third, own := map[string]bool{}, map[string]bool{}
	for k := range g.t {
		switch g.t[k].UPOS {
		case "PROPN", "NOUN", "ADJ", "X":
		default:
			continue
		}
		out := false
		for x, n := k, 0; x >= 0 && n < len(g.t) && !out; x, n = g.head(x), n+1 {
			out = aside(x)
		}
		if out {
			third[g.t[k].Form] = true
		} else {
			own[g.t[k].Form] = true
		}
	}
	for w := range own {
		delete(third, w)
	}
	if len(third) == 0 {
		return nil
	}
	return third
}

// notThird returns the words less those the judgement's sentence uses
// only as third parties. A word is matched whole or as the start of a
// hyphenated compound ("US-Zölle" as "US"): the parse splits no hyphen.
func (m *Matcher) notThird(j kent.Judgement, words []string) []string {
	third := m.thirdWords(j)
	if len(third) == 0 {
		return words
	}
	return slices.DeleteFunc(slices.Clone(words), func(w string) bool { return third[w] })
}
