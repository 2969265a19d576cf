package attrib_test

import (
	"testing"

	"github.com/kentnews/kent"
)

// A source phrase with a name in the genitive ("nach Webers
// Einschätzung", "nach Kallas' Worten", "enligt Bergs bedömning") is that
// person's view, and the genitive -s names the person named in full
// before.
func TestGenitiveNameInASourcePhrase(t *testing.T) {
	check(t, "de", "Lukas Weber ist Chefökonom der Nordbank.\n\nEine Zinssenkung im Juni ist nach Webers Einschätzung unwahrscheinlich.",
		want{"Lukas Weber", "Eine Zinssenkung im Juni", kent.QuoteIndirect})
	check(t, "de", "Kaja Kallas sprach in Brüssel.\n\nDie Sanktionen werden nach Kallas' Worten wahrscheinlich verlängert.",
		want{"Kaja Kallas", "Die Sanktionen werden", kent.QuoteIndirect})
	check(t, "de", "Die Sanktionen werden nach den Worten von Kaja Kallas wahrscheinlich verlängert.",
		want{"Kaja Kallas", "Die Sanktionen werden", kent.QuoteIndirect})
	check(t, "sv", "Anna Berg är chefsekonom på Nordbanken.\n\nEn sänkning i juni är enligt Bergs bedömning osannolik.",
		want{"Anna Berg", "En sänkning i juni", kent.QuoteIndirect})
}
