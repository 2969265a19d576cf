package question_test

import (
	"strings"
	"testing"
	"time"

	"github.com/kentnews/kent/question"
)

// A condition that asks only that things go on as they are ("if inflation
// keeps falling", "om inflationsutsikterna står sig"), or an exception
// ("unless all sanctions are lifted"), leaves the holder's forecast as
// things are: it is pooled as said, with the condition in its reason. A
// condition that asks for a change ("if the war ends") keeps the
// judgement apart.
func TestConditionAsThingsAreIsPooled(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will the ECB cut interest rates in June 2024?")
	d := time.Date(2024, 5, 20, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, title, text string }{
		{"en", "ECB decision nears", "The ECB meets in June. If inflation keeps falling, a rate cut by the ECB in June is likely, said economist Anna Smith."},
		{"sv", "ECB inför beslutet", "ECB sammanträder i juni. Om inflationen fortsätter att sjunka, är en räntesänkning från ECB i juni trolig, säger ekonomen Anna Berg."},
		{"fr", "La BCE avant sa décision", "La BCE se réunit en juin. Selon l'économiste Anne Dubois, si l'inflation reste modérée, une baisse des taux de la BCE en juin est probable."},
		{"de", "EZB vor der Entscheidung", "Die EZB tagt im Juni. Wenn die Inflation weiterhin sinkt, ist eine Zinssenkung der EZB im Juni wahrscheinlich, sagte die Ökonomin Anna Roth."},
		{"pl", "EBC przed decyzją", "EBC zbiera się w czerwcu. Jeśli inflacja nadal będzie spadać, obniżka stóp przez EBC w czerwcu jest prawdopodobna – powiedziała ekonomistka Anna Nowak."},
		{"ru", "ЕЦБ перед решением", "ЕЦБ соберётся в июне. Если тенденция сохранится, снижение ставки ЕЦБ в июне вероятно, считает экономист Анна Смирнова."},
		{"en", "ECB decision nears", "The ECB meets in June. A rate cut by the ECB in June is likely unless inflation jumps again, said economist Anna Smith."},
	} {
		hits := titled(t, p, c.lang, c.title, c.text, d)
		o := m.Outlook(q, hits, 1, question.Options{Now: d})
		if len(o.Conditional) > 0 || o.Pooled == nil || *o.Pooled < 0.55 {
			t.Errorf("%s: %q: pooled %v, %d conditional, want pooled likely", c.lang, c.text, o.Pooled, len(o.Conditional))
			continue
		}
		if !strings.Contains(o.Contributions[0].Reason, "as they are") {
			t.Errorf("%s: reason %q, want it to name the condition", c.lang, o.Contributions[0].Reason)
		}
	}
	for _, c := range []struct{ lang, title, text string }{
		{"en", "ECB decision nears", "The ECB meets in June. If oil prices collapse, a rate cut by the ECB in June is likely, said economist Anna Smith."},
		{"sv", "ECB inför beslutet", "ECB sammanträder i juni. Om oljepriset rasar, är en räntesänkning från ECB i juni trolig, säger ekonomen Anna Berg."},
	} {
		hits := titled(t, p, c.lang, c.title, c.text, d)
		o := m.Outlook(q, hits, 1, question.Options{Now: d})
		if len(o.Conditional) != 1 || o.Pooled != nil {
			t.Errorf("%s: %q: pooled %v, %d conditional, want it apart", c.lang, c.text, o.Pooled, len(o.Conditional))
		}
	}
}

// A categorical forecast under a condition is a contingency, what would
// follow from it, even where the condition is that things go on: it stays
// apart.
func TestCategoricalUnderConditionStaysApart(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will the ECB cut interest rates in June 2024?")
	d := time.Date(2024, 5, 20, 0, 0, 0, 0, time.UTC)
	hits := titled(t, p, "en", "ECB decision nears", "The ECB meets in June. If inflation keeps falling, the ECB will cut interest rates in June, said economist Anna Smith.", d)
	o := m.Outlook(q, hits, 1, question.Options{Now: d})
	if len(o.Conditional) != 1 || o.Pooled != nil {
		t.Errorf("pooled %v, %d conditional, want the categorical apart", o.Pooled, len(o.Conditional))
	}
}
