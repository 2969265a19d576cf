package estimate_test

import (
	"slices"
	"testing"
)

// In a verb-final that-clause the future auxiliary comes after the event
// ("sagte, dass die Notenbank die Zinsen senken wird", "zei dat de bank
// de rente verlagen zal"): a categorical forecast, as "wird … senken" is;
// a negation in the clause is the proposition's; a clause "ob" opens
// asks; a hedge that governs the clause speaks for it.
func TestClauseFinalFuture(t *testing.T) {
	for _, c := range []struct {
		lang, text, event string
		negated           bool
	}{
		{"de", "Der Ökonom Paul Roth sagte, dass die Notenbank die Zinsen im Juni senken wird.", "rate-cut", false},
		{"de", "Der Diplomat Paul Roth sagte, dass die Ukraine der Nato in diesem Jahr nicht beitreten wird.", "membership", true},
		{"de", "Die Ministerin Eva Roth versicherte, dass die Regierung zurücktreten werde.", "resign", false},
		{"nl", "De econoom Jan de Vries zei dat de centrale bank de rente verlagen zal.", "rate-cut", false},
	} {
		js := judgeIn(t, c.lang, c.text)
		if len(js) != 1 || !js[0].Categorical || js[0].Proposition.Negated != c.negated || !slices.Contains(js[0].Proposition.Events, c.event) {
			t.Errorf("%s %q: want one categorical forecast on %s (negated %v), got %+v", c.lang, c.text, c.event, c.negated, js)
		}
	}
	if js := judgeIn(t, "de", "Der Ökonom Paul Roth fragte, ob die Notenbank die Zinsen im Juni senken wird."); len(js) > 0 {
		t.Errorf("ob: a clause that asks forecasts nothing, got %+v", js)
	}
	js := judgeIn(t, "de", "Es ist unwahrscheinlich, dass die Ukraine der Nato beitreten wird.")
	if len(js) != 1 || js[0].Band != "unlikely" {
		t.Errorf("a hedge governs its clause: want one unlikely judgement, got %+v", js)
	}
}

// Dutch puts adverbs between "de rente" and its verb ("zal de rente in
// juni verlagen"): the rate cut is still named.
func TestDutchRateWithAdverbs(t *testing.T) {
	js := judgeIn(t, "nl", "Volgens analisten zal de centrale bank de rente in juni verlagen.")
	if len(js) != 1 || !slices.Contains(js[0].Proposition.Events, "rate-cut") {
		t.Errorf("want a forecast of a rate cut, got %+v", js)
	}
	js = judgeIn(t, "nl", "Volgens analisten zal de centrale bank de rente in juni ongewijzigd laten.")
	if len(js) != 1 || !slices.Contains(js[0].Proposition.Events, "rate-hold") {
		t.Errorf("want a forecast of a rate hold, got %+v", js)
	}
}
