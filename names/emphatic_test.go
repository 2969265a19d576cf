package names_test

import (
	"slices"
	"testing"
)

// A word for "himself" before a surname the article names in full is not
// the person's given name, though "Sam" is one in English. Written for
// this test.
func TestEmphaticBeforeASurname(t *testing.T) {
	p := processor(t)
	for _, c := range []struct{ lang, text, bad string }{
		{"pl", "Politolog uważa, że premier Dick Schoof wkrótce odejdzie.\n\nSam Schoof zapewnił, że nie zamierza podawać się do dymisji.", "Sam Schoof"},
		{"ru", "Политолог считает, что премьер Дик Схоф скоро уйдет.\n\nСам Схоф заявил, что не собирается уходить в отставку.", "Сам Схоф"},
		{"uk", "Політолог вважає, що прем'єр Дік Схоф скоро піде.\n\nСам Схоф заявив, що не збирається йти у відставку.", "Сам Схоф"},
	} {
		a := process(t, p, c.lang, c.text)
		var got []string
		for _, m := range a.Mentions {
			if m.Kind == "person" {
				got = append(got, m.Text)
			}
		}
		if slices.Contains(got, c.bad) {
			t.Errorf("%s: %q taken as a name: %q", c.lang, c.bad, got)
		}
	}
}
