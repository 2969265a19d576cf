package question_test

import "testing"

// Finnish asks "will X become Y" with X in the elative ("Tuleeko
// Stubbista presidentti?"): the person is Stubb, keyed as the articles'
// "Stubb", "Stubbin" are.
func TestFinnishElativePerson(t *testing.T) {
	m, _, _ := setup(t)
	for text, name := range map[string]string{
		"Tuleeko Alexander Stubbista Suomen presidentti?": "Alexander Stubb",
		"Tuleeko Le Penistä Ranskan presidentti?":         "Le Pen",
		"Tuleeko Trumpista presidentti uudelleen?":        "Trump",
		"Tuleeko Stubbista Suomen presidentti?":           "Stubb",
	} {
		q := understand(t, m, text)
		if q.Subject == nil || q.Subject.Name != name || q.Family != "win" {
			t.Errorf("%q: subject %+v, family %q; want %s winning", text, q.Subject, q.Family, name)
		}
	}
}
