package question_test

import (
	"testing"
	"time"

	"github.com/kentnews/kent/question"
)

// Leaving an organisation, or a membership in it that will end, is
// against joining it: "Armenien wird die OVKS verlassen" was set aside on
// a question about Armenia joining the CSTO ("the predicate is not
// membership"), and "Armenia's membership will end" was read for it or
// set aside.
func TestLeavingIsAgainstJoining(t *testing.T) {
	m, p, _ := setup(t)
	q, err := m.Understand(question.Question{Text: "Will Armenia join the CSTO by the end of 2026?"})
	if err != nil {
		t.Fatal(err)
	}
	day := time.Date(2024, 6, 14, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, text string }{
		{"en", "Analyst Tom Reed said Armenia's membership in the CSTO will very likely end."},
		{"de", "Der Analyst Tom Reed hält es für sehr wahrscheinlich, dass Armenien die OVKS verlassen wird."},
		{"ru", "Аналитик Томас Рид считает, что Армения, скорее всего, выйдет из ОДКБ."},
		{"pl", "Analityk Tomasz Rydz uważa, że Armenia najprawdopodobniej wystąpi z OUBZ."},
	} {
		o := m.Outlook(q, judgements(t, p, c.lang, c.text, "x", day), 1, question.Options{})
		if o.Pooled == nil || *o.Pooled >= 0.5 {
			t.Errorf("%s %q: want one voice against; pooled %v, set aside %+v", c.lang, c.text, o.Pooled, o.SetAside)
		}
	}
}
