package attrib_test

import (
	"testing"

	"github.com/kentnews/kent"
)

// A short reported clause after a verb-second frame with a fronted time
// ("Im Januar erklärte Berg, …") is what the speaker said, not an
// apposition naming who she is; a real apposition ("Berg, die
// Ministerin,") still is one. The sentences are written for this test.
func TestClauseAfterInvertedFrame(t *testing.T) {
	check(t, "de", "Im Januar erklärte Berg, die Lage sei ernst.", want{"Berg", "die Lage sei ernst", kent.QuoteIndirect})
	check(t, "de", "Am Dienstag sagte Schulz, er halte einen Kompromiss für wahrscheinlich.", want{"Schulz", "er halte einen Kompromiss", kent.QuoteIndirect})
	check(t, "de", "Gestern sagte Anna Berg, die Ministerin, die Reform komme zu spät.", want{"Anna Berg", "die Reform komme zu spät", kent.QuoteIndirect})
}
