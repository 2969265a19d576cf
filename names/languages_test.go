package names_test

import (
	"slices"
	"testing"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/names"
)

// Issue 12's mechanisms, each in pl, ru, uk, be, de, sv and en, as a user
// sees them in an article's person mentions: an inflected name is named by
// its base form (1), its key joins the name's spellings in other scripts
// and languages while namesakes stay apart (2), and a country or role
// before it is no part of it (3).
func TestNameMechanismsInSevenLanguages(t *testing.T) {
	p := processor(t)
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

// Issue 12's types (4) and entities (5) in the seven languages: a place in
// a case form after a preposition is a place, not a person; the articles'
// mentions of one man, in whatever case, script and language they print
// him, are one entity listing every spelling and language.
func TestTypesAndEntitiesInSevenLanguages(t *testing.T) {
	p := processor(t)
	arts := []struct{ lang, text, place string }{
		{"pl", "Aleksander Łukaszenka przyjechał w poniedziałek do Moskwy. Rozmowa Łukaszenki z dziennikarzami w Londynie trwała godzinę.", "Londynie"},
		{"ru", "Александр Лукашенко прибыл в понедельник в Москву. Заявление Лукашенко прозвучало в Вашингтоне.", "Вашингтоне"},
		{"uk", "Олександр Лукашенко прибув у понеділок до Москви. Заява Лукашенка пролунала у Вашингтоні.", "Вашингтоні"},
		{"be", "Аляксандр Лукашэнка прыехаў у панядзелак у Маскву. Заява Лукашэнкі прагучала ў Лондане.", "Лондане"},
		{"de", "Alexander Lukaschenko reiste am Montag nach Moskau. Lukaschenkos Rede in Berlin dauerte eine Stunde.", "Berlin"},
		{"sv", "Aleksandr Lukasjenko reste på måndagen till Moskva. Lukasjenkos tal i Stockholm varade en timme.", "Stockholm"},
		{"en", "Alexander Lukashenko travelled to Moscow on Monday. Lukashenko's speech in London lasted an hour.", "London"},
	}
	var rows []kent.MentionRow
	for i, c := range arts {
		a := process(t, p, c.lang, c.text)
		for _, m := range a.Mentions {
			if m.Text == c.place && m.Kind == kent.SpeakerPerson {
				t.Errorf("%s: the place %q is a person", c.lang, m.Text)
			}
			rows = append(rows, kent.MentionRow{ArticleID: string(rune('a' + i)), Language: c.lang, Kind: m.Kind, Key: m.Key, Text: m.Text, Name: m.Name, Count: 1})
		}
	}
	es, err := names.Entities(func(yield func(kent.MentionRow, error) bool) {
		for _, r := range rows {
			if !yield(r, nil) {
				return
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	var luka *kent.Entity
	for i, e := range es {
		if e.Kind == kent.SpeakerPerson && luka == nil {
			luka = &es[i]
		} else if e.Kind == kent.SpeakerPerson {
			t.Errorf("a second person entity: %+v", e)
		}
	}
	if luka == nil || luka.Articles != 7 || len(luka.Languages) != 7 {
		t.Fatalf("one Lukashenko in seven articles and languages: %+v", luka)
	}
	for _, v := range []string{"Łukaszenki", "Лукашенка", "Лукашэнкі", "Lukaschenkos", "Lukasjenkos", "Lukashenko's"} {
		if !slices.Contains(luka.Variants, v) {
			t.Errorf("Lukashenko's variants %q lack %q", luka.Variants, v)
		}
	}
}
