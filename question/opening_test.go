package question_test

import "testing"

// A question may open with the person it asks about ("Macron va-t-il
// démissionner ?", "Scholz tritt zurück?"): a leader's surname or a given
// name as the first word is a name, not just the sentence's start. And
// dissolving a parliament, however it is called, is calling an early
// election.
func TestQuestionOpensWithThePerson(t *testing.T) {
	m, _, _ := setup(t)
	for _, c := range []struct{ text, subject, family string }{
		{"Macron va-t-il démissionner ?", "Macron", "resign"},
		{"Scholz tritt zurück?", "Scholz", "resign"},
		{"Emmanuel Macron dissoudra-t-il l'Assemblée nationale ?", "Emmanuel Macron", "snap-election"},
		{"Will Emmanuel Macron dissolve the National Assembly?", "Emmanuel Macron", "snap-election"},
		{"Wird Macron die Nationalversammlung auflösen?", "Macron", "snap-election"},
	} {
		q := understand(t, m, c.text)
		if q.Subject == nil || q.Subject.Kind != "person" || q.Subject.Name != c.subject || q.Family != c.family {
			t.Errorf("%q: subject %+v, family %q; want the person %s, %s", c.text, q.Subject, q.Family, c.subject, c.family)
		}
	}
}

// A verb's stressed ending is no case ending: "¿Ganará …?" (will win)
// names no Ghana ("Gana" in Lithuanian), and a government that falls,
// asked in the word orders questions take, is a collapse.
func TestQuestionWordsThatAreNoPlace(t *testing.T) {
	m, _, _ := setup(t)
	if q := understand(t, m, "¿Ganará el PP las próximas elecciones?"); q.Subject != nil && q.Subject.Key == "GH" {
		t.Errorf("¿Ganará …?: subject %+v, want no Ghana", q.Subject)
	}
	for _, text := range []string{"Kommer regeringen att falla före valet?", "Kaatuuko hallitus ennen vaaleja?", "Упадёт ли правительство до выборов?", "Wird die Koalition vor der Wahl scheitern?"} {
		if q := understand(t, m, text); q.Family != "collapse" {
			t.Errorf("%q: family %q, want collapse", text, q.Family)
		}
	}
}
