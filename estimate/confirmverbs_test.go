package estimate_test

import "testing"

// "Confirmed" and "reminds" report as "said" does, in every form: the
// subject holds the judgement in what they report. Invented sentences.
func TestHoldersOfConfirmAndRemindVerbs(t *testing.T) {
	checkHolders(t, []holderCase{
		{"ru", "Иван Петров подтвердил, что отставка премьера в этом году маловероятна.", "маловероятна", "Иван Петров"},
		{"ru", "Анна Смирнова подтвердила, что отставка премьера в этом году маловероятна.", "маловероятна", "Анна Смирнова"},
		{"ru", "Отставка премьера в этом году маловероятна, подтвердил Иван Петров.", "маловероятна", "Иван Петров"},
		{"be", "Андрэй Коваль пацвердзіў, што рэцэсія сёлета малаверагодная.", "малаверагодная", "Андрэй Коваль"},
		{"pl", "Obniżka stóp w czerwcu jest mało prawdopodobna – potwierdził Piotr Nowak.", "mało prawdopodobna", "Piotr Nowak"},
		{"pl", "Anna Nowak potwierdziła, że obniżka stóp w czerwcu jest mało prawdopodobna.", "mało prawdopodobna", "Anna Nowak"},
		{"pl", "Anna Nowak przypomina, że obniżka stóp w czerwcu jest mało prawdopodobna.", "mało prawdopodobna", "Anna Nowak"},
		{"uk", "Андрій Коваль підтвердив, що рецесія цього року малоймовірна.", "малоймовірна", "Андрій Коваль"},
		{"uk", "Рецесія цього року малоймовірна, нагадує Олена Мельник.", "малоймовірна", "Олена Мельник"},
	})
}
