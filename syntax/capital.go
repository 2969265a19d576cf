package syntax

import (
	"unicode"
	"unicode/utf8"
)

// capitalNames returns the capitalised words inside a sentence that the
// tagger took for verbs (upos gives its tag of word i): a surname that is
// also a verb form ("att Kallas lämnar posten", kalla; "że Kosi") is
// written with a capital where a verb never is in Swedish, Polish,
// Finnish or Russian, and tagged a verb it takes the
// name's place in the parse. (Adjectives stay: they open many names of
// bodies, "Polskie Stronnictwo Ludowe".) Only sentences in
// normal case are read so: not the first word, not a word after
// punctuation (a quote may open there), not a title in which most words
// are capitalised. The model does not ask for it in English and German
// (Model.tagForms).
func capitalNames(forms []string, upos func(i int) string) []int {
	caps, letters := 0, 0
	for _, f := range forms {
		r, _ := utf8.DecodeRuneInString(f)
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				caps++
			}
		}
	}
	if letters < 4 || 2*caps > letters {
		return nil
	}
	var out []int
	for i := 1; i < len(forms); i++ {
		if u := upos(i); u != "VERB" && u != "AUX" || !capitalised(forms[i]) {
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(forms[i-1])
		if !unicode.IsLetter(prev) && !unicode.IsDigit(prev) {
			continue
		}
		out = append(out, i)
	}
	return out
}

// capitalised reports whether a word starts with a capital letter and
// goes on in lower case ("Kallas", not "EU" or "iPhone").
func capitalised(f string) bool {
	r, n := utf8.DecodeRuneInString(f)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, r := range f[n:] {
		if unicode.IsLetter(r) {
			return unicode.IsLower(r)
		}
	}
	return false
}
