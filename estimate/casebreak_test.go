package estimate_test

import "testing"

// A source named after "zdaniem", "по мнению", "на думку" is in the
// genitive; the name of the clause's subject that follows it without a
// comma is not part of it: the source ends where its case ending does.
// English, German and Swedish mark the end with a comma or the verb.
func TestHolderNameEndsWithItsCase(t *testing.T) {
	checkHolders(t, []holderCase{
		{"en", "According to political scientist John Smith, Johnson is unlikely to win the election.", "unlikely to", "John Smith"},
		{"de", "Nach Einschätzung des Politologen Hans Weber ist ein Sieg von Johnson unwahrscheinlich.", "unwahrscheinlich", "Hans Weber"},
		{"sv", "Enligt statsvetaren Jan Berg är en seger för Johnson osannolik.", "osannolik", "Jan Berg"},
		{"pl", "Zdaniem politologa Jana Nowaka Johnson prawdopodobnie nie wygra wyborów.", "prawdopodobnie nie", "Jan Nowak"},
		{"ru", "По мнению политолога Ивана Петрова Байден, вероятно, снимет свою кандидатуру.", "вероятно", "Иван Петров"},
		{"uk", "На думку політолога Івана Петренка Байден, ймовірно, зніме свою кандидатуру.", "ймовірно", "Іван Петренко"},
	})
}

// An adjectival surname in the source's case ends its name, whatever
// follows: "Jana Kowalskiego Varga" names Jan Kowalski and then Varga,
// though "Varga" ends as a genitive could.
func TestHolderNameEndsAtAnAdjectivalSurname(t *testing.T) {
	checkHolders(t, []holderCase{
		{"pl", "Zdaniem politologa Jana Kowalskiego Varga najprawdopodobniej wygra w drugiej turze.", "najprawdopodobniej", "Jan Kowalski"},
		{"pl", "Zdaniem ekonomistki Anny Zielińskiej Varga raczej nie wygra wyborów.", "raczej nie", "Anna Zielińska"},
		{"ru", "По мнению политолога Ивана Каменского Варга скорее всего победит во втором туре.", "скорее всего", "Иван Каменский"},
		{"uk", "На думку політолога Івана Каменського Варга, ймовірно, переможе в другому турі.", "ймовірно", "Іван Каменський"},
	})
}

// A speech dash inside a paragraph opens a quote that runs over sentences
// to the frame after the closing dash ("… – mówi X."): every sentence of
// it is the speaker's. The same quote in quote marks closes at its frame in
// every language.
func TestHoldersOfQuotesOverSentences(t *testing.T) {
	checkHolders(t, []holderCase{
		{"pl", "Czy rozejm przetrwa? – Raczej nie, do pokoju jeszcze daleko. To tylko chwilowa przerwa – mówi Marek Zieliński.", "jeszcze daleko", "Marek Zieliński"},
		{"ru", "Будет ли сделка? — Вряд ли, до неё ещё далеко. Это лишь передышка, — говорит Иван Петров.", "ещё далеко", "Иван Петров"},
		{"uk", "Чи буде угода? — Навряд чи, до неї ще далеко. Це лише перепочинок, — каже Андрій Коваль.", "ще далеко", "Андрій Коваль"},
		{"sv", "– En sänkning i juni är osannolik. Inflationen är för hög, säger Lena Berg.", "osannolik", "Lena Berg"},
		{"de", "„Eine Einigung ist unwahrscheinlich. Die Fronten sind verhärtet“, sagte Lukas Weber.", "unwahrscheinlich", "Lukas Weber"},
		{"en", "\"A deal is unlikely. The gaps are too wide,\" said Anna Berg.", "unlikely", "Anna Berg"},
	})
}

// A frame in the next paragraph that points back ("That is what …",
// "Такое мнение высказал …") makes its speaker the holder, with a role
// before the name, and a short Russian paragraph stays Russian (it was
// read as Ukrainian, whose rules know no "такое мнение").
func TestHoldersFromTheNextParagraph(t *testing.T) {
	checkHolders(t, []holderCase{
		{"en", "Chancellor Olaf Scholz could lose his post after the coalition collapsed.\n\nThat is what the political scientist Alexander Rahr told reporters.", "could", "Alexander Rahr"},
		{"de", "Kanzler Olaf Scholz könnte nach dem Bruch der Koalition sein Amt verlieren.\n\nDas sagte der Politologe Alexander Rahr.", "könnte", "Alexander Rahr"},
		{"sv", "Förbundskansler Olaf Scholz kan förlora sin post efter koalitionens sammanbrott.\n\nDet säger statsvetaren Alexander Rahr.", "kan", "Alexander Rahr"},
		{"pl", "Kanclerz Olaf Scholz może stracić stanowisko po rozpadzie koalicji.\n\nTak uważa politolog Aleksander Rahr.", "może", "Aleksander Rahr"},
		{"ru", "Канцлер Олаф Шольц может лишиться своего поста после распада коалиции.\n\nТакое мнение высказал политолог Александр Рар.", "может", "Александр Рар"},
		{"uk", "Канцлер Олаф Шольц може втратити посаду після розпаду коаліції.\n\nТаку думку висловив політолог Олександр Рар.", "може", "Олександр Рар"},
	})
}
