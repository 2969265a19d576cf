package estimate_test

import "testing"

// Indirect speech goes on past its frame: a sentence after "…, X says."
// in the same paragraph that names no one is still X's, in every
// language; a quote closed by its marks, a frame that opens its sentence,
// a description without a name and a new paragraph hand nothing on.
func TestReportedSpeechGoesOnPastItsFrame(t *testing.T) {
	checkHolders(t, []holderCase{
		{"en", "The retreat from the western bank has begun, the Institute for Regional Studies says. The troops will likely continue it over the coming weeks.", "likely", "Institute for Regional Studies"},
		{"de", "Die Regierung werde halten, sagte der Politologe Peter Braun. Ein Bruch der Koalition sei vor dem Sommer sehr unwahrscheinlich.", "sehr unwahrscheinlich", "Peter Braun"},
		{"ru", "Однако, пишет политолог Иван Петров, это далеко не конец истории. Решение должен утвердить суд, так что отставка премьера маловероятна.", "маловероятна", "Иван Петров"},
		{"uk", "Однак, пише політолог Іван Петренко, це далеко не кінець історії. Рішення має ухвалити суд, тож відставка прем'єра малоймовірна.", "малоймовірна", "Іван Петренко"},
		{"pl", "Rząd przetrwa do jesieni, ocenia politolog Jan Nowak. Przedterminowe wybory są mało prawdopodobne.", "mało prawdopodobne", "Jan Nowak"},
		{"sv", "Regeringen klarar sig till hösten, skriver statsvetaren Anna Berg. Ett extraval är osannolikt.", "osannolikt", "Anna Berg"},
		{"fr", "Le gouvernement tiendra jusqu'à l'automne, estime le politologue Paul Durand. Des élections anticipées sont peu probables.", "peu probables", "Paul Durand"},
		// Quote marks close the speaker's words: the sentence after is the writer's.
		{"en", "\"We will hold until autumn,\" the minister Paul Grant said. Early elections are unlikely.", "unlikely", ""},
		// A frame that opens its sentence reports one statement.
		{"en", "Paul Grant says the government will hold until autumn. Early elections are unlikely.", "unlikely", ""},
		// A new paragraph is the writer's again.
		{"en", "The government will hold until autumn, the political scientist Paul Grant says.\n\nEarly elections are unlikely.", "unlikely", ""},
	})
}
