package lexicon_test

import (
	"testing"

	"github.com/kentnews/kent/lexicon"
)

// Every acronym a question may name a country by is read, in capitals,
// and names a country the place list knows.
func TestAskedAcronyms(t *testing.T) {
	a, err := lexicon.AskedAcronyms()
	if err != nil {
		t.Fatal(err)
	}
	p, err := lexicon.LoadPlaces()
	if err != nil {
		t.Fatal(err)
	}
	if a["US"] != "US" || a["UK"] != "GB" {
		t.Errorf("US → %q, UK → %q; want US and GB", a["US"], a["UK"])
	}
	for acr, code := range a {
		if _, ok := p[code]; !ok {
			t.Errorf("%s names %s, which places.yaml does not know", acr, code)
		}
	}
}
