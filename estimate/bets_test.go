package estimate_test

import "testing"

// Betting on an event ("setzen auf eine Zinssenkung", "stawiają na
// obniżkę", "делают ставку на снижение ставки") is expecting it: a likely
// judgement; betting on what is no event judges nothing.
func TestBettingOnAnEvent(t *testing.T) {
	cases := []struct{ lang, text, event string }{
		{"de", "Viele Anleger setzen auf eine Zinssenkung im Juni.", "rate-cut"},
		{"pl", "Inwestorzy stawiają na obniżkę stóp procentowych w czerwcu.", "rate-cut"},
		{"ru", "Инвесторы делают ставку на снижение ставки в июне.", "rate-cut"},
		{"fr", "Les investisseurs misent sur une baisse des taux en juin.", "rate-cut"},
		{"es", "Los inversores apuestan por una bajada de tipos en junio.", "rate-cut"},
		{"sv", "Investerarna satsar på en räntesänkning i juni.", "rate-cut"},
		{"en", "Traders are wagering on a rate cut in June.", "rate-cut"},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		j := aboutEvent(js, c.event)
		if j == nil {
			t.Errorf("%s %q: no judgement about %s in\n%s", c.lang, c.text, c.event, dump(js))
			continue
		}
		if j.Band != "likely" {
			t.Errorf("%s %q: band %s, want likely", c.lang, c.text, j.Band)
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"de", "Die Regierung setzt auf Diplomatie und Geduld."},
		{"pl", "Firma stawia na jakość i innowacje."},
		{"ru", "Клуб делает ставку на молодых игроков."},
		{"fr", "La marque mise sur la qualité."},
		{"sv", "Företaget satsar på ny teknik."},
		{"en", "The club is betting on young players."},
	} {
		if js := judge(t, c.lang, c.text); len(js) > 0 {
			t.Errorf("%s %q: want no judgement, got\n%s", c.lang, c.text, dump(js))
		}
	}
}
