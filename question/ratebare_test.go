package question_test

import (
	"testing"
	"time"
)

// A central bank's move said without "rates" ("cut in September", "lower
// its key rate", "wird im Juni senken", "смягчит политику") is its rate
// decision, in every language. The sentences are written for this test.
func TestCentralBankMoveWithoutTheWordRates(t *testing.T) {
	m, p, _ := setup(t)
	day := time.Date(2024, 4, 20, 0, 0, 0, 0, time.UTC)
	q := understand(t, m, "Will the ECB cut interest rates in June 2024?")
	wantDirection(t, m, p, q, day, true, []dirCase{
		{"en", "Economists at Nordea said the ECB will probably cut in June.", "for"},
		{"en", "Analyst Tom Green said the ECB will probably lower its key rate in June.", "for"},
		{"de", "Die EZB wird im Juni wahrscheinlich senken, sagte der Ökonom Hans Weber.", "for"},
		{"ru", "По мнению экономиста Ивана Петрова, ЕЦБ, скорее всего, смягчит политику в июне.", "for"},
		{"uk", "На думку економіста Івана Петренка, ЄЦБ, ймовірно, пом'якшить політику в червні.", "for"},
		{"sv", "ECB kommer sannolikt att sänka redan i juni, säger ekonomen Erik Berg.", "for"},
		{"pl", "Ekonomista Jan Nowak uważa, że EBC prawdopodobnie obniży stopy w czerwcu.", "for"},
	})
}
