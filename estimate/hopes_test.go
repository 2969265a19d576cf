package estimate_test

import (
	"slices"
	"testing"
)

// Hope for an event fading, lost or still alive ("Надежды на сделку тают",
// "Nadzieje na porozumienie gasną", "Надії на угоду тануть", "потеряли
// надежду", "Jest nadzieja na porozumienie") judges the event as English
// "hopes are fading" does: unlikely, very unlikely, about even. Each was
// read as no judgement. Invented sentences.
func TestHopeFading(t *testing.T) {
	cases := []struct{ lang, text, band string }{
		{"ru", "Надежды на сделку с Ираном тают, сказал дипломат Иван Петров.", "unlikely"},
		{"ru", "Дипломаты потеряли надежду на сделку с Ираном, сказал министр Олег Попов.", "very_unlikely"},
		{"uk", "Надії на угоду з Іраном тануть, сказав дипломат Іван Бойко.", "unlikely"},
		{"pl", "Nadzieje na porozumienie z Iranem gasną, powiedział dyplomata Adam Lis.", "unlikely"},
		{"pl", "Jest nadzieja na porozumienie z Iranem, powiedział dyplomata Jan Nowak.", "roughly_even"},
		{"be", "Надзеі на пагадненне з Іранам тануць, сказаў дыпламат Іван Бойка.", "unlikely"},
	}
	for _, c := range cases {
		js := judgeIn(t, c.lang, c.text)
		ok := false
		for _, j := range js {
			ok = ok || j.Band == c.band && slices.Contains(j.Proposition.Events, "deal")
		}
		if !ok {
			t.Errorf("%s %q: want %s on the deal, got\n%s", c.lang, c.text, c.band, dump(js))
		}
	}
}
