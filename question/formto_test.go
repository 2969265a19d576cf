package question_test

import (
	"testing"
	"time"
)

// A family's form written up to the judged verb ("motion … aboutir",
// "moción … prosperar") is the event that comes, however the parse hangs
// its subject: in an article on the Dutch government's censure, "the
// motion has little chance of succeeding" is against its fall, not set
// aside as a predicate in another clause.
func TestFormUpToTheVerbIsTheEvent(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will the Dutch government fall in a no-confidence vote this year?")
	day := time.Date(2024, 3, 4, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, title, text, words string }{
		{"fr", "Les Pays-Bas : une motion de censure contre le gouvernement", "L'opposition néerlandaise a déposé mardi une motion de censure contre le gouvernement.\n\nCette motion a toutefois peu de chances d'aboutir, estime le politologue Jean Dupont.", "aboutir"},
	} {
		hits := titled(t, p, c.lang, c.title, c.title+"\n\n"+c.text, day)
		if h, r := find(t, m, q, hits, c.words); !r.About || r.Invert || h.Value >= 0.5 {
			t.Errorf("%s: %+v, value %.2f; want about the fall, against", c.lang, r, h.Value)
		}
	}
}
