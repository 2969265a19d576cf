package lexicon

import "testing"

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
