package estimate_test

import "testing"

// A survey holds what its respondents answer, the shares of them included:
// "A Reuters poll … 30 of 40 economists expect …" is the poll's judgement.
func TestSurveyHoldsItsRespondentsShares(t *testing.T) {
	checkHolders(t, []holderCase{
		{"en", "Most economists now see a cut in June, a Reuters poll of economists found.\n\nThirty of 40 economists, or 75%, expected the bank to cut rates in June.", "75%", "Reuters poll"},
		{"en", "Most economists now see a cut in June, a Reuters poll of economists found.\n\nNone of the economists surveyed saw a cut in April.", "None of the", "Reuters poll"},
		{"de", "Das ergab eine Reuters-Umfrage unter Ökonomen.\n\n30 von 40 Ökonomen erwarten eine Zinssenkung im Juni.", "30 von 40", "Reuters-Umfrage"},
		{"pl", "Tak wynika z sondażu Reutersa wśród ekonomistów.\n\n30 z 40 ekonomistów spodziewa się obniżki stóp w czerwcu.", "30 z 40", "sondażu Reutersa"},
		{"ru", "Такие данные приводит опрос Reuters среди экономистов.\n\n30 из 40 экономистов ожидают снижения ставки в июне.", "30 из 40", "опрос Reuters"},
		{"uk", "Про це свідчить опитування Reuters серед економістів.\n\n30 з 40 економістів очікують зниження ставки в червні.", "30 з 40", "опитування Reuters"},
		{"sv", "Det visar en enkät från Reuters bland ekonomer.\n\n30 av 40 ekonomer väntar sig en räntesänkning i juni.", "30 av 40", "enkät från Reuters"},
	})
}

// A reporting chain: the outlet an article cites reports what someone
// else thinks, and that someone holds it ("According to the Washington
// Post, Obama has doubts …").
func TestReportingChainGivesTheSpeaker(t *testing.T) {
	checkHolders(t, []holderCase{
		{"en", "According to the Washington Post, former minister Paul Grant believes a resignation is likely.", "likely", "Paul Grant"},
		{"fr", "D'après le Washington Post, l'ancien ministre Paul Durand estime qu'une démission est probable.", "probable", "Paul Durand"},
		{"de", "Laut der Washington Post hält der frühere Minister Paul Grant einen Rücktritt für wahrscheinlich.", "wahrscheinlich", "Paul Grant"},
		{"pl", "Według „Washington Post” były minister Paul Grant uważa, że dymisja jest prawdopodobna.", "prawdopodobna", "Paul Grant"},
		{"ru", "По данным Washington Post, бывший министр Павел Громов считает, что отставка вероятна.", "вероятна", "Павел Громов"},
		{"uk", "За даними Washington Post, колишній міністр Павло Громов вважає, що відставка ймовірна.", "ймовірна", "Павло Громов"},
		{"sv", "Enligt Washington Post tror förre ministern Paul Grant att en avgång är sannolik.", "sannolik", "Paul Grant"},
		// A person named by the source phrase holds it, whatever the clause after says.
		{"en", "According to Jan Kowal, head of the Centre for Eastern Studies, the Kremlin may put Minsk in a difficult position.", "may", "Jan Kowal"},
		{"pl", "Według Jana Kowala, szefa Ośrodka Studiów Wschodnich, Kreml prawdopodobnie postawi Mińsk w trudnej sytuacji.", "prawdopodobnie", "Jan Kowal"},
		// A verb in a clause of its own after the source is not the source's report.
		{"ru", "По словам министра Каца, если Испания признает государство, ответ, вероятно, будет жёстким.", "вероятно", "Каца"},
	})
}

// A name after a preposition before the verb is whom the speaker spoke to
// ("в интервью РИА Новости", "w rozmowie z PAP"), not the speaker.
func TestInterviewerIsNotTheHolder(t *testing.T) {
	checkHolders(t, []holderCase{
		{"ru", "Политолог Дмитрий Суслов в интервью РИА Новости заявил, что победа Трампа вероятна.", "вероятна", "Дмитрий Суслов"},
		{"uk", "Політолог Дмитро Суслов в інтерв'ю Укрінформу заявив, що перемога Трампа ймовірна.", "ймовірна", "Дмитро Суслов"},
		{"pl", "Ekonomista Jan Nowak w rozmowie z Polsatem powiedział, że recesja jest prawdopodobna.", "prawdopodobna", "Jan Nowak"},
		{"en", "Analyst John Reed, in an interview with Bloomberg, said a recession is likely.", "likely", "John Reed"},
	})
}

// A source phrase with no name ("according to several reports", "selon
// plusieurs informations") gives its words as the holder, not a name
// the clause after it is about.
func TestUnnamedSourcesHold(t *testing.T) {
	checkHolders(t, []holderCase{
		{"fr", "Selon plusieurs informations, Biden pourrait se retirer dès ce week-end.", "pourrait", "plusieurs informations"},
		{"en", "According to several diplomats, Iran will probably accept the deal.", "probably", "several diplomats"},
		{"de", "Laut mehreren Diplomaten wird der Iran das Abkommen wahrscheinlich annehmen.", "wahrscheinlich", "mehreren Diplomaten"},
		{"pl", "Według kilku dyplomatów Iran prawdopodobnie przyjmie porozumienie.", "prawdopodobnie", "kilku dyplomatów"},
		{"ru", "По словам нескольких дипломатов, Иран, вероятно, примет соглашение.", "вероятно", "нескольких дипломатов"},
		{"uk", "За словами кількох дипломатів, Іран, імовірно, прийме угоду.", "імовірно", "кількох дипломатів"},
		{"sv", "Enligt flera diplomater kommer Iran sannolikt att godta avtalet.", "sannolikt", "flera diplomater"},
	})
}

// A market named by the figure ("55% on Polymarket") holds the figure,
// not the outlet that reports it.
func TestMarketNamedAtTheFigureHolds(t *testing.T) {
	checkHolders(t, []holderCase{
		{"it", "Secondo CoinDesk, la probabilità che il presidente si ritiri ha toccato il 55% su Polymarket.", "55%", "Polymarket"},
		{"en", "According to CoinDesk, the chance of a withdrawal hit 55% on Polymarket.", "55%", "Polymarket"},
		{"de", "Laut CoinDesk lag die Wahrscheinlichkeit eines Rückzugs zuletzt bei 55 Prozent auf Polymarket.", "55 Prozent", "Polymarket"},
		{"pl", "Według CoinDesk prawdopodobieństwo rezygnacji wynosi już 55 proc. na Polymarket.", "55 proc", "Polymarket"},
		{"ru", "По данным CoinDesk, вероятность отставки достигла 55% на Polymarket.", "55%", "Polymarket"},
		{"uk", "За даними CoinDesk, ймовірність відставки сягнула 55% на Polymarket.", "55%", "Polymarket"},
		{"sv", "Enligt CoinDesk är sannolikheten för en avgång nu 55 procent på Polymarket.", "55 procent", "Polymarket"},
		// A place after the preposition is no market.
		{"ru", "По данным Reuters, вероятность рецессии составляет 40% на Украине.", "40%", "Reuters"},
	})
}

// A name in quote marks after a framing verb is its subject ("ocenia
// „DGP”", "пишет «Коммерсант»"), not a dropped one.
func TestQuotedNameInAFrameHolds(t *testing.T) {
	checkHolders(t, []holderCase{
		{"pl", "Na porozumienie nic dziś nie wskazuje, ocenia „DGP”.", "nic dziś nie wskazuje", "DGP"},
		{"ru", "Соглашение в этом году маловероятно, пишет «Коммерсант».", "маловероятно", "Коммерсант"},
		{"uk", "Угода цього року малоймовірна, пише «Кореспондент».", "малоймовірна", "Кореспондент"},
		{"en", "A deal this year is unlikely, writes \"Politico\".", "unlikely", "Politico"},
	})
}

// An organisation word after a source phrase, inflected as it may be,
// stands for the organisation of that kind the article named
// ("Agencja Fitch …. Według agencji …"); "nach ihrer Einschätzung" after a
// sentence opened by "Die Ratingagentur Fitch" is Fitch's.
func TestOrganisationDescriptionsHold(t *testing.T) {
	checkHolders(t, []holderCase{
		{"pl", "Agencja Fitch obniżyła w nocy rating Rosji.\n\nWedług agencji należy oczekiwać co najmniej częściowej niewypłacalności Rosji.", "należy oczekiwać", "Agencja Fitch"},
		{"de", "Der Ökonom Marcel Fratzscher hält eine Pleite für wahrscheinlich.\n\nDie Ratingagentur Fitch hat Russland weiter herabgestuft. Ein Zahlungsausfall stehe nach ihrer Einschätzung sehr wahrscheinlich bevor.", "sehr wahrscheinlich", "Ratingagentur Fitch"},
	})
}

// An acronym holder is the name the article spells out: "NYT" after "The
// New York Times", "ISW" after "Institute for the Study of War".
func TestAcronymIsTheNameSpelledOut(t *testing.T) {
	checkHolders(t, []holderCase{
		{"uk", "The New York Times оцінює шанси Трампа у 88%.\n\nЗа оцінкою NYT, шанс Трампа зріс до 91%.", "91%", "The New York Times"},
		{"en", "The Institute for the Study of War published a report on Monday.\n\nAccording to ISW, a withdrawal is likely within weeks.", "likely", "Institute for the Study of War"},
		{"de", "Das Institut für Weltwirtschaft legte am Montag eine Prognose vor.\n\nLaut IfW ist eine Rezession in diesem Jahr wahrscheinlich.", "wahrscheinlich", "Institut für Weltwirtschaft"},
		{"pl", "Ośrodek Studiów Wschodnich opublikował raport.\n\nZdaniem OSW porozumienie jest mało prawdopodobne.", "mało prawdopodobne", "Ośrodek Studiów Wschodnich"},
		{"ru", "Институт мировой экономики опубликовал прогноз.\n\nПо оценке ИМЭ, рецессия вероятна.", "вероятна", "ИМЭ"},
		{"sv", "Konjunkturinstitutet presenterade en prognos.\n\nEnligt KI är en recession sannolik.", "sannolik", "KI"},
	})
}
