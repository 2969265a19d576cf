package estimate_test

import "testing"

// A conjunct set off by commas inside a subject (", as well as X,", ", a
// także X,", ", а также X,", ", liksom X,") leaves the whole coordinated
// subject the source, not the speaker before.
func TestAdditiveConjunctInSubject(t *testing.T) {
	checkHolders(t, []holderCase{
		{"en", "The economist John Miller said he expected a quick deal. The leaders of Portugal and Belgium, as well as the Hungarian government, have said a deal this year is unlikely.", "unlikely", "The leaders of Portugal and Belgium, as well as the Hungarian government"},
		{"ru", "Экономист Иван Петров сказал, что ожидает быстрой сделки. Лидеры Португалии и Бельгии, а также правительство Венгрии, заявили, что сделка в этом году маловероятна.", "маловероятна", "Лидеры Португалии и Бельгии, а также правительство Венгрии"},
		{"pl", "Ekonomista Jan Nowak powiedział, że spodziewa się szybkiego porozumienia. Przywódcy Portugalii i Belgii, a także rząd Węgier, uważają, że porozumienie w tym roku jest mało prawdopodobne.", "mało prawdopodobne", "Przywódcy Portugalii i Belgii, a także rząd Węgier"},
		{"sv", "Ekonomen Lars Berg sade att han väntar sig en snabb uppgörelse. Ledarna för Portugal och Belgien, liksom Ungerns regering, säger att ett avtal i år är osannolikt.", "osannolikt", "Ledarna för Portugal och Belgien, liksom Ungerns regering"},
	})
}
