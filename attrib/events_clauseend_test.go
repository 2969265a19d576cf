package attrib_test

import "testing"

// A reported clause runs to the end of its sentence even where the parser
// hangs its last words on the cue ("…, in dem …, gefährdet sei", "…, się
// nie uda"); it stops before an address to the audience ("…, meine Damen
// und Herren"). The sentences are written for this test.
func TestReportedClauseRunsToTheSentenceEnd(t *testing.T) {
	checkEvents(t, []eventCase{
		{"de", "Die Experten fürchten, dass der Prozess, in dem es nun darauf ankommt, den Vertrag rasch umzusetzen, gefährdet sei.", "fürchten", "Die Experten",
			"dass der Prozess, in dem es nun darauf ankommt, den Vertrag rasch umzusetzen, gefährdet sei", nil},
		{"de", "Wir glauben, dass die Steuer steigen wird, meine Damen und Herren.", "glauben", "Wir", "dass die Steuer steigen wird", nil},
		{"en", "The minister said that the plan, which came last week after a long debate, will fail.", "said", "The minister",
			"that the plan, which came last week after a long debate, will fail", nil},
		{"pl", "Minister powiedział, że plan, który rząd przyjął w zeszłym tygodniu po długiej debacie, się nie uda.", "powiedział", "Minister",
			"że plan, który rząd przyjął w zeszłym tygodniu po długiej debacie, się nie uda", nil},
		{"ru", "Министр считает, что план, который появился на прошлой неделе после долгих споров, провалится.", "считает", "Министр",
			"что план, который появился на прошлой неделе после долгих споров, провалится", nil},
		{"uk", "Міністр вважає, що план, який з'явився минулого тижня після довгих суперечок, провалиться.", "вважає", "Міністр",
			"що план, який з'явився минулого тижня після довгих суперечок, провалиться", nil},
		{"sv", "Ministern tror att planen, som kom förra veckan efter en lång debatt, kommer att misslyckas.", "tror", "Ministern",
			"att planen, som kom förra veckan efter en lång debatt, kommer att misslyckas", nil},
	})
}
