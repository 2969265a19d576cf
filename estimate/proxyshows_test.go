package estimate_test

import "testing"

// A poll, survey or study that shows a finding holds it, not the article:
// "A poll shows that …", "Sondaż pokazuje, że …", "Опрос показал, что …",
// "En undersökning visar att …".
func TestPollsHoldWhatTheyShow(t *testing.T) {
	checkHolders(t, []holderCase{
		{"en", "A new poll shows that a cut in June is likely.", "likely", "poll"},
		{"de", "Eine Umfrage zeigt, dass eine Zinssenkung im Juni wahrscheinlich ist.", "wahrscheinlich", "Umfrage"},
		{"pl", "Sondaż pokazuje, że obniżka w czerwcu jest bardzo prawdopodobna.", "bardzo prawdopodobna", "Sondaż"},
		{"pl", "Z sondażu wynika, że obniżka w czerwcu jest bardzo prawdopodobna.", "bardzo prawdopodobna", "sondażu"},
		{"ru", "Опрос показал, что снижение ставки в июне весьма вероятно.", "весьма вероятно", "Опрос"},
		{"uk", "Опитування показало, що зниження ставки в червні дуже ймовірне.", "дуже ймовірне", "Опитування"},
		{"sv", "En undersökning visar att en sänkning i juni är sannolik.", "sannolik", "undersökning"},
	})
}
