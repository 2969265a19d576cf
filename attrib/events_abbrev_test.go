package attrib_test

import "testing"

// The glued full stop of a title's abbreviation ("Dr.", "Mr.", "prof.",
// "ген.") is part of the name, not the end of the sentence: the parser
// reads it with its word, as its treebank does, and the speaker keeps the
// title. Read apart, "Frau Dr. Weisgerber hatte das erwähnt" lost its
// subject. The sentences are written for this test.
func TestAbbreviationDotKeepsTheSpeaker(t *testing.T) {
	checkEvents(t, []eventCase{
		{"de", "Frau Dr. Weisgerber hat das gesagt.", "gesagt", "Frau Dr. Weisgerber", "das", nil},
		{"de", "Der Kollege Dr. Michael Espendiller sagte, dass das falsch sei.", "sagte", "Der Kollege Dr. Michael Espendiller", "dass das falsch sei", nil},
		{"en", "Mr. Smith said the plan would fail.", "said", "Mr. Smith", "the plan would fail", nil},
		{"pl", "Prof. Kowalski powiedział, że plan się nie uda.", "powiedział", "Prof. Kowalski", "*", nil},
		{"ru", "Ген. Иванов заявил, что план провалится.", "заявил", "Ген. Иванов", "*", nil},
		{"uk", "Проф. Коваленко заявив, що план провалиться.", "заявив", "Проф. Коваленко", "*", nil},
		{"sv", "Forskaren prof. Anna Andersson säger att planen kommer att misslyckas.", "säger", "Forskaren prof. Anna Andersson", "*", nil},
	})
}
