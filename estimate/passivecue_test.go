package estimate_test

import "testing"

// The subject of a passive verb of expecting is whom the judgement is
// about, not who holds it: with no agent or source the judgement is the
// article's own.
func TestPassiveExpectingSubjectHoldsNothing(t *testing.T) {
	checkHolders(t, []holderCase{
		{"en", "EU leaders are expected to approve the recommendation next week.", "are expected", ""},
		{"en", "The ministers were expected to sign the treaty in May.", "expected to", ""},
		{"en", "Finance ministers are widely expected to back the plan on Monday.", "expected to", ""},
		// An agent or a source still names one.
		{"en", "A cut is expected in June by analysts.", "is expected", "analysts"},
		{"en", "Anna Berg expects the ministers to sign the treaty in May.", "expects", "Anna Berg"},
	})
}
