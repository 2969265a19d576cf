package lexicon

import "testing"

// The cue words the judgement extractor reads beliefs, shares of none,
// near-zero and even degrees, certain percentages and moving chances by
// are given in every language.
func TestJudgementCuesInEveryLanguage(t *testing.T) {
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range s.Codes() {
		e := s.Get(c).Estimative
		for name, list := range map[string][]string{
			"belief_verbs": e.BeliefVerbs, "degree_none": e.DegreeNone, "degree_even": e.DegreeEven,
			"certainty_words": e.CertaintyWords, "none_shares": e.NoneShares,
			"raising": e.Raising, "lowering": e.Lowering, "seeing_verbs": e.SeeingVerbs,
			"readiness": e.Readiness, "heading": e.Heading, "early_results": e.EarlyResults, "occurrence": e.Occurrence, "happening": e.Happening,
			"intent_verbs": e.IntentVerbs, "imminent": e.Imminent, "imminent_times": e.ImminentTimes,
			"headline_teasers": e.HeadlineTeasers, "headline_denials": e.HeadlineDenials,
			"intent_negated": e.IntentNegated, "firm_expectation": e.FirmExpectation,
		} {
			if len(list) < 2 {
				t.Errorf("%s: estimative.%s has %d entries; want at least 2", c, name, len(list))
			}
		}
	}
}
