package estimate_test

import "testing"

// A sentence opening "For X, …" gives X's view: X holds its judgement.
func TestHoldersOfViewPhrases(t *testing.T) {
	checkHolders(t, []holderCase{
		{"en", "For Anna Berg, an economist at Nordbank, a rate cut in June is unlikely.", "unlikely", "Anna Berg"},
		{"de", "Für den Ökonomen Michael Holstein ist eine Zinssenkung im Juni unwahrscheinlich.", "unwahrscheinlich", "Michael Holstein"},
		{"fr", "Pour Lukas Novak, chercheur à l'institut, une adhésion en 2027 est très improbable.", "très improbable", "Lukas Novak"},
		{"pl", "Dla Tomasza Kowalskiego recesja w tym roku jest mało prawdopodobna.", "mało prawdopodobna", "Tomasz Kowalski"},
		{"ru", "Для экономиста Ивана Петрова рецессия в этом году маловероятна.", "маловероятна", "Иван Петров"},
		{"uk", "Для Андрія Коваля рецесія цього року малоймовірна.", "малоймовірна", "Андрій Коваль"},
		{"sv", "För Lena Berg är en sänkning i juni osannolik.", "osannolik", "Lena Berg"},
		// Not a view: "for now" names no one.
		{"en", "For now, a rate cut in June is unlikely.", "unlikely", ""},
	})
}

// A market that prices an outcome in holds the priced probability, not
// the bank or outlet that reports it.
func TestHoldersAreMarketsThatPrice(t *testing.T) {
	checkHolders(t, []holderCase{
		{"en", "According to Nordbank, the markets now price in a 70% chance of a June cut.", "70%", "markets"},
		{"de", "Laut der Nordbank preisen die Märkte eine Wahrscheinlichkeit von 70 Prozent für eine Zinssenkung im Juni ein.", "70 Prozent", "Märkte"},
		{"es", "Los mercados financieros, en cambio, descuentan con un 70 % de probabilidad un recorte en junio.", "70 %", "mercados"},
		{"pl", "Według banku Pekao rynki wyceniają na 70 proc. prawdopodobieństwo obniżki stóp w czerwcu.", "70 proc", "rynki"},
		{"ru", "По данным банка, рынки закладывают 70-процентную вероятность снижения ставки в июне.", "70-процентную", "рынки"},
		{"uk", "За даними банку, ринки закладають 70-відсоткову ймовірність зниження ставки в червні.", "70-відсоткову", "ринки"},
		{"fr", "Le marché de prédiction Kalshi affiche désormais une probabilité de 70 % d'une baisse des taux en juin.", "70 %", "Kalshi"},
		{"sv", "Enligt Nordbanken prisar marknaden in en sannolikhet på 70 procent för en sänkning i juni.", "70 procent", "marknaden"},
	})
}
