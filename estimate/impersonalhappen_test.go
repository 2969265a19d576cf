package estimate_test

import "testing"

// The impersonal "it will come to X" with X first ("Do porozumienia
// dojdzie", "До подписания соглашения дойдёт", "До дострокових виборів не
// дійде", "Да падпісання пагаднення дойдзе") forecasts X, or with "not"
// its opposite, as "dojdzie do porozumienia" does. Each was read as no
// judgement. Invented sentences.
func TestItWillComeToX(t *testing.T) {
	cases := []struct {
		lang, text, event string
		for_              bool
	}{
		{"pl", "Do porozumienia dojdzie w przyszłym tygodniu, powiedział dyplomata Adam Lis.", "deal", true},
		{"pl", "Do porozumienia nie dojdzie przed wyborami, powiedział dyplomata Jan Nowak.", "deal", false},
		{"ru", "До подписания соглашения дойдёт в следующем месяце, сказал дипломат Иван Петров.", "deal", true},
		{"ru", "До досрочных выборов не дойдёт, сказал политолог Олег Попов.", "snap-election", false},
		{"uk", "До підписання угоди дійде цього місяця, сказав дипломат Іван Бойко.", "deal", true},
		{"uk", "До дострокових виборів не дійде, сказав політолог Олег Коваль.", "snap-election", false},
		{"be", "Да падпісання пагаднення дойдзе ў гэтым месяцы, сказаў дыпламат Іван Бойка.", "deal", true},
	}
	for _, c := range cases {
		js := judgeIn(t, c.lang, c.text)
		ok := false
		for _, j := range js {
			has := false
			for _, e := range j.Proposition.Events {
				has = has || e == c.event
			}
			for_ := j.Value > 0.5 != j.Proposition.Negated
			ok = ok || has && for_ == c.for_ && j.Holder != nil
		}
		if !ok {
			t.Errorf("%s %q: want a forecast on %s (for %v) with a holder, got\n%s", c.lang, c.text, c.event, c.for_, dump(js))
		}
	}
}
