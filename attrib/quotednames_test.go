package attrib_test

import (
	"testing"

	"github.com/kentnews/kent"
)

// A paper, party or agency written in quote marks right before a speech
// verb is its subject, not a quote: "„Rzeczpospolita” podała, że …",
// "«Коммерсантъ» пишет, что …", "Die „Süddeutsche Zeitung“ berichtet".
func TestQuotedNameIsTheSpeaker(t *testing.T) {
	checkAll(t, []langCase{
		{"pl", "„Gazeta Poranna” podała, że porozumienie jest mało prawdopodobne.", want{"Gazeta Poranna", "porozumienie jest mało prawdopodobne", kent.QuoteIndirect}},
		{"pl", "Dziennik „The Daily Courier” pisze, że premier może ogłosić dymisję.", want{"The Daily Courier", "premier może ogłosić dymisję", kent.QuoteIndirect}},
		{"ru", "Газета «Вечерний вестник» пишет, что соглашение маловероятно.", want{"Вечерний вестник", "соглашение маловероятно", kent.QuoteIndirect}},
		{"uk", "Видання «Ранковий кур'єр» пише, що угода малоймовірна.", want{"Ранковий кур'єр", "угода малоймовірна", kent.QuoteIndirect}},
		{"de", "Die „Morgenpost“ berichtet, ein Abkommen sei unwahrscheinlich.", want{"Morgenpost", "ein Abkommen sei unwahrscheinlich", kent.QuoteIndirect}},
		// A quote followed by its speaker stays the speaker's.
		{"en", "\"We will win\" said Paul Grant on Monday.", want{"Paul Grant", "We will win", kent.QuoteDirect}},
	})
}

// A name opening with the English article is a paper's or magazine's
// title in any language's text, one organisation across its "and": "The
// Globe and Mail", not "Mail".
func TestEnglishTitledOutletIsOneName(t *testing.T) {
	checkAll(t, []langCase{
		{"en", "The Morning Star and Herald reported that the premier is likely to resign on Monday.", want{"Morning Star and Herald", "the premier is likely to resign", kent.QuoteIndirect}},
		{"ru", "Ранее газета The Morning Star and Herald написала, что премьер, как ожидается, объявит об отставке.", want{"The Morning Star and Herald", "премьер, как ожидается", kent.QuoteIndirect}},
		{"pl", "Dziennik The Morning Star and Herald napisał, że premier prawdopodobnie ogłosi dymisję.", want{"Dziennik The Morning Star and Herald", "premier prawdopodobnie ogłosi dymisję", kent.QuoteIndirect}},
	})
}
