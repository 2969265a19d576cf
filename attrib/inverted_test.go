package attrib_test

import (
	"testing"

	"github.com/kentnews/kent"
)

// A speech verb after a comma or a dash, with a person named after it, is
// an inverted frame: the person is the speaker and the clause before is
// what was said, even where a group or organisation word opens that
// clause ("the government", "Rząd", "le gouvernement").
func TestInvertedFrameAfterAGroupWord(t *testing.T) {
	checkAll(t, []langCase{
		{"en", "The government will hold until autumn, says political scientist Paul Grant.", want{"Paul Grant", "The government will hold until autumn", kent.QuoteIndirect}},
		{"pl", "Rząd przetrwa do jesieni – ocenia politolog Jan Nowak.", want{"Jan Nowak", "Rząd przetrwa do jesieni", kent.QuoteIndirect}},
		{"pl", "Rząd przetrwa do jesieni, ocenia Jan Nowak.", want{"Jan Nowak", "Rząd przetrwa do jesieni", kent.QuoteIndirect}},
		{"fr", "Le gouvernement tiendra, estime Paul Durand.", want{"Paul Durand", "Le gouvernement tiendra", kent.QuoteIndirect}},
		{"it", "Il governo reggerà fino all'autunno, ha detto il politologo Paolo Rossi.", want{"Paolo Rossi", "Il governo reggerà", kent.QuoteIndirect}},
		{"es", "El Gobierno aguantará hasta el otoño, dijo el politólogo Pablo García.", want{"Pablo García", "El Gobierno aguantará", kent.QuoteIndirect}},
	})
}

// A frame after a comma whose subject opens with an article or a role
// ("…, the Institute for Regional Studies says in its daily assessment")
// reports the clause before it, not the adjunct after its verb; where the
// verb has its own object or clause, that is what was said.
func TestTrailingFrameWithAnAdjunct(t *testing.T) {
	checkAll(t, []langCase{
		{"en", "The withdrawal from the western bank has begun, the Institute for Regional Studies says in its daily assessment.", want{"Institute for Regional Studies", "The withdrawal from the western bank has begun", kent.QuoteIndirect}},
		{"de", "Der Rückzug vom Westufer hat begonnen, sagt das Institut für Regionalstudien in seinem täglichen Lagebericht.", want{"Institut für Regionalstudien", "Der Rückzug vom Westufer hat begonnen", kent.QuoteIndirect}},
		{"en", "At the same time, the professor Anna Berg said the court was likely to rule against him.", want{"Anna Berg", "the court was likely to rule against him", kent.QuoteIndirect}},
	})
}
