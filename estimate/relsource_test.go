package estimate_test

import "testing"

// A source cue whose source is a relative pronoun ("according to whom",
// "secondo cui", "по словам которого") gives the judgement after it to the
// noun phrase before its comma.
func TestHoldersThroughRelativeSources(t *testing.T) {
	checkHolders(t, []holderCase{
		{"en", "The talks were led by Anna Berg, according to whom a deal this year is unlikely.", "unlikely", "Anna Berg"},
		{"de", "Das sieht auch der Ökonom Lukas Weber, nach dessen Einschätzung eine Zinssenkung im Juni unwahrscheinlich ist.", "unwahrscheinlich", "Lukas Weber"},
		{"pl", "Głos zabrał ekonomista Tomasz Kowalski, według którego obniżka stóp w czerwcu jest mało prawdopodobna.", "mało prawdopodobna", "Tomasz Kowalski"},
		{"ru", "Выступил экономист Иван Петров, по словам которого рецессия в этом году маловероятна.", "маловероятна", "Иван Петров"},
		{"uk", "Виступив економіст Андрій Коваль, на думку якого рецесія цього року малоймовірна.", "малоймовірна", "Андрій Коваль"},
		{"sv", "Ordet gick till ekonomen Lena Berg, enligt vilken en sänkning i juni är osannolik.", "osannolik", "Lena Berg"},
		{"it", "Lo ha riferito il presidente turco Erdogan, secondo cui Putin potrebbe voler mettere fine al conflitto.", "potrebbe", "Erdogan"},
	})
}

// Speech verbs in the progressive ("are suggesting", "is warning") frame
// a source as their simple forms do.
func TestHoldersOfProgressiveSpeechVerbs(t *testing.T) {
	checkHolders(t, []holderCase{
		{"en", "Analysts are suggesting the speech may serve to announce a partial mobilisation.", "may", "Analysts"},
	})
}
