package names_test

import (
	"testing"

	"github.com/kentnews/kent"
)

// Capitalised words that are no people stay no people: a compound that
// merely starts with a role word ("Expertenwissens"), an article opening a
// sentence, an English plural inside a body's name in a language with a
// bare -s genitive, a military body named after a word that is also a
// given name; real people beside them stay people.
func TestNonPersonsStayNonPersons(t *testing.T) {
	p := processor(t)
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
		// A given name's bare genitive with nothing to qualify is a plural
		// or a foreign word ("Jeans", "Victorias"); a genitive before its
		// noun stays a name.
		{"de", "In der Ecke steht eine Frau mit Kopftuch und Jeans, die wartet.", nil, ""},
		{"sv", "Anhängarna firade segern på Plaza de las Victorias.", nil, ""},
		// Two lone names joined by "and" are a work's title or a pair of
		// characters; "Hillary und Bill Clinton" are people.
		{"sv", "Hon ville spela mot honom i en version av Romeo och Julia.", nil, ""},
		{"de", "Er wollte Tim und Struppi für das Kino verfilmen.", nil, ""},
		{"de", "Gestern sprachen Hillary und Bill Clinton in Berlin.", []string{"Hillary", "Bill Clinton"}, ""},
		{"sv", "Filmen börjar med Richard och Mildred som ett par. Mildred var då arton år.", []string{"Richard"}, ""}, // Mildred: no listed name, no evidence
		// A given name the article prints again is a person, not half of a
		// title ("Richard und Mildred … Richard"); a title's is printed once.
		{"de", "Zu Beginn des Films sind Richard und Mildred schon ein Paar. Später zögert Richard.", []string{"Richard", "Richard"}, ""},
		{"en", "When the film opens, Richard and Mildred are a couple. Later Richard hesitates.", []string{"Richard", "Richard"}, ""},
		{"pl", "Na początku filmu Richard i Mildred są już parą. Potem Richard się waha.", []string{"Richard", "Richard"}, ""},
		{"sv", "I början av filmen är Richard och Mildred redan ett par. Senare tvekar Richard.", []string{"Richard", "Richard"}, ""},
		{"de", "Er wollte Tim und Struppi für das Kino verfilmen. Die Timeline war lang.", nil, ""},
		// No article stands before a German person's name: "des Nils" is
		// the Nile's.
		{"de", "Kontrollen des Nils Entwicklungen förderten den Hafen.", nil, ""},
		{"de", "Der Politologe Hans Weber sagte, das sei falsch.", []string{"Hans Weber"}, ""},
		// A common word before a place names a region or body of it.
		{"ru", "Жители Области Варшавы голосовали в среду.", nil, ""},
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
