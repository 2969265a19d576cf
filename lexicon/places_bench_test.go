package lexicon

import (
	"slices"
	"testing"
)

// BenchmarkMatchKeys looks up words as attribution and the names stage
// do, token by token: most name no place.
func BenchmarkMatchKeys(b *testing.B) {
	p, err := LoadPlaces()
	if err != nil {
		b.Fatal(err)
	}
	ix := p.Index()
	words := []string{"The", "Kremlin", "said", "Minsk", "would", "not", "send", "troops", "to", "Ukraine", "Лукашенко", "заявил", "Białorusi", "żołnierzy", "Verteidigungsminister"}
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			ix.MatchKeys(w)
		}
	}
}

// A word two places' stems begin names the same place on every run, the
// one whose stem is longest: indexes built again answer alike.
func TestPlaceIndexOrderIsStable(t *testing.T) {
	p, err := LoadPlaces()
	if err != nil {
		t.Fatal(err)
	}
	first := p.Index()
	for range 5 {
		again := p.Index()
		for _, stems := range p {
			for _, s := range stems {
				if a, b := first.MatchKeys(s), again.MatchKeys(s); !slices.Equal(a, b) {
					t.Fatalf("%q: %v, then %v", s, a, b)
				}
			}
		}
	}
	if got := first.MatchKeys("westjordanland"); len(got) == 0 || got[0] != "West Bank" {
		t.Errorf("westjordanland: %v", got)
	}
}
