package estimate_test

import "testing"

// A reporter citing someone by name passes on that one's judgement: the
// one cited holds it, not the agency or paper. Unnamed or its own sources
// it vouches for itself, and what it cites that names no one (figures, an
// event) changes nothing.
func TestHoldersCitedByAReporter(t *testing.T) {
	checkHolders(t, []holderCase{
		{"en", "A cut in June is likely, Reuters reported, citing central bank governor Anna Berg.", "likely", "Anna Berg"},
		{"ru", "Министры, вероятно, согласуют снятие санкций, сообщает Reuters со ссылкой на главу дипломатии Ивана Петрова.", "вероятно", "Иван Петров"},
		{"uk", "Угоду, ймовірно, підпишуть у травні, пише видання з посиланням на міністра Андрія Коваля.", "ймовірно", "Андрій Коваль"},
		{"de", "Eine Einigung sei sehr wahrscheinlich, berichtet die Zeitung unter Berufung auf den Minister Lukas Weber.", "sehr wahrscheinlich", "Lukas Weber"},
		{"pl", "Porozumienie jest prawdopodobne w tym tygodniu, podała agencja, powołując się na ministra Tomasza Kowalskiego.", "prawdopodobne", "Tomasz Kowalski"},
		{"fr", "Un accord est probable cette semaine, rapporte le journal, citant le ministre Jean Dupont.", "probable", "Jean Dupont"},
		{"es", "Un acuerdo es probable esta semana, informó la agencia, citando al ministro Pedro Gómez.", "probable", "Pedro Gómez"},
		{"sv", "En uppgörelse är trolig denna vecka, rapporterar tidningen med hänvisning till ministern Lena Berg.", "trolig", "Lena Berg"},
		// Unnamed and own sources stay the reporter's; a cause is no source.
		{"en", "A cut in June is likely, Reuters reported, citing its sources.", "likely", "Reuters"},
		{"en", "A cut in June is likely, Reuters reported, citing three officials.", "likely", "Reuters"},
		{"en", "Anna Berg said a cut in June is likely, citing weak inflation.", "likely", "Anna Berg"},
	})
}
