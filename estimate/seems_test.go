package estimate_test

import "testing"

// "It seems (seemed) that …", "it looks like …" ("wygląda na to, że",
// "кажется, что", "здавалося, що", "здаецца, што", "atrodo, kad",
// "panašu, kad") hedge the forecast after them: likely, not the
// categorical forecast the bare future would be.
func TestSeemsThat(t *testing.T) {
	cases := []idiomCase{
		{"pl", "Wygląda na to, że referendum odbędzie się jesienią, powiedział politolog Jan Nowak.", "referendum"},
		{"pl", "Jeszcze wczoraj wydawało się, że referendum odbędzie się jesienią.", "referendum"},
		{"ru", "Кажется, что референдум состоится осенью, сказал политолог Иван Петров.", "referendum"},
		{"ru", "Ещё вчера казалось, что референдум состоится осенью.", "referendum"},
		{"uk", "Здається, що референдум відбудеться восени, сказав політолог Іван Петренко.", "referendum"},
		{"uk", "Ще вчора здавалося, що референдум відбудеться восени.", "referendum"},
		{"be", "Здаецца, што рэферэндум адбудзецца восенню, сказаў палітолаг Іван Пятровіч.", "referendum"},
		{"lt", "Atrodo, kad referendumas įvyks rudenį, sakė politologas Jonas Petraitis.", "referendum"},
		{"lt", "Panašu, kad referendumas įvyks rudenį, sakė politologas Jonas Petraitis.", "referendum"},
	}
	checkIdioms(t, cases, "likely")
	for _, c := range cases {
		if j := aboutEvent(judge(t, c.lang, c.text), c.event); j != nil && j.Categorical {
			t.Errorf("%s %q: read as a categorical forecast at %q", c.lang, c.text, j.Cue)
		}
	}
}
