package estimate_test

import (
	"slices"
	"testing"
)

// "Without" before the event noun denies it: "pressure without war" is
// no war, so a question on going to war reads the judgement as against.
// It does not when it governs no event ("attack without warning") or only
// qualifies an event the clause already names ("invade without a fight").
func TestWithoutDeniesEvent(t *testing.T) {
	cases := []struct {
		lang, text, cue, event string
		neg                    bool
	}{
		{"en", "China will most likely keep up the pressure on Taiwan without war.", "most likely", "war", true},
		{"ru", "Пекин, скорее всего, продолжит давление на Тайвань без войны.", "скорее всего", "war", true},
		{"uk", "Пекін, найімовірніше, тиснутиме на Тайвань без війни.", "найімовірніше", "war", true},
		{"de", "Peking wird den Druck auf Taiwan wahrscheinlich ohne Krieg fortsetzen.", "wahrscheinlich", "war", true},
		{"pl", "Pekin prawdopodobnie utrzyma presję na Tajwan bez otwartej wojny.", "prawdopodobnie", "war", true},
		{"fi", "Kiina painostaa todennäköisesti Taiwania ilman sotaa.", "todennäköisesti", "war", true},
		{"fr", "Pékin maintiendra probablement la pression sur Taïwan sans guerre.", "probablement", "war", true},
		{"en", "Russia will most likely attack without warning.", "most likely", "war", false},
		{"en", "Russia will most likely invade without a fight.", "most likely", "war", false},
		{"sv", "Det blir sannolikt inte fred utan krig.", "sannolikt", "war", false},
		{"ru", "Без побед на фронте Зеленский, скорее всего, не выиграет выборы.", "скорее всего", "win", true},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		j := find(js, c.cue)
		if j == nil {
			t.Errorf("%s %q: no judgement at %q:\n%s", c.lang, c.text, c.cue, dump(js))
			continue
		}
		if j.Proposition.Negated != c.neg || c.neg && !slices.Contains(j.Proposition.Events, c.event) {
			t.Errorf("%s %q: want proposition negated %v about %s, got negated %v events %v", c.lang, c.text, c.neg, c.event, j.Proposition.Negated, j.Proposition.Events)
		}
	}
}
