package estimate_test

import "testing"

// A person's affiliation after the name — in a case form ("Helsingin
// yliopistosta") or after a preposition ("von der Universität Mannheim",
// "z Uniwersytetu Warszawskiego", "vid Uppsala universitet") — describes
// the holder and is no part of the name.
func TestHolderNameWithoutAffiliation(t *testing.T) {
	checkHolders(t, []holderCase{
		{"fi", "Koronlasku kesäkuussa on epätodennäköinen, sanoo professori Jussi Laine Helsingin yliopistosta.", "epätodennäköinen", "Jussi Laine"},
		{"fi", "Koronlasku kesäkuussa on epätodennäköinen, sanoo Jussi Laine Aalto-yliopistosta.", "epätodennäköinen", "Jussi Laine"},
		{"fi", "Jussi Laine Aalto-yliopistosta uskoo, että koronlasku kesäkuussa on epätodennäköinen.", "epätodennäköinen", "Jussi Laine"},
		{"de", "Eine Zinssenkung im Juni sei unwahrscheinlich, sagt Petra Lang von der Universität Mannheim.", "unwahrscheinlich", "Petra Lang"},
		{"de", "Petra Lang vom Ifo-Institut hält eine Zinssenkung im Juni für unwahrscheinlich.", "unwahrscheinlich", "Petra Lang"},
		{"pl", "Anna Nowak z Uniwersytetu Warszawskiego uważa, że obniżka stóp w czerwcu jest mało prawdopodobna.", "mało prawdopodobna", "Anna Nowak"},
		{"sv", "En sänkning i juni är osannolik, säger professor Maria Berg vid Uppsala universitet.", "osannolik", "Maria Berg"},
	})
}

// The object of an estimating verb may open the sentence ("Die Chancen …
// schätzt die Analystin …", "Шансы … аналитик … оценивает"): the holder
// is the verb's subject, a role and a name, not the fronted phrase, and a
// group's span stops at the object's words.
func TestHolderAfterAFrontedObject(t *testing.T) {
	checkHolders(t, []holderCase{
		{"de", "Die Chancen von Santos, die Wahl zu gewinnen, schätzt die Analystin Petra Lang auf höchstens 20 Prozent.", "20 Prozent", "Petra Lang"},
		{"sv", "Sannolikheten för en sänkning bedömer analytikern Maria Berg till 80 procent.", "80 procent", "Maria Berg"},
		{"pl", "Szanse Santosa na zwycięstwo ocenia ekspertka Anna Nowak na najwyżej 20 procent.", "20 procent", "Anna Nowak"},
		{"ru", "Шансы Сантоса на победу аналитик Иван Петров оценивает в 20 процентов.", "20 процентов", "Иван Петров"},
		{"uk", "Ймовірність зниження ставки у червні аналітики оцінюють у 85%.", "85%", "аналітики"},
	})
}

// Markets pricing an outcome hold their own judgement; the central bank
// whose decision they price, named just before, is not "the market".
func TestMarketsPricingInHoldTheJudgement(t *testing.T) {
	checkHolders(t, []holderCase{
		{"sv", "ECB möts i juni. Marknaden prisar in en sannolikhet på omkring 90 procent för en sänkning.", "90 procent", "Marknaden"},
		{"en", "The ECB meets in June. Markets are pricing in a 90 percent chance of a cut.", "90 percent", "Markets"},
		{"en", "Markets price a 90% chance that the ECB will raise rates in July.", "90%", "Markets"},
		{"en", "Traders price the odds of a July hike at 80 percent.", "80 percent", "Traders"},
		{"de", "Die EZB tagt im Juni. Die Märkte preisen eine Wahrscheinlichkeit von 90 Prozent für eine Senkung ein.", "90 Prozent", "Märkte"},
		{"pl", "EBC zbiera się w czerwcu. Rynki wyceniają prawdopodobieństwo obniżki na 90 procent.", "90 procent", "Rynki"},
		{"ru", "ЕЦБ соберется в июне. Рынки закладывают вероятность снижения ставки в 90 процентов.", "90 процентов", "Рынки"},
	})
}

// A role right before a name, even in a form a group shares
// ("analytikern", "analityczki"), describes that one person: the name
// holds the judgement.
func TestRoleAndNameAfterASourcePhrase(t *testing.T) {
	checkHolders(t, []holderCase{
		{"sv", "Enligt analytikern Maria Berg är en sänkning i juni osannolik.", "osannolik", "Maria Berg"},
		{"sv", "Enligt analytikern Berg är en sänkning i juni osannolik.", "osannolik", "Berg"},
		{"pl", "Według analityczki Nowak obniżka w czerwcu jest mało prawdopodobna.", "mało prawdopodobna", "Nowak"},
		{"en", "According to the analyst Maria Berg, a cut in June is unlikely.", "unlikely", "Maria Berg"},
		{"de", "Laut der Analystin Maria Berg ist eine Senkung im Juni unwahrscheinlich.", "unwahrscheinlich", "Maria Berg"},
	})
}

// A person before an affiliation with an article ("of the Czech General
// Staff", "of the Green party") or after an abbreviated title ("gen.") is
// the holder; a possessive after the verb ("Anna Berg's plan") is the
// object's owner, and the subject before "do not" holds the doubt.
func TestHolderBeforeAnAffiliationOrAfterATitle(t *testing.T) {
	checkHolders(t, []holderCase{
		{"en", "Colonel Ivan Marek of the Czech General Staff assessed that a withdrawal before winter is likely.", "likely", "Ivan Marek"},
		{"en", "Anna Berg of the Green party insisted that a cut in June is unlikely.", "unlikely", "Anna Berg"},
		{"pl", "– Obniżka stóp w czerwcu jest mało prawdopodobna – mówi gen. Jan Nowak.", "mało prawdopodobna", "Jan Nowak"},
		{"en", "Most voters do not expect Anna Berg's reform to pass this year.", "do not expect", "Most voters"},
	})
	// "z A do B. Jak zaznaczyła": a capital letter's dot the segmenter
	// reads as an initial still ends the clause before a subjectless frame.
	checkHolders(t, []holderCase{
		{"pl", "Agencja Fitch obniżyła ocenę Węgier z A do B. Jak zaznaczyła, recesja w tym roku jest prawdopodobna.", "prawdopodobna", "Agencja Fitch"},
	})
}
