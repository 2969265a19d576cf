package estimate_test

import "testing"

// A role and a name after the reporting verb: the name keeps its
// lower-case surname particles ("de Vries"), and "of <organisation>" after
// it is the person's affiliation, not part of the name. Invented sentences.
func TestNameAfterRoleWithParticleAndAffiliation(t *testing.T) {
	for _, c := range []struct {
		lang, text, cue, name, role, aff string
	}{
		{"en", "Membership this year is unlikely, said political scientist Karen de Vries of Leiden University.", "unlikely", "Karen de Vries", "scientist", "Leiden University"},
		{"en", "A cut in June is unlikely, said economist Luis van Dam.", "unlikely", "Luis van Dam", "economist", ""},
		{"pl", "Obniżka stóp w czerwcu jest mało prawdopodobna – ocenił ekonomista Jan de Boer z Uniwersytetu Warszawskiego.", "mało prawdopodobna", "Jan de Boer", "ekonomista", "Uniwersytetu Warszawskiego"},
	} {
		found := false
		for _, j := range judge(t, c.lang, c.text) {
			if j.Cue != c.cue {
				continue
			}
			found = true
			if h := j.Holder; h == nil || h.Name != c.name || h.Role != c.role || h.Affiliation != c.aff {
				t.Errorf("%s: %q held by %+v, want %q, role %q, of %q", c.lang, c.cue, h, c.name, c.role, c.aff)
			}
		}
		if !found {
			t.Errorf("%s: no judgement %q in %q", c.lang, c.cue, c.text)
		}
	}
}
