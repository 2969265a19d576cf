package question_test

import (
	"strings"
	"testing"
	"time"

	"github.com/kentnews/kent/question"
)

// Odds given to a named rival, in an article on the question's candidate,
// bear on the race as the rival's words do: a likely win for the rival
// ("Bookmakers give Peter Lind a 70% chance") is pooled as its complement
// for her, whoever the sentence before named; a slim one ("a 20% chance")
// is set aside as another subject, since one of several rivals says
// little of who wins. Both were dropped as sharing neither subject nor
// event.
func TestRivalsOdds(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Anna Varga win Norland's presidential election?")
	day := time.Date(2025, 4, 20, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, title, text, cue string }{
		{"en", "Varga before the vote", "Anna Varga is trailing in the polls. Bookmakers give Peter Lind a 70% chance.", "70%"},
		{"de", "Varga vor der Wahl", "Anna Varga liegt in den Umfragen zurück. Die Buchmacher geben Peter Lind eine Chance von 70 %.", "70 %"},
		{"pl", "Varga przed wyborami", "Anna Varga traci w sondażach. Bukmacherzy dają Peterowi Lindowi 70 procent szans.", "70 procent"},
		{"sv", "Varga inför valet", "Anna Varga ligger efter i mätningarna. Spelbolagen ger Peter Lind 70 procents chans.", "70 procent"},
		{"ru", "Варга перед выборами", "Анна Варга отстает в опросах. Букмекеры дают Петеру Линду шансы в 70%.", "70%"},
	} {
		o := m.Outlook(q, titled(t, p, c.lang, c.title, c.text, day), 1, question.Options{Now: day})
		found := false
		for _, k := range o.Contributions {
			if strings.HasPrefix(k.Cue, c.cue) {
				found = true
				if k.P > 0.35 {
					t.Errorf("%s %q: «%s» pooled at %.2f, want the rival's 70%% read as 0.30 for Varga", c.lang, c.text, k.Cue, k.P)
				}
			}
		}
		if !found {
			t.Errorf("%s %q: «%s» not pooled; pooled %+v, set aside %+v", c.lang, c.text, c.cue, o.Contributions, o.SetAside)
		}
	}
	hits := titled(t, p, "en", "Varga before the vote", "Anna Varga leads the polls. Bookmakers give Peter Lind a 20% chance.", day)
	if h, r := find(t, m, q, hits, "20%"); r.About || !strings.Contains(r.Reason, "another subject") {
		t.Errorf("%q: %+v, want set aside as another subject", h.Proposition.Text, r)
	}
}
