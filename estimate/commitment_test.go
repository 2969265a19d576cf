package estimate_test

import "testing"

// A decision said to be taken, or a date said to be set, commits to the
// event: very likely ("la decisión está tomada", "decyzja zapadła",
// "решение принято"); "nothing will stop it" is almost certain. "No
// decision has been made" stays open.
func TestCommitmentsJudgeTheEvent(t *testing.T) {
	for _, c := range []struct{ lang, text, cue, band string }{
		{"es", "«La decisión está tomada», dijo el ministro José Manuel Albares sobre el reconocimiento de Palestina.", "La decisión está tomada", "very_likely"},
		{"pl", "«Wyznaczyliśmy już datę rozpoczęcia operacji» – powiedział premier Jan Nowak.", "Wyznaczyliśmy już datę", "very_likely"},
		{"it", "«Ciò sarà fatto, c'è una data», ha detto il premier Marco Rossi.", "c'è una data", "very_likely"},
		{"ru", "«Решение принято», – сказал министр Иван Петров о признании Палестины.", "Решение принято", "very_likely"},
		{"de", "„Die Entscheidung ist gefallen“, sagte der Minister Paul Roth über die Anerkennung.", "Die Entscheidung ist gefallen", "very_likely"},
		{"sv", "– Beslutet är fattat, säger ministern Anna Berg om erkännandet.", "Beslutet är fattat", "very_likely"},
		{"en", "Nothing will stop the tariffs, the spokeswoman Karoline Leavitt said.", "Nothing will stop", "almost_certain"},
		{"fr", "Donald Trump a assuré que « rien » n'empêchera leur application.", "rien » n'empêchera", "almost_certain"},
		{"pl", "«Nic nie powstrzyma ceł» – powiedział minister Jan Nowak.", "Nic nie powstrzyma", "almost_certain"},
		{"en", "No decision has been made yet, the spokesman Paul Smith said.", "No decision has been made", "roughly_even"},
	} {
		js := judgeIn(t, c.lang, c.text)
		if j := find(js, c.cue); j == nil || j.Band != c.band {
			t.Errorf("%s %q: want %s at %q, got %+v", c.lang, c.text, c.band, c.cue, js)
		}
	}
}
