package names_test

import (
	"testing"

	"github.com/kentnews/kent"
)

// Churches named after saints, shows, awards, quoted titles, companies and
// republics are not people; the people beside them still are. (Sentences
// written for this test.)
func TestThingsAreNotPersons(t *testing.T) {
	p := processor(t)
	for _, tc := range []struct {
		lang, text string
		not        []string
		person     string
	}{
		{"en", "The concert on the steps of St. Michael drew a crowd, said Anna Keller.", []string{"Michael"}, "Anna Keller"},
		{"en", "He told the Andrew Marr Show that Jane Holt would stay.", []string{"Andrew Marr Show"}, "Jane Holt"},
		{"de", "Kesha schrieb den Song „Stephen“, sagte Maria Lehner.", []string{"Stephen"}, "Maria Lehner"},
		{"pl", "W środę Microsoft zapowiedział nowy komunikator, powiedział Jan Kowalski.", []string{"Microsoft"}, "Jan Kowalski"},
		{"sv", "Republiken Kina erkände inte landet, sade Anna Berg.", []string{"Republiken Kina"}, "Anna Berg"},
		{"ru", "Папа Франциск встретился с ним в Casa Santa Marta, сообщил Иван Петров.", []string{"Casa Santa Marta"}, "Иван Петров"},
	} {
		a := process(t, p, tc.lang, tc.text)
		persons := map[string]bool{}
		for _, m := range a.Mentions {
			if m.Kind == kent.SpeakerPerson {
				persons[m.Text] = true
			}
		}
		for _, n := range tc.not {
			if persons[n] {
				t.Errorf("%s: %q is a person", tc.lang, n)
			}
		}
		if !persons[tc.person] {
			t.Errorf("%s: %q is no person (%v)", tc.lang, tc.person, persons)
		}
	}
}
