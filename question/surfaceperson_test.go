package question_test

import (
	"strings"
	"testing"
	"time"
)

// In a language without a syntax model (Finnish), a proposition that names
// another person, or whose verb has its holder as subject by its form
// ("voittavansa": that he himself wins), is not about the question's
// person, though the sentence before or the title names her.
func TestAnotherPersonWithoutAParse(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Anna Varga win Norland's presidential election?")
	d := time.Date(2025, 4, 20, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ text, words string }{
		{"Valtiotieteilijä Mikko Virtanen pitää todennäköisenä, että Anna Varga voittaa presidentinvaalit.\n\nVirtasen mukaan Jonas Berg tuskin pääsee toiselle kierrokselle.", "tuskin"},
		{"Anna Varga johtaa kyselyissä.\n\nJonas Berg ei usko voittavansa vaaleja.", "ei usko"},
	} {
		hits := titled(t, p, "fi", "Varga johtaa kyselyissä", c.text, d)
		if h, r := find(t, m, q, hits, c.words); r.About || !strings.Contains(r.Reason, "not of Anna Varga") {
			t.Errorf("%q: %+v, want set aside: not of Anna Varga", h.Proposition.Text, r)
		}
	}
	hits := titled(t, p, "fi", "Varga johtaa kyselyissä", "Valtiotieteilijä Mikko Virtanen pitää todennäköisenä, että Anna Varga voittaa presidentinvaalit.", d)
	if h, r := find(t, m, q, hits, "todennäköisenä"); !r.About {
		t.Errorf("%q: %+v, want about her win", h.Proposition.Text, r)
	}
}
