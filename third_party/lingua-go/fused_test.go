package lingua

import (
	"math"
	"testing"
)

// TestFusedSumsEqualPerLanguageSums checks Kent's fused tables against the
// per-language lookups they replace: the same languages with the same sums,
// bit for bit, for texts in several scripts, mixed ones and short ones.
// Trigrams are what Kent's fast mode reads (their lists fall back to
// bigrams and unigrams); the longer models take minutes to load.
func TestFusedSumsEqualPerLanguageSums(t *testing.T) {
	langs := []Language{Belarusian, German, English, Spanish, Finnish, French, Italian, Lithuanian, Dutch, Polish, Russian, Swedish, Ukrainian}
	texts := []string{
		"The central bank is expected to keep its rates unchanged next month, analysts said.",
		"Die Regierung hält eine Einigung noch in diesem Jahr für eher unwahrscheinlich.",
		"Zdaniem ekonomistów recesja w przyszłym roku jest mało prawdopodobna.",
		"Аналитики считают, что переговоры вряд ли начнутся до конца года.",
		"Експерти вважають, що угоду можуть підписати вже восени.",
		"Il est peu probable que la banque relève ses taux en avril.",
		"Enligt bedömarna är en sänkning i juni fullt möjlig.",
		"Talouden ennustetaan kasvavan hitaasti ensi vuonna.",
		"Mixed: the Kremlin said «переговоры продолжаются» and Brussels agreed.",
		"ok", "Ä", "123 456", "x y z",
	}
	d := NewLanguageDetectorBuilder().FromLanguages(langs...).Build().(languageDetector)
	for _, text := range texts {
		words := splitTextIntoWords(text)
		for n := 1; n <= 3; n++ {
			model := newTestDataLanguageModel(words, n)
			for _, filtered := range [][]Language{langs, d.filterLanguagesByRules(words), {Russian, English}} {
				got, ok := d.fusedLanguageProbabilities(model, filtered)
				if !ok {
					t.Fatalf("%q: no fused tables for %v", text, filtered)
				}
				want := map[Language]float64{}
				for _, l := range filtered {
					if sum := d.computeSumOfNgramProbabilities(l, model); sum < 0 {
						want[l] = sum
					}
				}
				if len(got) != len(want) {
					t.Fatalf("%q n=%d: %d languages, want %d", text, n, len(got), len(want))
				}
				for l, w := range want {
					if g, ok := got[l]; !ok || math.Float64bits(g) != math.Float64bits(w) {
						t.Errorf("%q n=%d %v: %v, want %v", text, n, l, g, w)
					}
				}
			}
		}
	}
}
