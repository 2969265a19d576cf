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
