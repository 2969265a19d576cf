package question_test

import "testing"

// An event noun in the question's time bound ("vor der Wahl", "ennen
// vaaleja", "before the election") says when: the event asked about is
// the other one the question names, wherever the word order puts it —
// also when only a compound's head names it ("Unabhängigkeitsreferendum").
// Alone, such a noun is still the event.
func TestTimeBoundNounIsNotTheEvent(t *testing.T) {
	m, _, _ := setup(t)
	for _, c := range []struct{ text, family, bound string }{
		{"Wird Schottland vor der Wahl ein Unabhängigkeitsreferendum abhalten?", "referendum", "vor der Wahl"},
		{"Järjestääkö Skotlanti ennen vaaleja itsenäisyyskansanäänestyksen?", "referendum", "ennen vaaleja"},
		{"Wird Katalonien vor der Wahl eine Volksabstimmung über die Unabhängigkeit abhalten?", "referendum", "vor der Wahl"},
		{"Will Scotland hold an independence referendum before the election?", "referendum", "before the election"},
		{"Czy Szkocja przed wyborami przeprowadzi referendum niepodległościowe?", "referendum", "przed wyborami"},
		{"Wird Scholz vor der Wahl zurücktreten?", "resign", "vor der Wahl"},
		{"Wird Deutschland vor dem Gipfel Wahlen abhalten?", "election", "vor dem Gipfel"},
	} {
		q := understand(t, m, c.text)
		if q.Family != c.family || q.TimeBound != c.bound {
			t.Errorf("%q: family %q, time %q; want %q, %q", c.text, q.Family, q.TimeBound, c.family, c.bound)
		}
	}
}
