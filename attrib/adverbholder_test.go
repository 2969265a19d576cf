package attrib_test

import (
	"testing"

	"github.com/kentnews/kent"
)

// A group's phrase ends before the adverb in front of its verb: the
// economists hold the view, not "Economists fully".
func TestGroupHolderEndsBeforeAdverb(t *testing.T) {
	checkAll(t, []langCase{
		{"en", "Economists fully expect the bank to cut rates in June.", want{"Economists", "the bank to cut", kent.QuoteIndirect}},
		{"en", "Analysts unanimously predicted that the alliance would not expand.", want{"Analysts", "the alliance would not", kent.QuoteIndirect}},
		{"en", "Investors overwhelmingly expect the bank to cut rates in June.", want{"Investors", "the bank to cut", kent.QuoteIndirect}},
		{"en", "Economists at Nordbank widely expect the bank to cut rates in June.", want{"Economists at Nordbank", "the bank to cut", kent.QuoteIndirect}},
		{"pl", "Ekonomiści zgodnie przewidują, że bank obniży stopy w czerwcu.", want{"Ekonomiści", "bank obniży", kent.QuoteIndirect}},
		{"ru", "Экономисты единодушно считают, что банк снизит ставку в июне.", want{"Экономисты", "банк снизит", kent.QuoteIndirect}},
		{"uk", "Економісти одностайно вважають, що банк знизить ставку в червні.", want{"Економісти", "банк знизить", kent.QuoteIndirect}},
	})
}
