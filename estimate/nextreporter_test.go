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

// Where and when something was said may stand between the anaphor, the
// verb and the source: "Об этом на брифинге заявил …", "Poinformował o tym
// na konferencji prasowej …", "Das sagte am Montag auf einer Konferenz …".
func TestReporterAfterPhrasesOfTimeAndPlace(t *testing.T) {
	checkHolders(t, []holderCase{
		{"ru", "Снижение ставки в июне маловероятно. Об этом на брифинге заявил экономист Иван Петров.", "маловероятно", "Иван Петров"},
		{"ru", "Вывод войск в этом году маловероятен. Об этом в интервью РИА Новости сказал политолог Андрей Смирнов.", "маловероятен", "Андрей Смирнов"},
		{"uk", "Зниження ставки в червні малоймовірне. Про це на брифінгу заявив економіст Андрій Коваль.", "малоймовірне", "Андрій Коваль"},
		{"uk", "Виведення військ цього року малоймовірне. Про це в ефірі телемарафону сказав політолог Олег Сидоренко.", "малоймовірне", "Олег Сидоренко"},
		{"pl", "Obniżka stóp w czerwcu jest mało prawdopodobna. Poinformował o tym na konferencji prasowej ekonomista Piotr Nowak.", "mało prawdopodobna", "Piotr Nowak"},
		{"pl", "Wycofanie wojsk jest mało prawdopodobne. Mówił o tym w wywiadzie dla PAP politolog Jan Kowalski.", "mało prawdopodobne", "Jan Kowalski"},
		{"de", "Ein Rückzug ist unwahrscheinlich. Das sagte am Montag auf einer Konferenz der Ökonom Lukas Weber.", "unwahrscheinlich", "Lukas Weber"},
	})
}
