package estimate_test

import "testing"

// A quote a colon opens after a clause about one person is that person's
// ("Kaja Kallas was cautious: “…”"); with two people named, whose words
// they are is unclear and the article's voice stays.
func TestHoldersOfQuotesAfterAColon(t *testing.T) {
	checkHolders(t, []holderCase{
		{"en", "His Estonian counterpart Kaja Kallas agreed, but was cautious: \"I don't think a deal is likely this year.\"", "don't think", "Kaja Kallas"},
		{"de", "Der Ökonom Lukas Weber blieb vorsichtig: „Eine Zinssenkung im Juni halte ich für unwahrscheinlich.“", "unwahrscheinlich", "Lukas Weber"},
		{"sv", "Ekonomen Lena Berg var försiktig: ”En sänkning i juni är osannolik.”", "osannolik", "Lena Berg"},
		{"pl", "Ekonomista Tomasz Kowalski był ostrożny: „Obniżka stóp w czerwcu jest mało prawdopodobna”.", "mało prawdopodobna", "Tomasz Kowalski"},
		{"ru", "Экономист Иван Петров был осторожен: «Снижение ставки в июне маловероятно».", "маловероятно", "Иван Петров"},
		{"uk", "Економіст Андрій Коваль був обережним: «Зниження ставки в червні малоймовірне».", "малоймовірне", "Андрій Коваль"},
		{"en", "Joe Biden met Donald Trump on Monday: \"A deal is unlikely.\"", "unlikely", ""},
	})
}
