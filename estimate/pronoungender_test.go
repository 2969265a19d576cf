package estimate_test

import "testing"

// A gendered pronoun stands for the person the sentence before names when
// it cannot stand for the speaker named last: "she" after a man's words and
// a sentence naming a woman is the woman. Where the sentence before opens
// with a name, its subject, the pronoun is that name's, not the object's.
func TestPronounAgreesWithPersonNamedBefore(t *testing.T) {
	checkHolders(t, []holderCase{
		{"en", "The economist John Miller said he expected a quick deal. More sceptical is the economist Sarah Klein. She thinks a signing before Christmas is unlikely.", "unlikely", "Sarah Klein"},
		{"de", "Der Ökonom Jürgen Matthes sagte, er rechne mit einer baldigen Einigung. Skeptischer ist die Ökonomin Sarah Klein. Sie hält eine Unterzeichnung vor Weihnachten für wenig wahrscheinlich.", "wenig wahrscheinlich", "Sarah Klein"},
		{"ru", "Экономист Иван Петров сказал, что ожидает быстрой сделки. Более скептична экономист Мария Смирнова. Она считает, что подписание до Рождества маловероятно.", "маловероятно", "Мария Смирнова"},
		{"sv", "Ekonomen Lars Berg sade att han väntar sig en snabb uppgörelse. Mer skeptisk är ekonomen Karin Lind. Hon säger att ett avtal före jul är osannolikt.", "osannolikt", "Karin Lind"},
		{"pl", "Ekonomista Jan Nowak powiedział, że spodziewa się szybkiego porozumienia. Bardziej sceptyczna jest ekonomistka Anna Kowalska. Ona uważa, że podpisanie umowy przed świętami jest mało prawdopodobne.", "mało prawdopodobne", "Anna Kowalska"},
		{"en", "Putin has long opposed the plan. The economist Anna Berg said she expected a quick deal. Putin met Chancellor Olaf Scholz on Monday. He said a deal this year is unlikely.", "unlikely", "Putin"},
	})
}
