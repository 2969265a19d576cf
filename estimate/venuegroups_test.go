package estimate_test

import "testing"

// A market or betting group named as where a view holds ("auf den
// Wettseiten", "u bukmacherów", "у букмекеров", "hos spelbolagen", "on
// betting sites") holds the view; a market named as a topic ("na rynku
// gazowym") holds nothing.
func TestVenueGroupsHoldOdds(t *testing.T) {
	checkHolders(t, []holderCase{
		{"de", "Donald Trump gilt auf den Wettseiten als Favorit für das Amt.", "Favorit", "Wettseiten"},
		{"de", "An den Märkten gilt eine Zinssenkung im Juni als wahrscheinlich.", "wahrscheinlich", "Märkten"},
		{"pl", "U bukmacherów faworytem jest Donald Trump.", "faworytem", "bukmacherów"},
		{"ru", "У букмекеров фаворитом считается Дональд Трамп.", "фаворитом", "букмекеров"},
		{"sv", "Hos spelbolagen är Donald Trump favorit att vinna.", "favorit", "spelbolagen"},
		{"en", "On betting sites, Donald Trump is the favourite to win.", "the favourite", "betting sites"},
		{"pl", "Wpływów Kremla na rynku gazowym prawdopodobnie nie uda się szybko ograniczyć.", "prawdopodobnie nie", ""},
	})
}
