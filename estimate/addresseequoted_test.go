package estimate_test

import "testing"

// Whom a speaker spoke to, a paper in quote marks included, is no holder:
// the speaker named before the phrase is.
func TestQuotedAddresseeHoldsNothing(t *testing.T) {
	checkHolders(t, []holderCase{
		{"ru", "Ветеран разведки Иван Петров в беседе с «МК» считает, что наступление вероятно.", "вероятно", "Иван Петров"},
		{"ru", "Политолог Иван Петров в интервью «Коммерсанту» заявил, что наступление вероятно.", "вероятно", "Иван Петров"},
		{"pl", "Jan Nowak w rozmowie z „Rzeczpospolitą” ocenił, że porozumienie jest prawdopodobne.", "prawdopodobne", "Jan Nowak"},
		{"uk", "Андрій Коваль в інтерв'ю «Українській правді» заявив, що угода ймовірна.", "ймовірна", "Андрій Коваль"},
		// A paper that itself reports stays the holder.
		{"ru", "Газета «Коммерсант» пишет, что наступление вероятно.", "вероятно", "Коммерсант"},
	})
}
