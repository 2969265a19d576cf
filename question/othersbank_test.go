package question_test

import (
	"testing"
	"time"
)

// Another central bank's move, named by its acronym in the possessive or
// with a case ending after a colon ("The Fed's rate cut", "Fed:s
// räntesänkning"), is not the question's bank's, even in an article whose title names the question's
// bank: the acronym names the other bank as "Fed" alone would.
func TestOtherBankPossessive(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will the ECB cut interest rates by June 2024?")
	may := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	cases := []struct{ lang, title, text, words string }{
		{"en", "ECB set to cut rates in June as inflation cools", "The European Central Bank is preparing its first cut in June, officials said. \"The Fed's rate cut is likely,\" said Anna Berg, an economist at Nordbank.", "Fed's"},
		{"en", "ECB set to cut rates in June as inflation cools", "The European Central Bank is preparing its first cut in June, officials said. \"The Fed’s rate cut is likely,\" said Anna Berg, an economist at Nordbank.", "Fed’s"},
	}
	for _, c := range cases {
		hits := titled(t, p, c.lang, c.title, c.text, may)
		if _, r := find(t, m, q, hits, c.words); r.About {
			t.Errorf("%s: %q pooled for a question on the ECB: %+v", c.lang, c.words, r)
		}
	}
}

// Swedish inflects a mixed-case abbreviation after a colon too: "Fed:s
// räntesänkning" is the Fed's, not the question's bank's.
func TestOtherBankColonGenitive(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will the ECB cut interest rates by June 2024?")
	may := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	hits := titled(t, p, "sv", "ECB väntas sänka räntan i juni", "Europeiska centralbanken förbereder sin första sänkning i juni. Fed:s räntesänkning är trolig, säger Anna Berg, ekonom på Nordbanken.", may)
	if _, r := find(t, m, q, hits, "Fed:s"); r.About {
		t.Errorf("«Fed:s räntesänkning är trolig» pooled for a question on the ECB: %+v", r)
	}
}
