package attrib_test

import (
	"testing"

	"github.com/kentnews/kent"
)

// The source of a speech or belief verb is its subject, which the
// dependency parse finds where word order leaves the surface reading
// unsure: a subject before a parenthesis, a verb-second clause whose
// object follows the verb, a role whose name is its apposition.
func TestSubjectOfTheCueVerb(t *testing.T) {
	checkAll(t, []langCase{
		{"de", "Nate Silver (FiveThirtyEight) sieht die Chancen von Trump bei 58 Prozent.", want{"Nate Silver", "die Chancen von Trump", kent.QuoteIndirect}},
		{"de", "Nate Silver (FiveThirtyEight) sieht die Wahrscheinlichkeit eines Sieges von Trump bei 58 Prozent.", want{"Nate Silver", "die Wahrscheinlichkeit eines Sieges", kent.QuoteIndirect}},
		{"de", "Der Präsident des Berliner DIW, Marcel Fratzscher, hält eine Staatspleite in den kommenden Monaten für sehr wahrscheinlich.", want{"Marcel Fratzscher", "eine Staatspleite", kent.QuoteIndirect}},
		{"en", "The Macroeconomic Policy Institute (IMK) puts the probability of a recession over the next three months at 74 percent.", want{"Macroeconomic Policy Institute", "of a recession over the next three months", kent.QuoteIndirect}},
		{"pl", "Szef Banku Słowenii Boštjan Vasle uważa, że obniżka stóp w kwietniu byłaby przedwczesna.", want{"Boštjan Vasle", "obniżka stóp w kwietniu", kent.QuoteIndirect}},
		{"ru", "Британский полковник в отставке и обозреватель Ричард Кемп считает, что у Киева нет шансов вступить в союз.", want{"Ричард Кемп", "у Киева нет шансов", kent.QuoteIndirect}},
		{"uk", "Голова правління банку Андрій Коваль (Укрсиббанк) вважає, що рецесія цього року малоймовірна.", want{"Андрій Коваль", "рецесія цього року", kent.QuoteIndirect}},
		{"sv", "Lena Berg är ekonom på Nordbanken. Men liksom Riksbanken bedömer Berg det som osannolikt att räntan sänks i juni.", want{"Lena Berg", "det som osannolikt", kent.QuoteIndirect}},
		{"es", "La mayoría de los economistas, 55 de 82, cree además que el banco volverá a bajar los tipos en septiembre.", want{"mayoría de los economistas", "el banco volverá a bajar", kent.QuoteIndirect}},
	})
}

// The source of a noun cue ("according to the assessment of X", "nach
// Einschätzung des X", "по оценке X") is the noun phrase it governs, whole:
// the parse finds its head where the surface reading stops at a
// capitalised word inside it.
func TestSourceOfANounCue(t *testing.T) {
	checkAll(t, []langCase{
		{"en", "According to the assessment of the Kiel Institute for the World Economy, a recession is likely this year.", want{"Kiel Institute for the World Economy", "a recession is likely", kent.QuoteIndirect}},
		{"de", "Nach Einschätzung des Kieler Instituts für Weltwirtschaft ist eine Rezession in diesem Jahr wahrscheinlich.", want{"Kieler Instituts für Weltwirtschaft", "ist eine Rezession", kent.QuoteIndirect}},
		{"de", "Nach Einschätzung von Marcel Fratzscher ist eine Rezession in diesem Jahr wahrscheinlich.", want{"Marcel Fratzscher", "ist eine Rezession", kent.QuoteIndirect}},
		{"ru", "По оценке аналитиков Сбербанка, рецессия в этом году маловероятна.", want{"аналитиков Сбербанка", "рецессия в этом году", kent.QuoteIndirect}},
		{"uk", "На думку економістів Національного банку, рецесія цього року малоймовірна.", want{"економістів Національного банку", "рецесія цього року", kent.QuoteIndirect}},
		{"sv", "Enligt Konjunkturinstitutets bedömning är en recession i år osannolik.", want{"Konjunkturinstitutets", "är en recession i år osannolik", kent.QuoteIndirect}},
	})
}
