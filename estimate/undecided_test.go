package estimate_test

import (
	"slices"
	"testing"
)

// Not having decided yet ("ещё не принял решения", "ще не ухвалив
// рішення", "nie podjął jeszcze decyzji", "яшчэ не прыняў рашэння", "dar
// nepriėmė sprendimo") is stated uncertainty about the decision's event:
// about even, at a modal's weight. Each was read as no judgement.
// Invented sentences.
func TestNotYetDecided(t *testing.T) {
	cases := []struct{ lang, text string }{
		{"ru", "Премьер ещё не принял решения об отставке, сказал источник Иван Петров."},
		{"uk", "Прем'єр ще не ухвалив рішення про відставку, сказав речник Іван Бойко."},
		{"pl", "Premier nie podjął jeszcze decyzji o dymisji, powiedział rzecznik Adam Lis."},
		{"be", "Прэм'ер яшчэ не прыняў рашэння аб адстаўцы, сказаў рэчнік Іван Бойка."},
		{"lt", "Premjeras dar nepriėmė sprendimo dėl atsistatydinimo, sakė atstovas Jonas Petraitis."},
	}
	for _, c := range cases {
		js := judgeIn(t, c.lang, c.text)
		ok := false
		for _, j := range js {
			ok = ok || j.Band == "roughly_even" && j.Modal && slices.Contains(j.Proposition.Events, "resign") && j.Holder != nil
		}
		if !ok {
			t.Errorf("%s %q: want a stated uncertainty on resigning with a holder, got\n%s", c.lang, c.text, dump(js))
		}
	}
}
