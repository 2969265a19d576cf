package names_test

import (
	"testing"

	"github.com/kentnews/kent"
)

// A person's name stops before the body printed straight after it: the
// Finnish genitive or elative of a place or body before its lower-case
// noun, the Polish genitive of a body, the German "von der" and genitive
// -s of a place. The body is no person.
func TestNameStopsBeforeAffiliation(t *testing.T) {
	p := processor(t)
	for _, c := range []struct {
		lang, text string
		person     string
		body       string // the mention wanted after the name, not a person
	}{
		{"fi", "Professori Jussi Laine Helsingin yliopistosta pitää laskua todennäköisenä.", "Jussi Laine", "Helsingin"},
		{"fi", "Pääekonomisti Jussi Laine Nordean pankista arvioi, että korko laskee.", "Jussi Laine", "Nordean"},
		{"fi", "Tutkija Jussi Laine Jyväskylän yliopistosta sanoo, että lasku on todennäköinen.", "Jussi Laine", "Jyväskylän"},
		{"fi", "Tutkija Jussi Laine Itä-Suomen yliopistosta sanoo, että lasku on todennäköinen.", "Jussi Laine", "Itä-Suomen"},
		{"fi", "Tutkija Jussi Laine Aalto-yliopistosta sanoo, että lasku on todennäköinen.", "Jussi Laine", "Aalto-yliopistosta"},
		{"fi", "Ekonomisti Jussi Laine Elinkeinoelämän tutkimuslaitoksesta sanoo, että lasku on todennäköinen.", "Jussi Laine", "Elinkeinoelämän"},
		{"pl", "Ekspert Jan Kowalski Ośrodka Studiów Wschodnich uważa, że stopy spadną.", "Jan Kowalski", "Ośrodka Studiów Wschodnich"},
		{"de", "Professor Jan Weber von der Universität Mannheim hält eine Senkung für wahrscheinlich.", "Jan Weber", "Universität Mannheim"},
		{"de", "Ökonom Jan Weber Berlins hält eine Senkung für wahrscheinlich.", "Jan Weber", "Berlins"},
		{"sv", "Forskaren Anna Lind vid Uppsala universitet tror att räntan sänks.", "Anna Lind", ""},
		// A surname that begins like a body's word stays whole.
		{"fi", "Tutkija Jussi Laitinen sanoo, että lasku on todennäköinen.", "Jussi Laitinen", ""},
	} {
		a := process(t, p, c.lang, c.text)
		var persons []string
		body := c.body == ""
		for _, m := range a.Mentions {
			if m.Kind == kent.SpeakerPerson {
				persons = append(persons, m.Text)
			} else if m.Text == c.body {
				body = true
			}
		}
		if len(persons) != 1 || persons[0] != c.person {
			t.Errorf("%s %q: persons %q, want %q", c.lang, c.text, persons, c.person)
		}
		if !body {
			t.Errorf("%s %q: no mention %q apart from the person in %+v", c.lang, c.text, c.body, a.Mentions)
		}
	}
}
