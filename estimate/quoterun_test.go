package estimate_test

import "testing"

// A quote with no frame of its own goes on with the speaker of the quote
// before it in the paragraph, over a sentence or two that go on with the
// same speaker; a German adjective between article and role ("ein
// israelischer Regierungsvertreter") keeps the role a speaker.
func TestHoldersOfQuoteRuns(t *testing.T) {
	checkHolders(t, []holderCase{
		{"en", "\"We are close,\" said a senior Israeli official. The group was now serious, he added. \"We really hope that a deal is likely soon.\"", "likely", "a senior Israeli official"},
		{"de", "\"Wir sind nahe dran\", sagte ein israelischer Regierungsvertreter. Die Hamas zeige jetzt Ernsthaftigkeit. \"Eine Einigung ist wahrscheinlich.\"", "wahrscheinlich", "Regierungsvertreter"},
		{"sv", "”Vi är nära”, sa Lena Berg. Hamas visar nu allvar, tillade hon. ”En överenskommelse är trolig.”", "trolig", "Lena Berg"},
		{"pl", "„Jesteśmy blisko” – powiedział izraelski urzędnik Jan Kowalski. Hamas jest teraz poważny, dodał. „Porozumienie jest prawdopodobne”.", "prawdopodobne", "Jan Kowalski"},
		{"ru", "«Мы близки к цели», — сказал израильский чиновник Иван Петров. По его словам, ХАМАС теперь настроен серьезно. «Соглашение вероятно».", "вероятно", "Иван Петров"},
		{"uk", "«Ми близькі до мети», — сказав ізраїльський посадовець Андрій Коваль. За його словами, ХАМАС тепер налаштований серйозно. «Угода ймовірна».", "ймовірна", "Андрій Коваль"},
	})
}
