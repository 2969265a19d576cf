package question_test

import (
	"testing"
	"time"

	"github.com/kentnews/kent/question"
)

// "Will the US impose tariffs on Canada?" is about the United States: an
// acronym the place list leaves out of articles names the country in a
// question (it was read as a question about Canada, the UK one as about
// the EU), and a proposition that writes "the US" then names the
// question's subject.
func TestAskedAcronymsNameTheSubject(t *testing.T) {
	m, p, _ := setup(t)
	for _, c := range []struct{ text, subject, object string }{
		{"Will the US impose tariffs on Canada?", "US", "CA"},
		{"Will the U.S. and China sign a trade deal?", "US", "CN"},
		{"Will the UK rejoin the EU by 2030?", "GB", "EU"},
	} {
		q := understand(t, m, c.text)
		if q.Subject == nil || q.Subject.Key != c.subject || q.Object == nil || q.Object.Key != c.object {
			t.Errorf("%q: subject %+v, object %+v; want %s and %s", c.text, q.Subject, q.Object, c.subject, c.object)
		}
	}
	// Before a name the acronym only says whose it is.
	if q := understand(t, m, "Will the US Federal Reserve cut rates in June?"); q.Subject == nil || q.Subject.Kind != "organisation" {
		t.Errorf("the US Federal Reserve: subject %+v, want the organisation", q.Subject)
	}
	q := understand(t, m, "Will the US impose tariffs on Canada?")
	day := time.Date(2025, 1, 25, 0, 0, 0, 0, time.UTC)
	hits := titled(t, p, "en", "Tariff threat looms", "The US will probably impose tariffs on Canadian goods next month, said trade analyst Mark Lewis.", day)
	o := m.Outlook(q, hits, 1, question.Options{Now: day})
	if len(o.Contributions) != 1 || o.Direction != "for" {
		t.Errorf("pooled %+v, direction %q, set aside %+v; want one judgement for", o.Contributions, o.Direction, o.SetAside)
	}
}
