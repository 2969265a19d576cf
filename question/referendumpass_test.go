package question_test

import (
	"testing"
	"time"

	"github.com/kentnews/kent/question"
)

// A question on a referendum passing asks about its outcome: "the
// referendum will probably fail" ("scheitern", "upadnie", "провалится",
// "провалиться") is against it, "will pass" ("przejdzie", "будет одобрен",
// "angenommen") for it. The question was read as one on holding a
// referendum, for which a likely failure was a likely referendum: for.
func TestReferendumPassingOrFailing(t *testing.T) {
	m, p, _ := setup(t)
	for _, c := range []struct {
		q, lang, text, want string
	}{
		{"Will the constitutional referendum in Italy pass in 2026?", "en", "The referendum in Italy will probably fail, said the analyst John Smith.", "against"},
		{"Will the constitutional referendum in Italy pass in 2026?", "en", "The referendum in Italy will probably be rejected, said the analyst John Smith.", "against"},
		{"Will the constitutional referendum in Italy pass in 2026?", "en", "Italy's referendum is likely to pass, said the analyst John Smith.", "for"},
		{"Wird das Referendum in Italien 2026 angenommen?", "de", "Das Referendum in Italien wird wahrscheinlich scheitern, sagte der Politologe Hans Müller.", "against"},
		{"Will the constitutional referendum in Italy pass in 2026?", "de", "Das Referendum in Italien wird wahrscheinlich angenommen, sagte der Politologe Hans Müller.", "for"},
		{"Czy referendum w Mołdawii zostanie przyjęte w 2026 roku?", "pl", "Referendum w Mołdawii najprawdopodobniej upadnie, uważa analityk Jan Kowalski.", "against"},
		{"Will the constitutional referendum in Moldova pass in 2026?", "pl", "Referendum w Mołdawii prawdopodobnie przejdzie, uważa analityk Jan Kowalski.", "for"},
		{"Will the constitutional referendum in Italy pass in 2026?", "ru", "Референдум в Италии, скорее всего, провалится, считает политолог Иван Петров.", "against"},
		{"Will the constitutional referendum in Italy pass in 2026?", "uk", "Референдум в Італії, ймовірно, провалиться, вважає політолог Іван Петренко.", "against"},
	} {
		q, err := m.Understand(question.Question{Text: c.q})
		if err != nil {
			t.Fatal(err)
		}
		o := m.Outlook(q, judgements(t, p, c.lang, c.text, "x", time.Date(2024, 4, 1, 0, 0, 0, 0, time.UTC)), 1, question.Options{})
		if o.Pooled == nil || o.Direction != c.want {
			t.Errorf("%s %q: want one voice %s; pooled %v %+v set aside %+v", c.lang, c.text, c.want, o.Pooled, o.Contributions, o.SetAside)
		}
	}
}
