package estimate_test

import "testing"

// "50 na 50", "50 на 50", "50 prieš 50" are about even, as "пятьдесят на
// пятьдесят" and "fifty-fifty" are. Each was read as no judgement (or
// as a number of no proposition). Invented sentences.
func TestFiftyFifty(t *testing.T) {
	cases := []struct{ lang, text string }{
		{"pl", "Szanse na porozumienie oceniam na 50 na 50, powiedział dyplomata Adam Lis."},
		{"be", "Шанцы на пагадненне — 50 на 50, сказаў дыпламат Іван Бойка."},
		{"lt", "Susitarimo tikimybė yra 50 prieš 50, sakė diplomatas Jonas Petraitis."},
	}
	for _, c := range cases {
		js := judgeIn(t, c.lang, c.text)
		ok := false
		for _, j := range js {
			ok = ok || j.Band == "roughly_even" && j.Value == 0.5
		}
		if !ok {
			t.Errorf("%s %q: want about even, got\n%s", c.lang, c.text, dump(js))
		}
	}
}
