package estimate_test

import "testing"

// Lithuanian writes "will not" as one word, the negation a prefix of the
// future ("neįstos", "nebus", "nesiųs", "neatsistatydins"): a categorical
// no on the event, as "не вступит" is. "Nebus" and "nesiųs" were read as
// almost certain *for*, the rest as nothing. Invented sentences.
func TestLithuanianNegatedFuture(t *testing.T) {
	cases := []struct{ text, event string }{
		{"Ukraina neįstos į NATO šiais metais, sakė ekspertas Jonas Petraitis.", "membership"},
		{"Ukraina nebus NATO narė, sakė ekspertas Jonas Petraitis.", "membership"},
		{"Baltarusija nesiųs karių į Ukrainą, sakė ekspertas Jonas Petraitis.", "military"},
		{"Vyriausybė neatsistatydins, sakė politologas Jonas Petraitis.", "resign"},
		{"Bankas nesumažins palūkanų normų birželį, sakė ekonomistas Jonas Petraitis.", "rate-cut"},
		{"Ekspertas Jonas Petraitis mano, kad Ukraina neįstos į NATO.", "membership"},
	}
	for _, c := range cases {
		js := judgeIn(t, "lt", c.text)
		ok, wrong := false, false
		for _, j := range js {
			has := false
			for _, e := range j.Proposition.Events {
				has = has || e == c.event
			}
			against := j.Value < 0.5 != j.Proposition.Negated
			ok = ok || has && against
			wrong = wrong || has && !against
		}
		if !ok || wrong {
			t.Errorf("lt %q: want only judgements against %s, got\n%s", c.text, c.event, dump(js))
		}
	}
}
