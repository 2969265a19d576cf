package lingua

// Kent's change (README.kent.md): the sum of n-gram log-probabilities per
// language looked every n-gram up once per language — a string-keyed map
// probe per language and n-gram, the bulk of the detector's time. A fused
// table maps each n-gram of one length to its probabilities in every
// language of a set, so an n-gram costs one probe for all of them. The
// sums add the same terms in the same order as before, so every result is
// bit for bit the one the per-language lookups gave.

import (
	"math"
	"math/bits"
	"sync"
	"unicode/utf8"

	"golang.org/x/exp/slices"
)

// fusedKey names one table: the set of languages (bits by Language value)
// and the n-gram length.
type fusedKey struct {
	set    [2]uint64
	length int
}

// fusedTable holds, for each n-gram of one length in any of its languages'
// models, a row of their probabilities (0 where a model lacks it), in the
// order of the languages' values.
type fusedTable struct {
	once sync.Once
	rows map[string]int32 // n-gram → offset of its row in probs
	prob []float64
}

var fusedTables sync.Map // fusedKey → *fusedTable

// languageSet returns the bit set of languages, and false when a language
// is out of its range.
func languageSet(languages []Language) ([2]uint64, bool) {
	var set [2]uint64
	for _, l := range languages {
		if l < 0 || int(l) >= 128 {
			return set, false
		}
		set[l/64] |= 1 << (uint(l) % 64)
	}
	return set, true
}

// fused returns the table of n-grams of length n for the languages of
// set, loading their models as the per-language lookups would.
func (detector languageDetector) fused(set [2]uint64, n int) *fusedTable {
	key := fusedKey{set, n}
	v, ok := fusedTables.Load(key)
	if !ok {
		v, _ = fusedTables.LoadOrStore(key, &fusedTable{})
	}
	t := v.(*fusedTable)
	t.once.Do(func() {
		var models *sync.Map
		switch n {
		case 1:
			models = detector.unigramLanguageModels
		case 2:
			models = detector.bigramLanguageModels
		case 3:
			models = detector.trigramLanguageModels
		case 4:
			models = detector.quadrigramLanguageModels
		case 5:
			models = detector.fivegramLanguageModels
		}
		t.rows = map[string]int32{}
		languages := setLanguages(set)
		w := len(languages)
		for col, language := range languages {
			for ngram, p := range loadLanguageModels(models, language, n) {
				off, seen := t.rows[ngram]
				if !seen {
					off = int32(len(t.prob))
					t.rows[ngram] = off
					t.prob = append(t.prob, make([]float64, w)...)
				}
				t.prob[int(off)+col] = p
			}
		}
	})
	return t
}

// setLanguages lists the languages of set in the order of their values:
// a table's columns.
func setLanguages(set [2]uint64) []Language {
	var out []Language
	for l := 0; l < 128; l++ {
		if set[l/64]&(1<<(uint(l)%64)) != 0 {
			out = append(out, Language(l))
		}
	}
	return out
}

// column returns language's column in the table of set.
func column(set [2]uint64, language Language) int {
	l := uint(language)
	if l < 64 {
		return bits.OnesCount64(set[0] & (1<<l - 1))
	}
	return bits.OnesCount64(set[0]) + bits.OnesCount64(set[1]&(1<<(l-64)-1))
}

// fusedLanguageProbabilities is computeLanguageProbabilities by the fused
// tables: for each language, the sum over the model's n-gram lists of the
// log-probability of the first n-gram (longest first) the language's model
// has, added in list order; languages whose sum is not negative are left
// out. ok is false when the languages cannot be put in a set (then the
// caller looks up language by language).
func (detector languageDetector) fusedLanguageProbabilities(ngramModel testDataLanguageModel, languages []Language) (map[Language]float64, bool) {
	set, ok := languageSet(languages)
	if !ok || len(languages) == 0 {
		return nil, false
	}
	var tables [maxNgramLength + 1]*fusedTable
	w := bits.OnesCount64(set[0]) + bits.OnesCount64(set[1])
	if w != len(languages) {
		return nil, false // a language named twice
	}
	cols := make([]int, w) // the table's column of each of languages
	for i, language := range languages {
		cols[i] = column(set, language)
	}
	sums := make([]float64, w) // by the table's columns
	done := make([]bool, w)
	for _, ngrams := range ngramModel.ngrams {
		for k := range done {
			done[k] = false
		}
		left := w
		for _, ng := range ngrams {
			n := utf8.RuneCountInString(ng.value)
			if n < 1 || n > maxNgramLength {
				return nil, false
			}
			if tables[n] == nil {
				tables[n] = detector.fused(set, n)
			}
			t := tables[n]
			off, found := t.rows[ng.value]
			if !found {
				continue
			}
			row := t.prob[off : int(off)+w]
			for col, p := range row {
				if !done[col] && p > 0 {
					sums[col] += math.Log(p)
					done[col] = true
					left--
				}
			}
			if left == 0 {
				break
			}
		}
	}
	probabilities := make(map[Language]float64)
	for i, language := range languages {
		if sum := sums[cols[i]]; sum < 0 {
			probabilities[language] = sum
		}
	}
	return probabilities, true
}

// charLanguages lists, for each character of charsToLanguagesMapping, the
// languages of each entry that has it, once per time the entry lists it.
var charLanguages = func() map[rune][]Language {
	out := map[rune][]Language{}
	for characters, languages := range charsToLanguagesMapping {
		for _, c := range characters {
			out[c] = append(out[c], languages...)
		}
	}
	return out
}()

// countLanguageCharacters counts, for each of the languages, the times a
// word has a character charsToLanguagesMapping gives it: for every entry
// and word, each of the entry's characters the word has counts once for
// every language of the entry. Upstream tested every word for every
// character of the mapping; this reads each word's distinct characters
// once, with the same counts.
func countLanguageCharacters(words []string, languages []Language) map[Language]uint32 {
	counts := make(map[Language]uint32)
	set, inSet := languageSet(languages)
	var seen []rune
	for _, word := range words {
		seen = seen[:0]
	next:
		for _, r := range word {
			for _, s := range seen {
				if s == r {
					continue next
				}
			}
			seen = append(seen, r)
			for _, language := range charLanguages[r] {
				if inSet && language >= 0 && int(language) < 128 {
					if set[language/64]&(1<<(uint(language)%64)) == 0 {
						continue
					}
				} else if !slices.Contains(languages, language) {
					continue
				}
				counts[language]++
			}
		}
	}
	return counts
}
