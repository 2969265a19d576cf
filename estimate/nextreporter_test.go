package estimate_test

import "testing"

// A reporter named in the next sentence, the verb first and the anaphor
// after it ("Informuje o tym PAP.", "Сообщает об этом ТАСС."), holds the
// sentence before as the anaphor-first order does ("Об этом сообщает
// ТАСС."); "gör gällande att", "machte geltend" report as "hävdar" does.
func TestReporterInNextSentence(t *testing.T) {
	checkHolders(t, []holderCase{
		{"pl", "Obniżka stóp w grudniu jest mało prawdopodobna. Informuje o tym PAP.", "mało prawdopodobna", "PAP"},
		{"pl", "Podwyżka stóp w lutym jest prawdopodobna. Pisze o tym PAP.", "prawdopodobna", "PAP"},
		{"ru", "Повышение ставки в феврале вероятно. Сообщает об этом ТАСС.", "вероятно", "ТАСС"},
		{"uk", "Зниження ставки у грудні малоймовірне. Повідомляє про це УНІАН.", "малоймовірне", "УНІАН"},
		{"de", "Der Ökonom Jan Weber machte geltend, eine Zinssenkung im März sei wahrscheinlich.", "wahrscheinlich", "Jan Weber"},
		{"sv", "Nordbanken gör gällande att en sänkning i mars är trolig.", "trolig", "Nordbanken"},
	})
}

// The reporter after the verb and the anaphor need not be an acronym: a
// one-word name ending the sentence, perhaps after its role ("agencja",
// "агентство"), holds the sentence before.
func TestOneWordReporterInNextSentence(t *testing.T) {
	checkHolders(t, []holderCase{
		{"pl", "Obniżka stóp w czerwcu jest mało prawdopodobna. Pisze o tym Reuters.", "mało prawdopodobna", "Reuters"},
		{"pl", "Wycofanie wojsk jest mało prawdopodobne. Informuje o tym agencja Bloomberg.", "mało prawdopodobne", "Bloomberg"},
		{"ru", "Снижение ставки в июне маловероятно. Пишет об этом Bloomberg.", "маловероятно", "Bloomberg"},
		{"ru", "Вывод войск маловероятен. Сообщает об этом агентство Блумберг.", "маловероятен", "Блумберг"},
		{"uk", "Зниження ставки в червні малоймовірне. Повідомляє про це Укрінформ.", "малоймовірне", "Укрінформ"},
		{"uk", "Виведення військ малоймовірне. Пише про це агентство Bloomberg.", "малоймовірне", "Bloomberg"},
	})
}
