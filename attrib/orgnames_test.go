package attrib_test

import (
	"testing"

	"github.com/kentnews/kent"
)

// Organisation names with "&", a dotted legal form or an "'s" of their
// own are read whole: "S&P Global Ratings", not "Global Ratings".
func TestOrganisationNamesReadWhole(t *testing.T) {
	checkAll(t, []langCase{
		{"en", "S&P Global Ratings said the country was likely to miss a payment.", want{"S&P Global Ratings", "the country was likely", kent.QuoteIndirect}},
		{"en", "AT&T said the merger was unlikely to close this year.", want{"AT&T", "the merger was unlikely", kent.QuoteIndirect}},
		{"en", "JPMorgan Chase & Co. said a recession was now the most likely outcome.", want{"JPMorgan Chase & Co", "a recession was now", kent.QuoteIndirect}},
		{"en", "Moody's expects the country to miss a payment in May.", want{"Moody's", "the country to miss", kent.QuoteIndirect}},
		{"en", "A default is likely within weeks, according to Moody's.", want{"Moody's", "A default is likely", kent.QuoteIndirect}},
		{"de", "Laut S&P Global Ratings ist ein Zahlungsausfall wahrscheinlich.", want{"S&P Global Ratings", "ist ein Zahlungsausfall", kent.QuoteIndirect}},
		{"pl", "Według S&P Global Ratings niewypłacalność kraju jest prawdopodobna.", want{"S&P Global Ratings", "niewypłacalność kraju jest", kent.QuoteIndirect}},
		{"ru", "По оценке S&P Global Ratings, дефолт страны вероятен.", want{"S&P Global Ratings", "дефолт страны вероятен", kent.QuoteIndirect}},
		{"sv", "Enligt S&P Global Ratings är en betalningsinställelse trolig.", want{"S&P Global Ratings", "är en betalningsinställelse", kent.QuoteIndirect}},
		{"uk", "За оцінкою S&P Global Ratings, дефолт країни ймовірний.", want{"S&P Global Ratings", "дефолт країни ймовірний", kent.QuoteIndirect}},
	})
	// A possessive before a noun cue stays a possessive.
	check(t, "en", "Osei's claim that the buses will pay for themselves drew doubts.",
		want{"Osei", "the buses will pay", ""})
}

// A known organisation's name with lower-case words inside ends the
// speaker's run as a whole: "vom Institut der deutschen Wirtschaft" is
// the affiliation of the person before it, not the speaker "Wirtschaft".
func TestKnownOrganisationWithLowerCaseWordsIsOneAffiliation(t *testing.T) {
	checkAll(t, []langCase{
		{"de", "Jürgen Matthes vom Institut der deutschen Wirtschaft sagte, eine Einigung sei wahrscheinlich.", want{"Jürgen Matthes", "eine Einigung sei wahrscheinlich", kent.QuoteIndirect}},
		{"pl", "Jan Kowalski z Instytutu Studiów nad Wojną powiedział, że porozumienie jest mało prawdopodobne.", want{"Jan Kowalski", "porozumienie jest mało prawdopodobne", kent.QuoteIndirect}},
		{"en", "Anna Weber of the Institute for the Study of War said a deal was unlikely.", want{"Anna Weber", "a deal was unlikely", kent.QuoteIndirect}},
	})
}
