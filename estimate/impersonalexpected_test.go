package estimate_test

import "testing"

// An impersonal "is expected" or "is forecast" ("spodziewana jest
// decyzja", "obniżka jest oczekiwana", "прогнозируется", "прогнозується",
// "прагназуецца", "laukiama") is a likely judgement of its subject, as
// "ожидается", "очікується" and "oczekuje się" are.
func TestImpersonalExpected(t *testing.T) {
	checkIdioms(t, []idiomCase{
		{"pl", "W czerwcu spodziewana jest obniżka stóp procentowych, napisali analitycy banku.", "rate-cut"},
		{"pl", "Obniżka stóp procentowych jest oczekiwana w czerwcu, napisali analitycy banku.", "rate-cut"},
		{"ru", "Снижение ставки прогнозируется в июне, пишут аналитики банка.", "rate-cut"},
		{"ru", "Выборы ожидаются в июне, пишут аналитики.", "election"},
		{"uk", "Зниження ставки прогнозується в червні, пишуть аналітики банку.", "rate-cut"},
		{"be", "Зніжэнне стаўкі прагназуецца ў чэрвені, пішуць аналітыкі банка.", "rate-cut"},
		{"lt", "Laukiama, kad bankas sumažins palūkanas birželį, rašo banko analitikai.", "rate-cut"},
	}, "likely")
}
