package question_test

import (
	"testing"
	"time"

	"github.com/kentnews/kent/question"
)

// A central bank's move said without "rates" ("cut in September", "lower
// its key rate", "wird im Juni senken", "смягчит политику") is its rate
// decision, in every language. The sentences are written for this test.
func TestCentralBankMoveWithoutTheWordRates(t *testing.T) {
	m, p, _ := setup(t)
	day := time.Date(2024, 4, 20, 0, 0, 0, 0, time.UTC)
	q := understand(t, m, "Will the ECB cut interest rates in June 2024?")
	for _, c := range []struct{ lang, text string }{
		{"en", "Economists at Nordea said the ECB will probably cut in June."},
		{"en", "Analyst Tom Green said the ECB will probably lower its key rate in June."},
		{"de", "Die EZB wird im Juni wahrscheinlich senken, sagte der Ökonom Hans Weber."},
		{"ru", "По мнению экономиста Ивана Петрова, ЕЦБ, скорее всего, смягчит политику в июне."},
		{"uk", "На думку економіста Івана Петренка, ЄЦБ, ймовірно, пом'якшить політику в червні."},
		{"sv", "ECB kommer sannolikt att sänka redan i juni, säger ekonomen Erik Berg."},
		{"pl", "Ekonomista Jan Nowak uważa, że EBC prawdopodobnie obniży stopy w czerwcu."},
	} {
		o := m.Outlook(q, judgements(t, p, c.lang, c.text, "bare-"+c.lang, day), 1, question.Options{Now: day})
		if len(o.Contributions) != 1 || o.Direction != "for" {
			t.Errorf("%s %q: pooled %+v, direction %q, set aside %+v; want one judgement for", c.lang, c.text, o.Contributions, o.Direction, o.SetAside)
		}
	}
}
