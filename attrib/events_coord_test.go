package attrib_test

import "testing"

// A source of two or more parties is one source with all of them, even
// where the parse hangs the conjuncts side by side on the verb ("Union"
// an object, "und SPD" the subject) instead of one under the other. The
// sentences are written for this test.
func TestCoordinatedSources(t *testing.T) {
	checkEvents(t, []eventCase{
		{"de", "Bereits im Koalitionsvertrag haben Union und SPD festgehalten, dass die Renten steigen.", "festgehalten", "Union und SPD", "dass die Renten steigen", []string{"festhalten"}},
		{"de", "Natürlich haben Herr Scholz und Herr Kukies dafür geworben, dass sie mitmachen.", "geworben", "Herr Scholz und Herr Kukies", "dass sie mitmachen", []string{"geworben"}},
		{"de", "Die Entscheidung der Deutschen Bank und der Commerzbank, Gespräche zu führen, war richtig.", "Entscheidung", "der Deutschen Bank und der Commerzbank", "*", []string{"entscheidung"}},
		{"en", "Paris and Berlin demanded that the talks resume.", "demanded", "Paris and Berlin", "that the talks resume", nil},
		{"pl", "Rząd i opozycja uważają, że wojna wkrótce się skończy.", "uważają", "Rząd i opozycja", "że wojna wkrótce się skończy", nil},
		{"uk", "Польща та Німеччина заявили, що переговори провалилися.", "заявили", "Польща та Німеччина", "що переговори провалилися", nil},
		{"sv", "Regeringen och oppositionen tror att kriget tar slut i år.", "tror", "Regeringen och oppositionen", "att kriget tar slut i år", nil},
	})
}
