package estimate_test

import "testing"

// A name after a comma that goes on with a verb opens a clause of its
// own: it is what the group before the comma fears, not that group's
// name in apposition ("Experten, Präsident Putin könnte …").
func TestHolderIsNoNameThatOpensAClause(t *testing.T) {
	checkHolders(t, []holderCase{
		{"de", "In diesem Jahr befürchten Experten, Präsident Putin könnte eine Generalmobilmachung verkünden.", "könnte", "Experten"},
		{"en", "Experts fear, President Putin could announce a general mobilisation.", "could", "Experts"},
		{"sv", "Experter tror, president Putin kan utlysa allmän mobilisering.", "kan", "Experter"},
		{"pl", "Eksperci obawiają się, prezydent Putin może ogłosić powszechną mobilizację.", "może", "Eksperci"},
		{"ru", "Эксперты опасаются, президент Путин может объявить всеобщую мобилизацию.", "может", "Эксперты"},
		{"uk", "Експерти побоюються, президент Путін може оголосити загальну мобілізацію.", "може", "Експерти"},
	})
}

// Words marked as reported (Konjunktiv I; "we" outside the writer's
// voice) go on with the source the sentence before named, over a
// paragraph break too; a noun in the genitive ("des Kriegsrechts") is no
// subject of the verb after it.
func TestReportedWordsAfterAParagraphBreak(t *testing.T) {
	checkHolders(t, []holderCase{
		{"de", "Eine Deeskalation sei zwar möglich, sagte Ulrich Kühn.\n\nVielmehr müsse man aber mit einer Generalmobilmachung und einer späteren Ausrufung des Kriegsrechts rechnen.", "rechnen", "Ulrich Kühn"},
		{"en", "\"The talks are hard,\" said Anna Berg, the bank's chief economist.\n\nWe think a cut in June is unlikely, she added later.", "unlikely", "Anna Berg"},
		{"sv", "– Förhandlingarna är svåra, säger Lena Berg.\n\nVi bedömer att en sänkning i juni är osannolik.", "osannolik", "Lena Berg"},
		{"pl", "– Rozmowy są trudne – mówi Tomasz Kowalski.\n\nUważamy, że obniżka w czerwcu jest mało prawdopodobna.", "mało prawdopodobna", "Tomasz Kowalski"},
		{"ru", "«Переговоры идут тяжело», — сказал Иван Петров.\n\nМы считаем, что снижение ставки в июне маловероятно.", "маловероятно", "Иван Петров"},
		{"uk", "«Переговори йдуть важко», — сказав Андрій Коваль.\n\nМи вважаємо, що зниження ставки в червні малоймовірне.", "малоймовірне", "Андрій Коваль"},
		// A sentence that names its own subject is no one else's run.
		{"es", "Los socios también: «No conviene irse, sería un mal ejemplo», dijo el portavoz de ERC, Gabriel Rufián.\n\nCarles Puigdemont ha sugerido que Sánchez podría presentar una cuestión de confianza.", "podría", "Carles Puigdemont"},
	})
}

// "Gorzej zapowiada się przyszły rok" is "next year looks worse": a verb
// the lexicon blocks as a reporting verb names no holder.
func TestBlockedReportingVerbHoldsNothing(t *testing.T) {
	checkHolders(t, []holderCase{
		{"pl", "Gorzej zapowiada się przyszły rok: PKB prawdopodobnie wzrośnie tylko o 1,5 proc.", "prawdopodobnie", ""},
	})
}
