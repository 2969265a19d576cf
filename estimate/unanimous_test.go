package estimate_test

import "testing"

// Forecasters who expect an event unanimously hold it almost certain;
// firmly, very likely.
func TestUnanimousExpectation(t *testing.T) {
	cases := []struct{ lang, text, cue, band string }{
		{"en", "Economists unanimously expect the central bank to cut rates in June.", "expect", "almost_certain"},
		{"en", "Economists fully expect the central bank to cut rates in June.", "expect", "very_likely"},
		{"de", "Die Ökonomen erwarten einhellig eine Zinssenkung im Juni.", "erwarten", "almost_certain"},
		{"es", "Los economistas esperan por unanimidad una bajada de tipos en junio.", "esperan", "almost_certain"},
		{"it", "Gli analisti si aspettano all'unanimità un taglio dei tassi a giugno.", "si aspettano", "almost_certain"},
		{"nl", "Economen verwachten unaniem een renteverlaging in juni.", "verwachten", "almost_certain"},
		{"sv", "Ekonomerna väntar sig enhälligt en räntesänkning i juni.", "väntar sig", "almost_certain"},
		{"fi", "Ekonomistit odottavat yksimielisesti koronlaskua kesäkuussa.", "odottavat", "almost_certain"},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		if j := find(js, c.cue); j == nil || j.Band != c.band {
			t.Errorf("%s %q: want %s at %q, got\n%s", c.lang, c.text, c.band, c.cue, dump(js))
		}
	}
}
