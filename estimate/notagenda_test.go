package estimate_test

import (
	"slices"
	"testing"
)

// "Not on the agenda" and "not being discussed" in their usual forms say
// the event will not come soon: a judgement against it (very unlikely),
// as "nie jest na porządku dziennym" already was. Each gave nothing.
func TestNotOnTheAgenda(t *testing.T) {
	cases := []struct{ lang, text string }{
		{"en", "Ukraine's membership is not on the agenda, Stoltenberg said."},
		{"de", "Ein Beitritt der Ukraine steht nicht auf der Tagesordnung, sagte Stoltenberg."},
		{"pl", "Członkostwo Ukrainy nie jest przedmiotem rozmów, powiedział Stoltenberg."},
		{"uk", "Вступ України до НАТО не обговорюється, заявив Столтенберг."},
		{"ru", "Вступление Украины в НАТО не обсуждается, заявил Столтенберг."},
		{"sv", "Ett ukrainskt Natomedlemskap står inte på dagordningen, sade Stoltenberg."},
		{"fr", "L'adhésion de l'Ukraine n'est pas à l'ordre du jour, a déclaré Stoltenberg."},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		if len(js) != 1 || js[0].Band != "very_unlikely" || !slices.Contains(js[0].Proposition.Events, "membership") {
			t.Errorf("%s %q: want one very unlikely judgement on membership, got\n%s", c.lang, c.text, dump(js))
		}
	}
}
