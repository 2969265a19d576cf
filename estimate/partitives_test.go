package estimate_test

import "testing"

// "One of them said …" stands for one of the group named before: the
// group holds the judgement, not the article's own voice.
func TestOneOfThemHoldsForTheGroup(t *testing.T) {
	checkHolders(t, []holderCase{
		{"en", "Analysts at Nordbank are divided over the next step. One of them said a rate cut in June is unlikely.", "unlikely", "Analysts at Nordbank"},
		{"de", "Die Analysten der Nordbank sind sich uneins. Eine Zinssenkung im Juni sei unwahrscheinlich, sagte einer von ihnen.", "unwahrscheinlich", "Analysten der Nordbank"},
		{"fr", "Les analystes de la Nordbank sont divisés. L'un d'eux a déclaré qu'une baisse des taux en juin est peu probable.", "peu probable", "analystes de la Nordbank"},
		{"ru", "Аналитики Нордбанка разошлись во мнениях. Один из них сказал, что снижение ставки в июне маловероятно.", "маловероятно", "Аналитики Нордбанка"},
		{"sv", "Analytikerna på Nordbanken är oeniga. En av dem sade att en räntesänkning i juni är osannolik.", "osannolik", "Analytikerna på Nordbanken"},
		{"pl", "Analitycy Nordbanku są podzieleni. Jeden z nich powiedział, że obniżka stóp w czerwcu jest mało prawdopodobna.", "mało prawdopodobna", "Analitycy Nordbanku"},
		{"uk", "Аналітики Нордбанку розійшлися в оцінках. Один з них сказав, що зниження ставки в червні малоймовірне.", "малоймовірне", "Аналітики Нордбанку"},
		// one of them who is named: the name holds
		{"en", "Analysts at Nordbank are divided over the next step. A rate cut in June is unlikely, said one of them, Anna Berg.", "unlikely", "Anna Berg"},
		// no group before it: nobody is invented
		{"en", "The vote is set for June. One of them said a rate cut in June is unlikely.", "unlikely", ""},
	})
}
