package attrib_test

import (
	"testing"

	"github.com/kentnews/kent"
)

// Finnish reporting frames, read from the lexicon alone (no syntax model
// for Finnish): a verb after the quote ("…", sanoo X), a speech dash, the
// postposition "mukaan" after its source in the genitive (X:n mukaan,
// X:n arvion mukaan), a belief verb with "että", "hän" for the person
// named before, and an affiliation in a case form without a preposition
// between the name and its verb ("Helsingin yliopistosta", "Ulkopoliittisesta
// instituutista").
func TestFinnishFrames(t *testing.T) {
	checkAll(t, []langCase{
		{"fi", "Keskuspankki kokoontuu ensi viikolla.\n\n\"Koronnosto heinäkuussa on epätodennäköinen\", sanoo ekonomisti Anna Virtanen.", want{"Anna Virtanen", "Koronnosto heinäkuussa", kent.QuoteDirect}},
		{"fi", "Keskuspankki kokoontuu ensi viikolla.\n\n– Inflaatio hidastuu syksyllä, sanoi Mikko Lehtonen tiistaina.", want{"Mikko Lehtonen", "Inflaatio hidastuu syksyllä", kent.QuoteDirect}},
		{"fi", "Ekonomisti Anna Virtanen kommentoi korkoja. Virtasen mukaan inflaatio hidastuu syksyllä.", want{"Virtasen", "inflaatio hidastuu syksyllä", kent.QuoteIndirect}},
		{"fi", "Lehtosen arvion mukaan keskuspankki nostaa korkoja syyskuussa.", want{"Lehtosen", "keskuspankki nostaa korkoja", kent.QuoteIndirect}},
		{"fi", "Professori Liisa Mäkinen uskoo, että talous kasvaa ensi vuonna.", want{"Liisa Mäkinen", "talous kasvaa ensi vuonna", kent.QuoteIndirect}},
		{"fi", "Valtiotieteilijä Sanna Korhonen Helsingin yliopistosta sanoi maanantaina, että hallituksen hajoaminen on epätodennäköistä.", want{"Sanna Korhonen", "hallituksen hajoaminen", kent.QuoteIndirect}},
		{"fi", "Valtiotieteilijä Sanna Korhonen Helsingin yliopistosta kommentoi tilannetta maanantaina.\n\n– Puolueilla ei ole syytä kaataa hallitusta nyt, hän sanoi.", want{"Sanna Korhonen", "Puolueilla ei ole syytä", kent.QuoteDirect}},
		// An organisation word in the weak grade of its case form
		// (instituutti → instituutista, pankki → pankista).
		{"fi", "Tutkija Mikko Virtanen Ulkopoliittisesta instituutista uskoo, että hallitus kaatuu syksyllä.", want{"Mikko Virtanen", "hallitus kaatuu syksyllä", kent.QuoteIndirect}},
		{"fi", "Ekonomisti Anna Laine Suomen Pankista sanoi, että korot laskevat kesällä.", want{"Anna Laine", "korot laskevat kesällä", kent.QuoteIndirect}},
	})
}
