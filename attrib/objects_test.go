package attrib_test

import (
	"testing"

	"github.com/kentnews/kent"
)

// A name after a preposition inside a sentence ("in a letter to Charles
// Michel") is that phrase's object, never what a later pronoun or
// subjectless verb in the sentence stands for.
func TestPrepositionsObjectIsNoAntecedent(t *testing.T) {
	checkAll(t, []langCase{
		{"en", "Viktor Orbán wrote to EU leaders on Monday.\n\nIn a letter to Charles Michel he warned that a deal would fail.", want{"Viktor Orbán", "a deal would fail", kent.QuoteIndirect}},
		{"pl", "Viktor Orbán napisał w poniedziałek list do przywódców UE.\n\nW liście do Charlesa Michela ostrzegł, że porozumienie się nie uda.", want{"Viktor Orbán", "porozumienie się nie uda", kent.QuoteIndirect}},
		{"de", "Viktor Orbán schrieb am Montag an die EU-Spitzen.\n\nIn einem Brief an Charles Michel warnte er, eine Einigung werde scheitern.", want{"Viktor Orbán", "eine Einigung werde scheitern", kent.QuoteIndirect}},
	})
}
