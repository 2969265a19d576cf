package names_test

import (
	"testing"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/pipeline"
)

// persons returns the article's person mentions: printed text → name.
func persons(a *kent.Article) map[string]string {
	out := map[string]string{}
	for _, m := range a.Mentions {
		if m.Kind == kent.SpeakerPerson {
			out[m.Text] = m.Name
		}
	}
	return out
}

// With the embedded syntax models, an inflected name alone in its article
// takes its base form and a common noun opening the sentence is no part of
// it; capitalised German nouns beside a speech verb are no persons. Without
// a tagger the finder works from its lexicons alone, as before.
func TestSyntaxModelsFindNames(t *testing.T) {
	cases := []struct {
		lang, text string
		want       map[string]string // with the models
		without    map[string]string // from the lexicons alone
	}{
		{"pl", "Premier Donalda Tuska powiedział, że rząd się nie zmieni.",
			map[string]string{"Donalda Tuska": "Donald Tusk"}, map[string]string{"Donalda Tuska": "Donald Tusk"}},
		{"pl", "Decyzja Łukaszenki zaskoczyła opozycję.",
			map[string]string{"Łukaszenki": "Łukaszenka"}, map[string]string{"Decyzja Łukaszenki": "Decyzj Łukaszenka"}},
		{"pl", "Wywiad Łukaszenki wywołał burzę, napisał portal.",
			map[string]string{"Łukaszenki": "Łukaszenka"}, map[string]string{"Wywiad Łukaszenki": "Wywiad Łukaszenka"}},
		{"ru", "Заявление Шольца удивило многих.",
			map[string]string{"Шольца": "Шольц"}, map[string]string{"Заявление Шольца": "Заявление Шольц"}},
		{"ru", "Брифинг Захаровой начался в полдень.",
			map[string]string{"Захаровой": "Захарова"}, map[string]string{"Брифинг Захаровой": "Брифинг Захарова"}},
		{"de", "Nach dem Treffen erklärte Regierung, es gebe keine Einigung. Am Montag sagten Kritiker, der Plan sei gescheitert. Gestern warnte Opposition vor Neuwahlen.",
			map[string]string{}, map[string]string{"Regierung": "Regierung", "Kritiker": "Kritiker", "Opposition": "Opposition"}},
		{"de", "Krieg, sagte Olaf Scholz, sei keine Lösung. Frieden brauche Geduld, sagte Scholz.",
			map[string]string{"Olaf Scholz": "Olaf Scholz", "Scholz": "Olaf Scholz"}, map[string]string{"Olaf Scholz": "Olaf Scholz", "Scholz": "Olaf Scholz"}},
		{"en", "Olaf Scholz spoke in Berlin. Scholz's aides said he would return.",
			map[string]string{"Olaf Scholz": "Olaf Scholz", "Scholz's": "Olaf Scholz"}, map[string]string{"Olaf Scholz": "Olaf Scholz", "Scholz's": "Olaf Scholz"}},
	}
	for _, tagged := range []bool{true, false} {
		p, err := pipeline.NewProcessor()
		if err != nil {
			t.Fatal(err)
		}
		if !tagged {
			p.Names.Tagger = nil
		}
		for _, c := range cases {
			want := c.want
			if !tagged {
				want = c.without
			}
			got := persons(process(t, p, c.lang, c.text))
			if len(got) != len(want) {
				t.Errorf("tagger %v, %s %q: persons %v, want %v", tagged, c.lang, c.text, got, want)
				continue
			}
			for text, name := range want {
				if got[text] != name {
					t.Errorf("tagger %v, %s %q: persons %v, want %v", tagged, c.lang, c.text, got, want)
					break
				}
			}
		}
	}
}
