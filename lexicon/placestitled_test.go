package lexicon

import (
	"slices"
	"testing"
)

// A capitalised place-list entry is matched as written: "Gazy" and "Газе"
// name Gaza, the lower-case "gazy" (gases) and "газа" (of gas) do not.
func TestTitledPlaceStemsMatchAsWritten(t *testing.T) {
	p, err := LoadPlaces()
	if err != nil {
		t.Fatal(err)
	}
	ix := p.Index()
	for w, want := range map[string]bool{"Gazy": true, "Газе": true, "Gaza-Streifen": true, "Gazastreifen": true, "gazy": false, "газа": false, "газу": false, "gazami": false, "gazach": false, "Gazan": true, "Gazassa": true} {
		if got := slices.Contains(ix.Match(w), "Gaza"); got != want {
			t.Errorf("%q names Gaza: %v, want %v (places %v)", w, got, want, ix.Match(w))
		}
	}
}

// Crimea's short names are capitalised words: "krympa" (Swedish: shrink)
// and "kryminalny" (Polish: criminal) name no place.
func TestCrimeaNotShrinking(t *testing.T) {
	p, err := LoadPlaces()
	if err != nil {
		t.Fatal(err)
	}
	ix := p.Index()
	for w, want := range map[string]bool{"Krym": true, "Krymie": true, "Krim": true, "Krim-Halbinsel": true, "krymskiego": true, "Криму": true, "krympa": false, "krymper": false, "kryminalny": false, "kriminell": false, "кримінал": false} {
		if got := slices.Contains(ix.Match(w), "Crimea"); got != want {
			t.Errorf("%q names Crimea: %v, want %v (places %v)", w, got, want, ix.Match(w))
		}
	}
}
