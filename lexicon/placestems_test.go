package lexicon_test

import (
	"strings"
	"testing"

	"github.com/kentnews/kent/lexicon"
)

// A country's stem matches any word it begins, so one that begins a
// function word or a given name would make that word name the country
// ("dani" would take Daniel, "kuba" the Polish Kuba, "alban" Anthony
// Albanese): no one-word stem of a country, its people or adjective
// begins a function word, a given name or such a common word in any
// language, and none is shorter than four letters.
func TestCountryStemsBeginNoCommonWord(t *testing.T) {
	p, err := lexicon.LoadPlaces()
	if err != nil {
		t.Fatal(err)
	}
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"daniel", "danielle", "kuba", "island", "islands", "virologist", "virologe", "albanese", "turku", "индивид", "индивидуальный",
		"cypress", "irakli", "ираклий", "іраклій", "usage", "usare", "usar", "francesco", "francesca", "frans"}
	words = append(words, functionWordsAndNames(lex)...)
	allowed := map[string]bool{}
	for k, stems := range p {
		if strings.Contains(k, "/") || len(k) != 2 {
			continue // leaders (leaders_test.go), capitals and cities
		}
		for _, s := range stems {
			if strings.Contains(s, " ") || lexicon.Acronym(s) {
				continue
			}
			if utf8Len(s) < 4 {
				t.Errorf("%s: stem %q is shorter than four letters", k, s)
			}
			for _, w := range words {
				if w = strings.ToLower(w); strings.HasPrefix(w, s) && !allowed[w] {
					t.Errorf("%s: stem %q begins the common word %q", k, s, w)
				}
			}
		}
	}
}
