package lexicon_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/kentnews/kent/lexicon"
)

// A leader's stem matches any word it begins, so a stem that begins a
// common word or a given name would make that word name the country: no
// CODE/leader stem of one word begins a function word, a given name or a
// common word a short surname might begin, in any language.
func TestLeaderStemsBeginNoCommonWord(t *testing.T) {
	p, err := lexicon.LoadPlaces()
	if err != nil {
		t.Fatal(err)
	}
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	// Words short surnames begin, in the languages Kent reads: "modify"
	// (Modi), "sin duda" (Duda), "content" (Conte), "marine" (Marin),
	// "тусклый" (Туск), "драгоценный" (Драги), "милей" (Милей, miles).
	words := []string{"modify", "modification", "modi", "duda", "dudas", "content", "contest", "marine", "marina", "тусклый", "драгоценный",
		"милей", "abend", "aber", "sugar", "moon", "kim", "lapidar", "lapidarny", "store", "storen", "kallas", "ratas", "albanese", "albanais",
		"mayor", "orphan", "orpo", "fiat", "fico", "abe", "maduros", "sisi", "lulu", "trumpet", "trumpf"}
	words = append(words, functionWordsAndNames(lex)...)
	// Words the stem may begin for good reason: Italian "fico" (a fig) is
	// rare in news, as is Spanish "maduros" (ripe); "trumpet" and "Trumpf"
	// are an accepted cost of Trump;
	// "зеленский" is in lexicon/data/ru.yaml's given names, though a surname.
	allowed := map[string]bool{"fico": true, "trumpet": true, "trumpf": true, "maduros": true, "зеленский": true}
	n := 0
	for k, stems := range p {
		if !strings.HasSuffix(k, "/leader") {
			continue
		}
		for _, s := range stems {
			if strings.Contains(s, " ") {
				continue // with the first name: two words never begin one
			}
			n++
			if s != strings.ToLower(s) {
				t.Errorf("%s: stem %q is not lower case", k, s)
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
	if n < 80 {
		t.Errorf("%d one-word leader stems, want the heads of some 40 countries", n)
	}
}

// A leader's surname in any spelling stands for the country: Latin,
// Polish, German and Cyrillic forms, inflected, and a two-word name.
func TestLeadersStandForTheirCountries(t *testing.T) {
	p, err := lexicon.LoadPlaces()
	if err != nil {
		t.Fatal(err)
	}
	ix := p.Index()
	for word, want := range map[string]string{
		"Netanyahu": "IL", "Netanjahus": "IL", "Нетаньяху": "IL", "Orbána": "HU", "Орбана": "HU", "Erdoğan": "TR", "Erdoğans": "TR",
		"Ердоган": "TR", "Trumpa": "US", "Трампом": "US", "Bidena": "US", "Macronem": "FR", "Макрона": "FR", "Scholz": "DE", "Шольца": "DE",
		"Melonin": "IT", "Fico": "SK", "Pashinyan": "AM", "Пашиняном": "AM", "Lukaschenko": "BY", "Bolsonaro": "BR", "Maduro": "VE",
		"Tuska": "PL", "Morawieckiego": "PL", "Кристерссон": "SE", "Nausėda": "LT", "Хаменеи": "IR", "Цзіньпін": "CN",
	} {
		if got := ix.Match(word); !slices.Contains(got, want) {
			t.Errorf("%q: %v, want %s", word, got, want)
		}
	}
	multi := lexicon.NewEventIndex(p.Multiword())
	for text, want := range map[string]string{"Narendra Modi": "IN", "Нарендри Моді": "IN", "Kim Jong Un": "KP", "Sanna Marin": "FI", "Andrzeja Dudy": "PL"} {
		if got, n := multi.Longest(strings.Fields(strings.ToLower(text))); n == 0 || got != want {
			t.Errorf("%q: %q, want %s", text, got, want)
		}
	}
	for _, word := range []string{"modify", "Marine", "duda", "Conte", "Johnson", "Moon"} {
		if got := ix.Match(word); len(got) > 0 {
			t.Errorf("%q names %v, want nothing", word, got)
		}
	}
	if _, n := lexicon.NewEventIndex(p.WithoutLeaders().Multiword()).Longest([]string{"narendra", "modi"}); n > 0 {
		t.Error("WithoutLeaders keeps a leader's name")
	}
}

func utf8Len(s string) int { return len([]rune(s)) }

// functionWordsAndNames lists every language's function words and given
// names: a place's or a leader's stem must begin none of them.
func functionWordsAndNames(lex *lexicon.Set) []string {
	var words []string
	for _, c := range lex.Codes() {
		l := lex.Get(c)
		words = append(words, l.FunctionWords...)
		words = append(words, l.Names.First...)
	}
	return words
}
