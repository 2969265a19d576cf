package names_test

import (
	"testing"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/names"
	"github.com/kentnews/kent/pipeline"
)

// Issue 12's mechanisms, each in pl, ru, uk, be, de, sv and en, as a user
// sees them in an article's person mentions: an inflected name is named by
// its base form (1), its key joins the name's spellings in other scripts
// and languages while namesakes stay apart (2), and a country or role
// before it is no part of it (3).
func TestNameMechanismsInSevenLanguages(t *testing.T) {
	p, err := pipeline.NewProcessor()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		lang, text string
		name       string // the person mention's base form
		other      string // the same person spelled in another script or language
	}{
		{"pl", "Kanclerz Niemiec Olaf Scholz przyjechał w poniedziałek. Spotkanie Donalda Tuska z Olafem Scholzem trwało godzinę.", "Olaf Scholz", "Олаф Шольц"},
		{"ru", "Канцлер Германии Олаф Шольц прибыл в Минск. Визит Олафа Шольца длился день.", "Олаф Шольц", "Olaf Scholz"},
		{"uk", "Канцлер Німеччини Олаф Шольц прибув до Києва. Візит Олафа Шольца тривав день.", "Олаф Шольц", "Olaf Scholz"},
		{"be", "Канцлер Германіі Олаф Шольц прыехаў у Варшаву. Візіт Олафа Шольца доўжыўся дзень.", "Олаф Шольц", "Olaf Scholz"},
		{"de", "Bundeskanzler Olaf Scholz reiste am Montag nach Kiew. Olaf Scholz' Besuch dauerte einen Tag.", "Olaf Scholz", "Олаф Шольц"},
		{"sv", "Tysklands förbundskansler Olaf Scholz reste till Kiev. Lukasjenkos regim kritiserades av Olaf Scholz.", "Olaf Scholz", "Олаф Шольц"},
		{"en", "German Chancellor Olaf Scholz travelled to Kyiv on Monday, Scholz's office said.", "Olaf Scholz", "Олаф Шольц"},
	} {
		a := process(t, p, c.lang, c.text)
		found := false
		for _, m := range a.Mentions {
			if m.Kind != kent.SpeakerPerson {
				continue
			}
			if m.Name == c.name {
				found = true
			}
			for _, w := range []string{"Kanclerz", "Niemiec", "Канцлер", "Германии", "Німеччини", "Германіі", "Bundeskanzler", "Tysklands", "förbundskansler", "German", "Chancellor"} {
				if m.Text == w+" "+c.name || m.Name == w+" "+c.name {
					t.Errorf("%s: %q keeps the country or role in the name", c.lang, m.Text)
				}
			}
		}
		if !found {
			t.Errorf("%s %q: no person named %q in %+v", c.lang, c.text, c.name, a.Mentions)
		}
		if !names.SameName(c.name, c.other) || !names.SpeakerKey(c.name).Matches(names.SpeakerKey(c.other)) {
			t.Errorf("%s: %s and %s are not one name", c.lang, c.name, c.other)
		}
	}
	// Inflected forms of one person in each language share its base form.
	for _, c := range []struct{ lang, form, base string }{
		{"pl", "Donalda Tuska", "Donald Tusk"}, {"pl", "Łukaszenki", "Łukaszenka"},
		{"ru", "Шольца", "Шольц"}, {"ru", "Захаровой", "Захарова"},
		{"uk", "Зеленського", "Зеленський"}, {"be", "Лукашэнкі", "Лукашэнка"},
		{"de", "Lukaschenkos", "Lukaschenko"}, {"sv", "Lukasjenkos", "Lukasjenko"}, {"en", "Lukashenko's", "Lukashenko"},
	} {
		if !names.SameName(c.form, c.base) {
			t.Errorf("%s: %s is not %s", c.lang, c.form, c.base)
		}
	}
	// Namesakes stay apart in every script.
	for _, pr := range [][2]string{{"Ed Miliband", "David Miliband"}, {"Ed Miliband", "Дэвид Милибэнд"}, {"Kim Jong Un", "Kim Yo Jong"}, {"Kim Jong Un", "Ким Ё Чжон"}} {
		if names.SameName(pr[0], pr[1]) || names.SpeakerKey(pr[0]).Matches(names.SpeakerKey(pr[1])) {
			t.Errorf("%s and %s merged", pr[0], pr[1])
		}
	}
}
