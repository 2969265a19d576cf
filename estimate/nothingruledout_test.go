package estimate_test

import "testing"

// "Nothing can be ruled out" keeps the event open, about even (it was
// "ruled out": almost no chance), and after an event its sentence named
// it is about that event. Written for this test.
func TestNothingRuledOut(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "There is no consensus on sending ground troops to Ukraine, but nothing can be ruled out, President Anna Berg said."},
		{"uk", "Консенсусу щодо відправки військ в Україну немає, але нічого не слід виключати, заявила президентка Анна Берг."},
		{"ru", "Консенсуса по отправке войск на Украину нет, но исключать ничего нельзя, заявила президент Анна Берг."},
		{"pl", "Nie ma zgody co do wysłania wojsk na Ukrainę, ale niczego nie można wykluczyć – powiedziała prezydent Anna Berg."},
		{"sv", "Det finns ingen enighet om att skicka trupper till Ukraina, men ingenting kan uteslutas, sade presidenten Anna Berg."},
	} {
		js := judge(t, c.lang, c.text)
		ok := false
		for _, j := range js {
			ok = ok || j.Value > 0.4 && j.Value < 0.6 && len(j.Proposition.Events) > 0
			if j.Value < 0.1 {
				t.Errorf("%s %q: read as ruled out:\n%s", c.lang, c.text, dump(js))
			}
		}
		if !ok {
			t.Errorf("%s %q: want an about-even judgement on the troops:\n%s", c.lang, c.text, dump(js))
		}
	}
}
