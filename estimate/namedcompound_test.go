package estimate_test

import (
	"slices"
	"testing"
)

// A compound whose first part is a name, capitalised in a language that
// writes common nouns in lower case, still names its head's event when
// the head is long: "Natomedlemskap" is membership. Written for this test.
func TestNamedCompoundHead(t *testing.T) {
	for _, c := range []struct{ lang, text, event string }{
		{"sv", "Ett georgiskt Natomedlemskap före 2030 är högst osannolikt, bedömer forskaren Karin Ek.", "membership"},
		{"nl", "Een Georgisch Navolidmaatschap voor 2030 is hoogst onwaarschijnlijk, zegt onderzoeker Jan de Vries.", "membership"},
	} {
		js := judge(t, c.lang, c.text)
		ok := false
		for _, j := range js {
			ok = ok || slices.Contains(j.Proposition.Events, c.event)
		}
		if !ok {
			t.Errorf("%s %q: no judgement on %s:\n%s", c.lang, c.text, c.event, dump(js))
		}
	}
}
