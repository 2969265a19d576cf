package estimate_test

import "testing"

// Coming into force ("вступит в силу", "wejdzie w życie", "набуде
// чинності", "ўступіць у сілу", "įsigalios") after the event it brings
// (tariffs, sanctions) or a noun that stands for the article's event (a
// decision) forecasts that event, categorically; "will not come into
// force" is the categorical no. Each was read as no judgement. Invented
// sentences.
func TestComingIntoForceIsAForecast(t *testing.T) {
	cases := []struct {
		lang, text string
		for_       bool
	}{
		{"ru", "Пошлины вступят в силу 1 февраля, сказал министр Иван Петров.", true},
		{"ru", "Санкции не вступят в силу до лета, сказал дипломат Олег Попов.", false},
		{"ru", "Решение вступит в силу 28 мая, сказал премьер Иван Петров.", true},
		{"pl", "Cła wejdą w życie 1 lutego, powiedział minister Adam Lis.", true},
		{"pl", "Decyzja wejdzie w życie 28 maja, powiedział premier Jan Nowak.", true},
		{"uk", "Мита набудуть чинності 1 лютого, сказав міністр Іван Бойко.", true},
		{"uk", "Санкції не вступлять у силу до літа, сказав дипломат Олег Коваль.", false},
		{"be", "Санкцыі ўступяць у сілу ў панядзелак, сказаў міністр Іван Бойка.", true},
		{"lt", "Sankcijos įsigalios pirmadienį, sakė ministras Jonas Petraitis.", true},
	}
	for _, c := range cases {
		js := judgeIn(t, c.lang, c.text)
		ok := false
		for _, j := range js {
			for_ := j.Value > 0.5 != j.Proposition.Negated
			ok = ok || j.Categorical && for_ == c.for_ && j.Holder != nil
		}
		if !ok {
			t.Errorf("%s %q: want a categorical forecast (for %v) with a holder, got\n%s", c.lang, c.text, c.for_, dump(js))
		}
	}
}
