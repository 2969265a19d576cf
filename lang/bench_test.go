package lang

import "testing"

// BenchmarkDetectShort measures Detect on one-line texts, where the
// function-word check of a short text (prefer) runs most often relative to
// lingua's own work.
func BenchmarkDetectShort(b *testing.B) {
	d, err := New()
	if err != nil {
		b.Fatal(err)
	}
	texts := []string{
		"Il habite à Oulu.",
		"Pääministeri erosi tehtävästään.",
		"The central bank is expected to cut rates in June.",
		"Die Zentralbank wird die Zinsen wohl im Juni senken.",
		"Bank centralny prawdopodobnie obniży stopy w czerwcu.",
		"Центробанк, вероятно, снизит ставку в июне.",
		"Riksbanken väntas sänka räntan i juni.",
		"Keskuspankin odotetaan laskevan korkoa kesäkuussa.",
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		d.Detect(texts[i%len(texts)])
	}
}
