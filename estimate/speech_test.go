package estimate_test

import "testing"

// A source named once holds the reported words that follow it in its
// paragraph: German Konjunktiv I, the French reportative conditional,
// "we" outside quotes, and in Polish, Russian and Ukrainian the sentence
// after a named source's view. A paragraph break, or a verb that only
// reports an act, ends the run.
func TestHoldersOfReportedSpeechRuns(t *testing.T) {
	checkHolders(t, []holderCase{
		{"en", "Nordbank expects the ECB to cut rates in June. We see a second cut in July as unlikely.", "unlikely", "Nordbank"},
		{"de", "Die Commerzbank rechnet mit einer Zinssenkung im Juni. Eine zweite Senkung im Juli sei jedoch unwahrscheinlich.", "unwahrscheinlich", "Commerzbank"},
		{"de", "Die Commerzbank rechnet mit einer Zinssenkung im Juni.\n\nEine zweite Senkung im Juli ist unwahrscheinlich.", "unwahrscheinlich", ""},
		{"fr", "Nordbank prévoit une baisse des taux en juin. Une deuxième baisse en juillet serait toutefois peu probable.", "peu probable", "Nordbank"},
		{"pl", "Zdaniem Jakuba Gajdy porozumienie jest coraz mniej realne. Nowa umowa w tym roku jest mało prawdopodobna.", "mało prawdopodobna", "Jakub Gajda"},
		{"pl", "Scholz zapowiedział, że wystąpi o wotum zaufania. Najprawdopodobniej go nie dostanie.", "Najprawdopodobniej", ""},
		{"ru", "Политолог Иван Петров считает, что коалиция распадётся. Досрочные выборы весной маловероятны.", "маловероятны", "Иван Петров"},
		{"uk", "Економіст Андрій Коваль вважає, що рецесія триватиме. Зниження ставки в червні малоймовірно.", "малоймовірно", "Андрій Коваль"},
		{"sv", "Nordea räknar med en sänkning i juni. Vi bedömer att en andra sänkning i juli är osannolik.", "osannolik", "Nordea"},
	})
}

// A name that opens a clause before a colon holds the reported words
// after it: "Das Ifo-Institut senkt seine Prognose: … werde …".
func TestHoldersBeforeAColon(t *testing.T) {
	checkHolders(t, []holderCase{
		{"de", "Das Ifo-Institut senkt seine Prognose: Eine Rezession sei in diesem Jahr wahrscheinlich.", "wahrscheinlich", "Ifo-Institut"},
	})
}

// A French verb with its subject pronoun written onto it frames the quote
// before it, whatever the verb: the pronoun is the holder named last.
func TestHoldersOfInvertedPronounFrames(t *testing.T) {
	checkHolders(t, []holderCase{
		{"fr", "Selon François Martin, stratégiste chez Nordbank, la BCE baissera ses taux en juin.\n\n« Une deuxième baisse en juillet est peu probable », nuance-t-il.", "peu probable", "François Martin"},
	})
}
