package attrib_test

import (
	"slices"
	"testing"

	"github.com/kentnews/kent/attrib"
)

// A pronominal adverb that stands for what is said in the reporting
// clause ("darauf hingewiesen, dass …", "warnt davor") is part of the
// message. Sentences written for this test.
func TestCorrelateInMessage(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Die Ministerin hat darauf hingewiesen , dass die Kassen leer sind .", "hingewiesen | Die Ministerin | darauf … dass die Kassen leer sind"},
		{"Ich darf Sie daran erinnern , dass Sie mitregieren .", "erinnern | Ich | daran … dass Sie mitregieren"},
		{"Die Aufsicht warnt davor .", "warnt | Die Aufsicht | davor"},
	}
	for _, c := range cases {
		got := events("de", c.text, attrib.CueLemmas{"de": {"erinnern"}})
		if !slices.Contains(got, c.want) {
			t.Errorf("%q: no event %q in %q", c.text, c.want, got)
		}
	}
}
