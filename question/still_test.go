package question_test

import "testing"

// "Will X still be prime minister?" asks whether X stays on: the resign
// family, negated, in every language; a capitalised noun of time before a
// year is no part of the name ("Olaf Scholz Ende 2024"), and a surname
// that opens with a capitalised particle stays whole without a given name
// ("Le Pen").
func TestStillInOfficeQuestions(t *testing.T) {
	m, _, _ := setup(t)
	for _, c := range []struct{ text, subject, family string }{
		{"Will Boris Johnson still be prime minister at the end of 2022?", "Boris Johnson", "resign"},
		{"Wird Olaf Scholz Ende 2024 noch Kanzler sein?", "Olaf Scholz", "resign"},
		{"Czy Donald Tusk będzie nadal premierem w 2026 roku?", "Donald Tusk", "resign"},
		{"Kommer Ulf Kristersson fortfarande vara statsminister efter valet?", "Ulf Kristersson", "resign"},
		{"Emmanuel Macron sera-t-il toujours président en 2026 ?", "Emmanuel Macron", "resign"},
		{"Onko Petteri Orpo yhä pääministeri vuonna 2026?", "Petteri Orpo", "resign"},
	} {
		q := understand(t, m, c.text)
		if q.Subject == nil || q.Subject.Name != c.subject || q.Family != c.family || !q.Negated {
			t.Errorf("%q: subject %+v, family %q, negated %v; want %s, %s, negated", c.text, q.Subject, q.Family, q.Negated, c.subject, c.family)
		}
	}
	for _, c := range []struct{ text, subject string }{
		{"Will Le Pen win the French presidential election?", "Le Pen"},
		{"Will Von der Leyen be re-elected?", "Von der Leyen"},
		{"Wird Friedrich Merz Anfang 2025 Kanzler werden?", "Friedrich Merz"},
		{"Will Joe Biden 2024 drop out?", "Joe Biden"},
	} {
		if q := understand(t, m, c.text); q.Subject == nil || q.Subject.Name != c.subject {
			t.Errorf("%q: subject %+v, want %s", c.text, q.Subject, c.subject)
		}
	}
}
