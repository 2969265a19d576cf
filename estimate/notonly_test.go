package estimate_test

import "testing"

// "Not only possible but likely" asserts what follows the negation and
// adds more: no judgement in it is against the event. Written for this
// test.
func TestNotOnlyIsNoNegation(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "A rate cut in July is not only possible but likely, said economist Anna Lind."},
		{"de", "Eine Zinssenkung im Juli ist nicht nur möglich, sondern auch wahrscheinlich, sagte der Ökonom Jens Bauer."},
		{"sv", "En räntesänkning i juli är inte bara möjlig utan också sannolik, säger ekonomen Per Holm."},
		{"fr", "Une baisse des taux en juillet est non seulement possible mais probable, estime l'économiste Paul Martin."},
		{"ru", "Снижение ставки в июле не только возможно, но и вероятно, считает экономист Иван Петров."},
		{"uk", "Зниження ставки в липні не лише можливе, а й ймовірне, вважає економіст Олег Бондар."},
		{"es", "Una bajada de tipos en julio no solo es posible, sino probable, según el economista Luis Gómez."},
	} {
		js := judge(t, c.lang, c.text)
		if len(js) == 0 {
			t.Errorf("%s %q: no judgement", c.lang, c.text)
		}
		for _, j := range js {
			if j.Value < 0.45 {
				t.Errorf("%s %q: read as against:\n%s", c.lang, c.text, dump(js))
				break
			}
		}
	}
}
