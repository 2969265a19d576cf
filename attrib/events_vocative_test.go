package attrib_test

import (
	"slices"
	"testing"

	"github.com/kentnews/kent/attrib"
)

// An address to the audience that opens the sentence ("Meine Damen und
// Herren, …") is no source; the noun phrase after its comma, which the
// parse joins to it as a conjunct, is. Sentences written for this test.
func TestSubjectPastVocative(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Meine Damen und Herren , ein breites Bündnis aus Sozialverbänden und Kirchen spricht sich nachdrücklich für die Reform aus .", "spricht | ein breites Bündnis aus Sozialverbänden und Kirchen | "},
		{"Meine Damen und Herren , ein breites Bündnis aus Sozialverbänden , Pro Familia und vielen weiteren Initiativen spricht sich deshalb nachdrücklich für eine vollständige Aufhebung des Gesetzes aus .", "spricht | ein breites Bündnis aus Sozialverbänden , Pro Familia und vielen weiteren Initiativen | "},
	}
	for _, c := range cases {
		got := events("de", c.text, attrib.CueLemmas{"de": {"aussprechen"}})
		if !slices.Contains(got, c.want) {
			t.Errorf("%q: no event %q in %q", c.text, c.want, got)
		}
	}
}
