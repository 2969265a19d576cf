package attrib_test

import "testing"

// A speech noun is held by where it comes from: "Kritik aus der
// Opposition", "Forderungen seitens der Länder", "criticism from the
// opposition", "kritik från oppositionen". The sentences are written for
// this test.
func TestOriginSources(t *testing.T) {
	checkEvents(t, []eventCase{
		{"de", "Die Kritik aus der Opposition wurde immer lauter.", "Kritik", "aus der Opposition", "*", nil},
		{"de", "Auch hier entsprechen wir Forderungen aus der Fraktion.", "Forderungen", "aus der Fraktion", "*", nil},
		{"de", "Aus der Koalition wurde gefordert, die Steuern zu senken.", "gefordert", "Aus der Koalition", "*", nil},
		{"en", "The criticism from the opposition grew louder.", "criticism", "from the opposition", "*", nil},
		{"sv", "Kritiken från regeringen växte.", "Kritiken", "från regeringen", "*", []string{"kritik"}},
	})
}
