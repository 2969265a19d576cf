package question_test

import (
	"testing"
	"time"

	"github.com/kentnews/kent/question"
)

// A negative degree word right before a negated expectation is one
// negation, read once: "ein Beitritt sei aber kaum zu erwarten" is
// unlikely. Read as an opener that turns its inner judgement round, the
// already negated expectation came back as likely (0.68).
func TestNegativeAdverbBeforeNegatedExpectationIsReadOnce(t *testing.T) {
	m, p, _ := setup(t)
	q, err := m.Understand(question.Question{Text: "Will Switzerland join NATO by 2030?"})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ lang, text string }{
		{"de", "Ein Beitritt der Schweiz zur NATO sei aber kaum zu erwarten, sagte der Botschafter Thomas Brunner."},
		{"en", "Swiss membership of NATO is hardly to be expected, said the ambassador Thomas Brunner."},
		{"ru", "Вступления Швейцарии в НАТО вряд ли стоит ожидать, сказал посол Томас Бруннер."},
	} {
		o := m.Outlook(q, judgements(t, p, c.lang, c.text, "x", time.Date(2024, 4, 1, 0, 0, 0, 0, time.UTC)), 1, question.Options{})
		if o.Pooled == nil || *o.Pooled >= 0.45 {
			t.Errorf("%s %q: want against; pooled %v %+v", c.lang, c.text, o.Pooled, o.Contributions)
		}
	}
}
