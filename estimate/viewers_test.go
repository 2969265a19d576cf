package estimate_test

import "testing"

// A quantified group of whom something is clear or likely holds it: after
// a view preposition ("Dla wielu ekonomistów", "For many economists",
// "Für viele Ökonomen") or in the dative at a clause's start ("Многим
// дипломатам ясно", "Wielu ekonomistom wydaje się"). A quantified noun
// that is no group of people ("For many years") holds nothing.
func TestQuantifiedGroupsHoldTheirView(t *testing.T) {
	checkHolders(t, []holderCase{
		{"pl", "Dla wielu ekonomistów recesja w Niemczech jest niemal pewna.", "niemal pewna", "wielu ekonomistów"},
		{"en", "For many economists, a recession is almost certain.", "almost certain", "many economists"},
		{"de", "Für viele Ökonomen ist eine Rezession sehr wahrscheinlich.", "sehr wahrscheinlich", "viele Ökonomen"},
		{"es", "Para muchos economistas, una recesión es probable.", "probable", "muchos economistas"},
		{"it", "Per molti economisti una recessione è probabile.", "probabile", "molti economisti"},
		{"sv", "För många ekonomer är en recession sannolik.", "sannolik", "många ekonomer"},
		{"ru", "Для многих экспертов сделка маловероятна.", "маловероятна", "многих экспертов"},
		{"ru", "Многим дипломатам уже ясно, что сделка маловероятна.", "маловероятна", "Многим дипломатам"},
		{"ru", "Переговоры продолжаются, но многим дипломатам и экспертам ясно, что сделка маловероятна.", "маловероятна", "многим дипломатам и экспертам"},
		{"pl", "Wielu ekonomistom wydaje się, że recesja jest mało prawdopodobna.", "mało prawdopodobna", "Wielu ekonomistom"},
		{"en", "For many years, a recession was unlikely.", "unlikely", ""},
	})
}
