package estimate

import "strings"

// A passive verb of expecting or judging says what is expected of its
// subject, not who expects it: "EU leaders are expected to approve …",
// "Ministers are seen as likely to sign …", "Die Minister werden
// erwartet …". Its subject is the proposition's, and the judgement is the
// article's own unless an agent ("by analysts") or a source names one.

// passiveVerb reports whether the parse reads the verb at v as passive:
// a passive auxiliary before it, or an auxiliary of the language's
// passive (attribution passive_auxiliaries) before its participle.
func (s *sentence) passiveVerb(v int) bool {
	if s.lang == "" || v+1 >= maxParsed {
		return false
	}
	t := s.parse(v + 1)
	if len(t) <= v {
		return false
	}
	for k := range t {
		if t[k].Head-1 != v || k > v || t[k].UPOS != "AUX" {
			continue // an auxiliary before it: a subject alone the parser calls passive too readily
		}
		if t[k].Rel == "aux:pass" || s.r.passiveAux[t[k].Lemma] && strings.Contains(t[v].Feats, "VerbForm=Part") {
			return true
		}
	}
	return false
}
