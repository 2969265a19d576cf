package question_test

import (
	"testing"
	"time"
)

// "X hält eine Zinssenkung für unwahrscheinlich": a verb of estimating
// with the cue as its complement judges the event noun it takes, in the
// order the language allows (object first in German, Russian, Polish); it
// is no effect of the event nor a judgement of holding something.
func TestEstimatingVerbJudgesItsEventNoun(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will the European Central Bank cut interest rates in June 2025?")
	d := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, title, text, words string }{
		{"de", "EZB vor der Zinsentscheidung", "Die EZB berät im Juni. Eine Zinssenkung im Juni halten die meisten Ökonomen für unwahrscheinlich, sagte Petra Hübner von der Commerzbank.", "unwahrscheinlich"},
		{"ru", "ЕЦБ перед решением по ставке", "ЕЦБ соберётся в июне. Снижение ставки в июне большинство аналитиков считают маловероятным, сказал Иван Петров из Сбербанка.", "маловероятным"},
		{"pl", "EBC przed decyzją o stopach", "EBC zbierze się w czerwcu. Obniżkę stóp w czerwcu większość ekonomistów uważa za mało prawdopodobną, powiedział Jan Nowak z PKO BP.", "mało prawdopodobną"},
	} {
		hits := titled(t, p, c.lang, c.title, c.text, d)
		if h, r := find(t, m, q, hits, c.words); !r.About || r.Invert {
			t.Errorf("%s: %q: %+v, want about the cut, as it is", c.lang, h.Proposition.Text, r)
		}
	}
}
