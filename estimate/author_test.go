package estimate_test

import "testing"

// A commentary whose opening sentence names its writer ("– pisze X",
// "skriver X", "writes X") holds what it says in its own voice after: the
// writer's view, not the outlet's anonymous one.
func TestWriterNamedInTheOpeningHoldsTheArticlesVoice(t *testing.T) {
	checkHolders(t, []holderCase{
		{"pl", "Jeszcze w lutym porozumienie wydawało się niemal pewne – pisze Jakub Gajda.\n\nPo kilku tygodniach wojny porozumienie wydaje się jednak coraz mniej realne.", "coraz mniej realne", "Jakub Gajda"},
		{"sv", "I andra omgången möts Stubb och Haavisto i en jämn kraftmätning, skriver ledarskribenten Susanna Ginman.\n\nEn seger för Stubb är ändå trolig.", "trolig", "Susanna Ginman"},
		{"en", "A cut in June once looked certain, writes Anna Berg.\n\nNow a cut in June looks unlikely.", "unlikely", "Anna Berg"},
		{"de", "Eine Zinssenkung im Juni galt lange als sicher, schreibt Lukas Weber.\n\nInzwischen ist eine Zinssenkung im Juni unwahrscheinlich.", "unwahrscheinlich", "Lukas Weber"},
		{"ru", "Ещё в феврале сделка казалась почти решённой, пишет Иван Петров.\n\nТеперь снижение ставки в июне маловероятно.", "маловероятно", "Иван Петров"},
		{"uk", "Ще в лютому угода здавалася майже вирішеною, пише Андрій Коваль.\n\nТепер зниження ставки в червні малоймовірне.", "малоймовірне", "Андрій Коваль"},
		// A writer named past the opening, or an outlet, makes no author.
		{"en", "The central bank meets in June. Markets are calm. A cut in June once looked certain, writes Anna Berg.\n\nNow a cut in June looks unlikely.", "unlikely", ""},
		{"en", "A cut in June once looked certain, writes the Financial Times.\n\nNow a cut in June looks unlikely.", "unlikely", ""},
	})
}
