package names_test

import (
	"testing"

	"github.com/kentnews/kent"
)

// A name the scraped text ran into the function word after it ("Alexander
// Lukashenkothe authoritarian leader") is the person the article names
// elsewhere, in every language; a name that merely ends in letters of a
// function word stays whole.
func TestGluedFunctionWordIsCutOff(t *testing.T) {
	p := processor(t)
	cases := []struct {
		lang, text, glued, want string
	}{
		{"en", "Alexander Lukashenkothe authoritarian leader of Belarus, has let troops in. Lukashenko told officials this week that he would wait.",
			"Lukashenkothe", "Alexander Lukashenko"},
		{"sv", "Magdalena Anderssonoch regeringen vill vänta. Andersson sade i går att beslutet dröjer.",
			"Anderssonoch", "Magdalena Andersson"},
		{"de", "Olaf Scholzund die Regierung wollen warten. Scholz sagte am Montag, die Lage sei ernst.",
			"Scholzund", "Olaf Scholz"},
		{"pl", "Donald Tusknie chce czekać na decyzję. Tusk powiedział w poniedziałek, że sytuacja jest poważna.",
			"Tusknie", "Donald Tusk"},
		{"ru", "Владимир Путинэто знает лучше всех. Путин сказал в понедельник, что ждать нельзя.",
			"Путинэто", "Владимир Путин"},
		{"uk", "Володимир Зеленськийвін сказав, що чекати не можна. Зеленський заявив це в понеділок.",
			"Зеленськийвін", "Володимир Зеленський"},
		{"be", "Аляксандр Лукашэнкагэта сказаў учора. Лукашэнка заявіў, што чакаць нельга.",
			"Лукашэнкагэта", "Аляксандр Лукашэнка"},
	}
	for _, c := range cases {
		a := process(t, p, c.lang, c.text)
		var names []string
		for _, m := range a.Mentions {
			if m.Kind != kent.SpeakerPerson {
				continue
			}
			names = append(names, m.Text)
			if m.Text == c.glued || m.Name != c.want {
				t.Errorf("%s: person %q named %q, want %q", c.lang, m.Text, m.Name, c.want)
			}
		}
		if len(names) == 0 {
			t.Errorf("%s: no person in %q", c.lang, c.text)
		}
	}
	// "Holland" is no "Holl" + "and", and a name printed twice as is stays.
	a := process(t, p, "en", "Jools Holland said the show goes on. Holland added that Holland would tour.")
	for _, m := range a.Mentions {
		if m.Kind == kent.SpeakerPerson && m.Name != "Jools Holland" {
			t.Errorf("person %q named %q", m.Text, m.Name)
		}
	}
}
