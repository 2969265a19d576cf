package question_test

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// A judgement that bears on the question, or shares its subject or event,
// has one of the keys the question looks for; one on another event in
// another place has none.
func TestKeysFindWhatBearsOnTheQuestion(t *testing.T) {
	m, p, q := setup(t)
	want := m.QueryKeys(q)
	if !slices.Contains(want, "p:BY") {
		t.Fatalf("question keys %v lack Belarus", want)
	}
	shares := func(keys []string) bool {
		for _, w := range want {
			for _, k := range keys {
				if k == w || strings.HasSuffix(w, "*") && strings.HasPrefix(k, strings.TrimSuffix(w, "*")) {
					return true
				}
			}
		}
		return false
	}
	for _, c := range []struct {
		lang, text string
		found      bool
	}{
		{"sv", "Hedenskog bedömer det som osannolikt att Belarus direkt ger sig in i kriget.", true},
		{"ru", "Маловероятно, что Беларусь отправит войска на Украину.", true},
		{"en", "The Belarusian economy is likely to shrink.", true},          // the subject: set aside, not dropped
		{"en", "It is unlikely that Russia will enter the war again.", true}, // the event
		{"en", "Economists say a rate cut in Madrid is very unlikely.", false},
	} {
		hs := judgements(t, p, c.lang, c.text, "x", time.Time{})
		if len(hs) == 0 {
			t.Errorf("%q: no judgement", c.text)
			continue
		}
		keys := m.Keys(hs[0].Judgement)
		if shares(keys) != c.found || m.Relevance(q, hs[0].Judgement).About && !shares(keys) {
			t.Errorf("%q: keys %v, question's %v: found = %v, want %v", c.text, keys, want, shares(keys), c.found)
		}
	}
}
