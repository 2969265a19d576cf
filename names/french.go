package names

import (
	"strings"
	"sync"

	"github.com/kentnews/kent/lexicon"
)

// frenchOnlyFirst are the given names only the French lexicon lists
// (Jacques, François, Ségolène): not Anne, Thomas or Paul, which English
// and German name people by too, so that a name they open is read as
// French with little doubt.
var frenchOnlyFirst = sync.OnceValue(func() map[string]bool {
	set := lexicon.MustDefault()
	other := map[string]bool{}
	for _, c := range set.Codes() {
		if c == "fr" {
			continue
		}
		for _, w := range set.Get(c).Names.First {
			other[strings.ToLower(w)] = true
		}
	}
	out := map[string]bool{}
	for w := range frenchFirst() {
		if !other[w] && !other[foldMarks(w)] {
			out[w] = true
		}
	}
	return out
})

// frenchReading reports whether a name is read as French when another
// script spells it: written in Latin letters, two words or more, the first
// a given name only French gives (frenchOnlyFirst).
func frenchReading(name string) bool {
	w := strings.Fields(name)
	if len(w) < 2 || isCyrillic(name) {
		return false
	}
	first, _, _ := strings.Cut(strings.ToLower(w[0]), "-") // Jean-Luc
	return frenchOnlyFirst()[first] || frenchOnlyFirst()[strings.ToLower(w[0])]
}

// frenchSurname is the key of a French surname as Russian, Ukrainian and
// Belarusian news spell it, given its key and spelling: an initial j is ж
// (Jospin, Жоспен), ch is ш (Chirac, Ширак; Mélenchon, Меланшон), qu is
// к, an initial h before a vowel is silent (Hollande, Олланд; Hamon,
// Амон), a final c is к, and a final t or s after a vowel, or t or d after
// n or r, is silent (Hulot, Юло; Dumas, Дюма; Bertrand, Бертран). Only
// the key of a name frenchReading accepts is read so: an English Chase
// or Holder keeps its ch and h.
func frenchSurname(key, spelling string) string {
	low := strings.ToLower(spelling)
	if key == "" || !isASCII(key) {
		return key
	}
	if strings.HasPrefix(low, "j") && strings.HasPrefix(key, "y") {
		key = "zh" + key[1:]
	}
	if len(key) > 3 && key[0] == 'h' && isVowel(key[1]) {
		key = key[1:]
	}
	key = frenchSounds.Replace(key)
	r := []rune(low)
	if n := len(key); n > 3 && len(r) > 3 {
		last, prev := r[len(r)-1], r[len(r)-2]
		vowelBefore := strings.ContainsRune("aeiouyéèêëàâîïôûù", prev)
		switch {
		case last == 'c' && key[n-1] == 'c':
			key = key[:n-1] + "k"
		case (last == 't' || last == 's') && vowelBefore && (key[n-1] == 't' || key[n-1] == 's'):
			key = key[:n-1]
		case (last == 't' || last == 'd') && prev == 'n' && (key[n-1] == 't' || key[n-1] == 'd'):
			key = key[:n-1]
		}
	}
	return key
}
