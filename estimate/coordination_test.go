package estimate_test

import "testing"

// A verb of saying joined by "and" to the sentence's first verb has that
// sentence's subject; a frame's subject may have an adjective before its
// role.
func TestHoldersOfCoordinatedVerbsAndFrames(t *testing.T) {
	checkHolders(t, []holderCase{
		{"sv", "Riksbanken sänkte styrräntan i maj och sade att ytterligare två sänkningar i höst är troliga.", "troliga", "Riksbanken"},
		{"en", "Nordbank cut its forecast in May and said that a recession this year is likely.", "likely", "Nordbank"},
		{"pl", "Nordbank obniżył prognozę w maju i ocenił, że recesja w tym roku jest prawdopodobna.", "prawdopodobna", "Nordbank"},
		{"ru", "Сбербанк снизил прогноз в мае и заявил, что рецессия в этом году вероятна.", "вероятна", "Сбербанк"},
		{"uk", "Нацбанк знизив прогноз у травні і заявив, що рецесія цього року малоймовірна.", "малоймовірна", "Нацбанк"},
		{"en", "Biden dropped out in July and analysts said that a Harris win is likely.", "likely", "analysts"},
		{"de", "Eine Einigung sei sehr wahrscheinlich, sagte ein israelischer Regierungsvertreter.", "sehr wahrscheinlich", "Regierungsvertreter"},
	})
}

// A belief verb joined by "and" to a clause that opens with a person's
// name, after words that describe them ("Her colleague"), is that
// person's: not the role, place or object the first clause ends in
// ("docent", "Universität Kiel", "КНУ", "Helsingin yliopistossa").
func TestHoldersOfAVerbSharingItsSubject(t *testing.T) {
	checkHolders(t, []holderCase{
		{"sv", "Hennes kollega Erik Holm är docent vid Lunds universitet och tror inte att Riksbanken sänker räntan i juni.", "tror inte", "Erik Holm"},
		{"sv", "Hennes kollega Erik Holm är docent vid Lunds universitet och bedömer att en sänkning i juni är osannolik.", "osannolik", "Erik Holm"},
		{"de", "Ihr Kollege Erik Holm ist Dozent an der Universität Kiel und hält eine Zinssenkung im Juni für unwahrscheinlich.", "unwahrscheinlich", "Erik Holm"},
		{"uk", "Її колега Іван Петренко викладає в КНУ і вважає, що зниження ставки в червні малоймовірне.", "малоймовірне", "Іван Петренко"},
		{"fi", "Hänen kollegansa Erik Holm on dosentti Helsingin yliopistossa ja arvioi, että koronlasku kesäkuussa on epätodennäköinen.", "epätodennäköinen", "Erik Holm"},
		{"ru", "Ее коллега Иван Петров преподает в МГУ и считает, что снижение ставки в июне маловероятно.", "маловероятно", "Иван Петров"},
		{"pl", "Jej kolega Jan Nowak jest wykładowcą na Uniwersytecie Warszawskim i uważa, że obniżka stóp w czerwcu jest mało prawdopodobna.", "mało prawdopodobna", "Jan Nowak"},
		{"en", "Her colleague Erik Holm is a lecturer at Lund University and believes that a cut in June is unlikely.", "unlikely", "Erik Holm"},
		// a pronoun with a singular verb: the woman named before
		{"de", "Maria Novak leitet das Kieler Institut. Peter Braun, der Finanzminister, widerspricht ihr. Sie hält eine Senkung im Juli für sehr wahrscheinlich.", "sehr wahrscheinlich", "Maria Novak"},
	})
}
