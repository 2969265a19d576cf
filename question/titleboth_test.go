package question_test

import (
	"testing"
	"time"

	"github.com/kentnews/kent/question"
)

// A title that names the event and its opposite ("will hold rates and
// signal a cut") leaves a move its article speaks of to the event itself:
// "the data speak for a step in May" is for the cut, not for holding.
func TestTitleNamingEventAndOpposite(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will the Riksbank cut its policy rate in May 2024?")
	day := time.Date(2024, 3, 20, 0, 0, 0, 0, time.UTC)
	hits := titled(t, p, "de", "Schwedische Riksbank wird Zinsen halten und Senkung signalisieren", "Die inländischen Daten sprechen für einen Schritt bereits im Mai, sagte die Ökonomin Anna Berg.", day)
	o := m.Outlook(q, hits, 1, question.Options{Now: day})
	if len(o.Contributions) != 1 || o.Direction != "for" {
		t.Errorf("pooled %+v, direction %q, set aside %+v; want one judgement for", o.Contributions, o.Direction, o.SetAside)
	}
}
