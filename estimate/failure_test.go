package estimate_test

import "testing"

// A forecast that someone will not manage to do something ("won't
// manage to", "nie uda się", "не удастся", "non riuscirà") is a
// categorical no, in every language.
func TestFailureForecastsAreCategoricalNo(t *testing.T) {
	for _, c := range []struct{ lang, text, cue string }{
		{"en", "Ukraine will not manage to meet the criteria, the analyst Ann Lee said.", "will not manage to"},
		{"de", "Der Ukraine wird es nicht gelingen, die Kriterien zu erfüllen, sagte der Analyst Paul Roth.", "wird es nicht gelingen"},
		{"pl", "Ukrainie nie uda się spełnić kryteriów – ocenił analityk Jan Nowak.", "nie uda się"},
		{"ru", "«Украине не удастся выполнить критерии», – сказал аналитик Иван Петров.", "не удастся"},
		{"uk", "«Україні не вдасться виконати критерії», – сказав аналітик Іван Петренко.", "не вдасться"},
		{"fr", "Selon l'analyste Paul Martin, l'Ukraine ne parviendra pas à remplir les critères.", "ne parviendra pas"},
		{"it", "Secondo l'analista Marco Rossi, l'Ucraina non riuscirà a soddisfare i criteri.", "non riuscirà"},
		{"es", "Según el analista Juan Pérez, Ucrania no logrará cumplir los criterios.", "no logrará"},
		{"fi", "Ukraina ei onnistu täyttämään kriteerejä, sanoo tutkija Matti Virtanen.", "ei onnistu"},
	} {
		js := judgeIn(t, c.lang, c.text)
		j := find(js, c.cue)
		if j == nil || j.Band != "almost_no_chance" || !j.Categorical {
			t.Errorf("%s %q: want a categorical almost_no_chance at %q, got %+v", c.lang, c.text, c.cue, js)
		}
	}
}

// A verb with a future ending whose clause names the event after it is a
// categorical forecast, as a future auxiliary with the event is: "da
// domani scatteranno i dazi", "la BCE baissera ses taux", "will impose
// tariffs", "wird Zölle verhängen"; a future verb of saying ("dirá si
// habrá acuerdo") forecasts nothing.
func TestFutureVerbWithTheEventAfterIt(t *testing.T) {
	for _, c := range []struct{ lang, text, cue string }{
		{"it", "Da domani scatteranno i dazi su Canada e Messico, ha detto la portavoce Anna Bianchi.", "scatteranno"},
		{"fr", "Selon l'économiste Paul Martin, la BCE baissera ses taux en juin.", "baissera"},
		{"es", "Según el economista Juan Pérez, el banco recortará los tipos en junio.", "recortará"},
		{"en", "The bank will cut rates in June, the economist Ann Lee said.", "will"},
		{"de", "Die Bank wird im Juni die Zinsen senken, sagte der Ökonom Paul Roth.", "wird"},
		{"sv", "Banken kommer att sänka räntan i juni, säger ekonomen Anna Berg.", "kommer att"},
		{"nl", "De bank zal in juni de rente verlagen, zei econoom Jan Jansen.", "zal"},
	} {
		js := judgeIn(t, c.lang, c.text)
		j := find(js, c.cue)
		if j == nil || !j.Categorical || j.Band != "very_likely" {
			t.Errorf("%s %q: want a categorical forecast, very likely (an unhedged future: forecasts.go unhedged), at %q, got %+v", c.lang, c.text, c.cue, js)
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"es", "El presidente dirá mañana si habrá acuerdo."},
		{"it", "Il governo deciderà se firmare l'accordo."},
	} {
		for _, j := range judgeIn(t, c.lang, c.text) {
			if j.Categorical {
				t.Errorf("%s %q: a future that opens a question forecasts nothing, got %+v", c.lang, c.text, j)
			}
		}
	}
}

// Being firmly resolved to act ("fast beslutet att genomföra
// offensiven") is an intention, read like intends to.
func TestFirmlyResolvedIsAnIntent(t *testing.T) {
	js := judgeIn(t, "sv", "Enligt en israelisk tjänsteman är Israel fortfarande fast beslutet att genomföra offensiven.")
	if j := find(js, "fast beslutet att"); j == nil || j.Value <= 0.5 {
		t.Errorf("want a likely intent at 'fast beslutet att', got %+v", js)
	}
}
