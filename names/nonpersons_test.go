package names_test

import (
	"testing"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/pipeline"
)

// Capitalised words that are no people stay no people: a compound that
// merely starts with a role word ("Expertenwissens"), an article opening a
// sentence, an English plural inside a body's name in a language with a
// bare -s genitive, a military body named after a word that is also a
// given name; real people beside them stay people.
func TestNonPersonsStayNonPersons(t *testing.T) {
	p, err := pipeline.NewProcessor()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		lang, text string
		persons    []string // the person mentions wanted, in order
		org        string   // an organisation mention wanted, if any
	}{
		{"de", "Sie gewann dank ihres Expertenwissens Anerkennung und kehrte nach Paris zurück.", nil, ""},
		{"de", "Einen Schub erhofft man sich vom Immobilienmarkt.", nil, ""},
		{"de", "Das sagte Präsidentenberater Michail Podoljak am Montag.", []string{"Michail Podoljak"}, ""},
		{"sv", "Med stöd av American Civil Liberties Union stämde de delstaten.", nil, "Civil Liberties Union"},
		{"en", "“It would matter,” said Mark Cancian, a retired US Marine Corps colonel.", []string{"Mark Cancian"}, "Marine Corps"},
		{"pl", "Podziękował prezydentowi Andrzejowi Dudzie za wsparcie.", []string{"Andrzejowi Dudzie"}, ""},
		{"pl", "Alpy dają nizinom wodę pitną i energię.", nil, ""},
		{"de", "Im Ort steht die Stiftskirche St. Peter und Paul aus dem 12. Jahrhundert.", nil, ""},
		{"pl", "W centrum stoi kościół św. Piotra i Pawła z XII wieku.", nil, ""},
	} {
		a := process(t, p, c.lang, c.text)
		var got []string
		org := false
		for _, m := range a.Mentions {
			switch m.Kind {
			case kent.SpeakerPerson:
				got = append(got, m.Text)
			case kent.SpeakerOrganisation:
				org = org || m.Text == c.org
			}
		}
		if len(got) != len(c.persons) {
			t.Errorf("%s %q: persons %q, want %q", c.lang, c.text, got, c.persons)
			continue
		}
		for i := range got {
			if got[i] != c.persons[i] {
				t.Errorf("%s %q: persons %q, want %q", c.lang, c.text, got, c.persons)
			}
		}
		if c.org != "" && !org {
			t.Errorf("%s %q: no organisation %q in %+v", c.lang, c.text, c.org, a.Mentions)
		}
	}
}
