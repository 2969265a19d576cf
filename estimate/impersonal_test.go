package estimate_test

import "testing"

// An impersonal frame naming where the words stand ("говорится в
// материале X", "heißt es in einem Bericht von X", "czytamy w materiale
// X") gives the quote before it to the source it names.
func TestHoldersOfImpersonalSourceFrames(t *testing.T) {
	checkHolders(t, []holderCase{
		{"en", "\"The candidate's chances of victory stand at 54%,\" according to a report by The Economist.", "54%", "The Economist"},
		{"de", "„Die Siegchancen des Kandidaten liegen bei 54 Prozent“, heißt es in einem Bericht von The Economist.", "54 Prozent", "The Economist"},
		{"sv", "”Kandidatens chanser att vinna ligger på 54 procent”, står det i en rapport från The Economist.", "54 procent", "The Economist"},
		{"pl", "„Szanse kandydata na zwycięstwo wynoszą 54 proc.” – czytamy w materiale The Economist.", "54 proc", "The Economist"},
		{"ru", "«Шансы кандидата на победу оцениваются в 54%», – говорится в материале The Economist.", "54%", "The Economist"},
		{"uk", "«Шанси кандидата на перемогу оцінюються в 54%», – йдеться в матеріалі The Economist.", "54%", "The Economist"},
	})
}
