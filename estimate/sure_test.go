package estimate_test

import "testing"

// A holder "sure that" the event comes says almost certainly, in the third
// person too ("jest pewna, iż", "ist sich sicher", "är säker på att");
// not sure, it is open: about even.
func TestSureThat(t *testing.T) {
	cases := []struct{ lang, text, cue, band string }{
		{"en", "The minister is sure that Scotland will become independent.", "is sure that", "almost_certain"},
		{"de", "Die Ministerin ist sich sicher, dass Schottland unabhängig wird.", "ist sich sicher", "almost_certain"},
		{"pl", "Ministra jest pewna, iż Szkocja stanie się niepodległa.", "jest pewna", "almost_certain"},
		{"pl", "Ministra nie jest pewna, czy Szkocja stanie się niepodległa.", "jest pewna", "roughly_even"},
		{"sv", "Ministern är säker på att Skottland blir självständigt.", "är säker på att", "almost_certain"},
		{"fi", "Ministeri on varma, että Skotlanti itsenäistyy.", "on varma", "almost_certain"},
		{"uk", "Міністерка впевнена, що Шотландія стане незалежною.", "стане", "almost_certain"},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		if j := find(js, c.cue); j == nil || j.Band != c.band {
			t.Errorf("%s %q: want %s at %q, got\n%s", c.lang, c.text, c.band, c.cue, dump(js))
		}
	}
}
