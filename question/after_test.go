package question_test

import (
	"strings"
	"testing"
	"time"

	"github.com/kentnews/kent/question"
)

// A judgement on the event after the question's date ("after June", "nach
// Juni", "po czerwcu") is about a later time: held unlikely, it is set
// aside; held likely only then ("erst ab Juli"), it is against the event
// by the question's date. The sentences are written for this test.
func TestAfterTheDateIsAnotherTime(t *testing.T) {
	m, p, _ := setup(t)
	day := time.Date(2024, 5, 12, 0, 0, 0, 0, time.UTC)
	q := understand(t, m, "Will the ECB cut its key rate in June 2024?")
	for _, c := range []dirCase{
		{"en", "The economist Anna Berg said the ECB is unlikely to cut rates again after June.", ""},
		{"de", "Die Ökonomin Anna Berg hält eine weitere Zinssenkung der EZB nach Juni für unwahrscheinlich.", ""},
		{"sv", "Ekonomen Anna Berg tror inte att ECB sänker räntan igen efter juni.", ""},
		{"pl", "Ekonomistka Anna Nowak uważa, że EBC raczej nie obniży stóp po czerwcu.", ""},
		{"uk", "Економістка Марія Бойко вважає, що ЄЦБ навряд чи знижуватиме ставку після червня.", ""},
	} {
		o := m.Outlook(q, judgements(t, p, c.lang, c.text, "k-"+c.lang, day), 1, question.Options{Now: day})
		if len(o.Contributions) != 0 || len(o.SetAside) == 0 || !strings.Contains(o.SetAside[0].Reason, "another time") {
			t.Errorf("%s %q: pooled %+v, set aside %+v; want set aside as another time", c.lang, c.text, o.Contributions, o.SetAside)
		}
	}
	wantDirection(t, m, p, q, day, true, []dirCase{
		{"en", "The economist Anna Berg said the ECB will likely cut rates only after June.", "against"},
		{"de", "Die Ökonomin Anna Berg erwartet eine Zinssenkung der EZB erst ab Juli.", "against"},
	})
}
