package question_test

import (
	"testing"
	"time"

	"github.com/kentnews/kent/question"
)

// Leaving an organisation is also said as ending or freezing one's
// membership or participation: "Armeniens Mitgliedschaft in der OVKS wird
// höchstwahrscheinlich enden", "членство … будет прекращено", "заморозит
// участие", "freeze its participation". Such judgements were set aside as
// "not about the question's event (membership)" or not found at all.
func TestEndingOrFreezingMembershipIsLeaving(t *testing.T) {
	m, p, _ := setup(t)
	q, err := m.Understand(question.Question{Text: "Will Armenia leave the CSTO by the end of 2025?"})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ lang, text string }{
		{"de", "Armeniens Mitgliedschaft in der OVKS wird höchstwahrscheinlich enden, sagte der Analyst Hans Müller."},
		{"de", "Armenien wird die OVKS wahrscheinlich verlassen, sagte der Analyst Hans Müller."},
		{"en", "Armenia will probably freeze its participation in the CSTO, said the analyst John Smith."},
		{"en", "Armenia's membership of the CSTO is likely to end soon, said the analyst John Smith."},
		{"ru", "Членство Армении в ОДКБ, скорее всего, будет прекращено, считает политолог Иван Петров."},
		{"ru", "Армения, вероятно, заморозит своё участие в ОДКБ, считает политолог Иван Петров."},
		{"uk", "Вірменія, ймовірно, заморозить членство в ОДКБ, вважає політолог Іван Петренко."},
		{"pl", "Armenia prawdopodobnie zakończy członkostwo w OUBZ, uważa analityk Jan Kowalski."},
		{"fi", "Armenia todennäköisesti jäädyttää jäsenyytensä CSTO:ssa, sanoi analyytikko Matti Virtanen."},
	} {
		o := m.Outlook(q, judgements(t, p, c.lang, c.text, "x", time.Date(2024, 4, 1, 0, 0, 0, 0, time.UTC)), 1, question.Options{})
		if o.Pooled == nil || o.Direction != "for" {
			t.Errorf("%s %q: want one voice for leaving; pooled %v %+v set aside %+v", c.lang, c.text, o.Pooled, o.Contributions, o.SetAside)
		}
	}
}
