package lingua

import (
	"math"
	"strings"
	"testing"

	"golang.org/x/exp/maps"
	"golang.org/x/exp/slices"
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

// TestAlphabetTablesMatchRegexps checks that reading a text rune by rune
// from the scripts' tables answers as upstream's regular expressions did,
// for every code point of the first three planes alone and between
// letters of two scripts, and for empty and invalid text.
func TestAlphabetTablesMatchRegexps(t *testing.T) {
	texts := []string{"", "\xff", "a\xff", "abc", "ab c", "ab\n", "Ünïcödé", "Привет", "日本", "ひらがな"}
	for r := rune(0); r <= 0x2FFFF; r++ {
		texts = append(texts, string(r), "a"+string(r)+"中")
	}
	for a := arabic; a <= thai; a++ {
		re := a.regexp()
		for _, s := range texts {
			if got, want := a.matches(s), re.MatchString(s); got != want {
				t.Fatalf("alphabet %d %q: %v, want %v", a, s, got, want)
			}
		}
	}
}

// TestLanguageCharacterCounts checks countLanguageCharacters against
// upstream's loop over the whole mapping for every word.
func TestLanguageCharacterCounts(t *testing.T) {
	langs := []Language{Belarusian, German, English, Spanish, Finnish, French, Italian, Lithuanian, Dutch, Polish, Russian, Swedish, Ukrainian}
	texts := []string{
		"Größere Änderungen sind möglich, sagte der Sprecher",
		"Zażółć gęślą jaźń, powiedział rzecznik",
		"Ёлка и щётка; ўсё і ґанок, їжак, є",
		"čeština ąčęėįšųūž àâçéèêëîïôûùüÿñæœ åäö \xff ßß",
		"", "ŁÓDŹ łódź",
	}
	for _, text := range texts {
		words := splitTextIntoWords(text)
		for _, filtered := range [][]Language{langs, {Polish, Russian}, {German}, {Language(200), Polish}} {
			want := make(map[Language]uint32)
			for characters, languages := range charsToLanguagesMapping {
				var relevant []Language
				for _, language := range languages {
					if slices.Contains(filtered, language) {
						relevant = append(relevant, language)
					}
				}
				for _, word := range words {
					for _, character := range []rune(characters) {
						if strings.ContainsRune(word, character) {
							for _, language := range relevant {
								want[language]++
							}
						}
					}
				}
			}
			got := countLanguageCharacters(words, filtered)
			if !maps.Equal(got, want) {
				t.Errorf("%q %v: %v, want %v", text, filtered, got, want)
			}
		}
	}
}
