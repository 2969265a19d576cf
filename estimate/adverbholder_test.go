package estimate_test

import "testing"

// An adverb opening a sentence is no one, however long: "Teraz uważa, że
// …" drops its subject, and "Teraz" is not it. A name the tagger reads as
// an adverb still holds: "Nordea räknar med" (expect_test.go). Invented
// sentences.
func TestOpeningAdverbHoldsNothing(t *testing.T) {
	checkHolders(t, []holderCase{
		{"pl", "Teraz uważa, że porozumienie w tym roku jest mało prawdopodobne.", "mało prawdopodobne", ""},
		{"pl", "Teraz ocenia się, że porozumienie w tym roku jest mało prawdopodobne.", "mało prawdopodobne", ""},
		{"en", "Still believes a deal this year is unlikely, though the talks still go on.", "unlikely", ""},
	})
}
