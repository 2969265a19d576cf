package estimate_test

import "testing"

// "Скорее всего" and its kin in Ukrainian, Belarusian and Lithuanian
// (literally "sooner/quickest of all") are the everyday hedge of a
// forecast, a likely judgement, as "вероятнее всего" and "tikriausiai"
// are; only a superlative of probability ("najprawdopodobniej",
// "найімовірніше") says very likely.
func TestRatherThanNotIsLikely(t *testing.T) {
	checkIdioms(t, []idiomCase{
		{"ru", "Скорее всего, банк снизит ставку в июне, сказал экономист Иван Петров.", "rate-cut"},
		{"ru", "Банк, скорей всего, снизит ставку в июне, сказал экономист Иван Петров.", "rate-cut"},
		{"uk", "Швидше за все, банк знизить ставку в червні, сказав економіст Іван Петренко.", "rate-cut"},
		{"uk", "Скоріше за все, банк знизить ставку в червні, сказав економіст Іван Петренко.", "rate-cut"},
		{"be", "Банк, хутчэй за ўсё, знізіць стаўку ў чэрвені, сказаў эканаміст Іван Пятровіч.", "rate-cut"},
		{"lt", "Bankas greičiausiai sumažins palūkanas birželį, sakė ekonomistas Tomas Stankevičius.", "rate-cut"},
	}, "likely")
}
