package estimate_test

import (
	"strings"
	"testing"
)

// Confidence reported in the past tense is the same judgement as in the
// present: "said he was confident he would stay in office". Written for
// this test.
func TestConfidenceInThePast(t *testing.T) {
	for _, text := range []string{
		"Schoof said he was confident he would stay in office until the election.",
		"The ministers said they were confident that Moldova would become a member by 2030.",
		"Popescu remained confident that the talks would succeed, he told reporters.",
	} {
		js := judge(t, "en", text)
		ok := false
		for _, j := range js {
			ok = ok || strings.Contains(j.Cue, "confident") && j.Value >= 0.8
		}
		if !ok {
			t.Errorf("%q: no confident judgement:\n%s", text, dump(js))
		}
	}
}
