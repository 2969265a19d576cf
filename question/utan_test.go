package question_test

import (
	"testing"
	"time"

	"github.com/kentnews/kent/question"
)

// Swedish "utan" is "but" only after a negation ("inte fred utan krig");
// elsewhere it is "without" and denies the event it governs: "klarar sig
// utan en räntehöjning" (gets by without a hike) is against a hike. The
// judged clause was cut at "utan" as at "but", and the hike read as likely.
func TestSwedishUtanWithoutNegationIsWithout(t *testing.T) {
	m, p, _ := setup(t)
	for _, c := range []struct{ q, text string }{
		{"Will the Riksbank raise its policy rate in 2025?", "Ekonomen Anna Svensson tror att Riksbanken sannolikt klarar sig utan en räntehöjning i år."},
		{"Will Hungary fall into recession in 2025?", "Analytikern Lars Berg tror att Ungern sannolikt tar sig igenom året utan recession."},
	} {
		q, err := m.Understand(question.Question{Text: c.q})
		if err != nil {
			t.Fatal(err)
		}
		o := m.Outlook(q, judgements(t, p, "sv", c.text, "x", time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)), 1, question.Options{})
		if o.Pooled == nil || o.Direction != "against" {
			t.Errorf("%q: want one voice against; pooled %v %+v set aside %+v", c.text, o.Pooled, o.Contributions, o.SetAside)
		}
	}
}
