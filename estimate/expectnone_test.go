package estimate_test

import (
	"slices"
	"testing"
)

// Expecting no event ("väntar sig ingen räntesänkning", "il ne faut
// s'attendre à aucun accord", "expect no rate cut") judges it unlikely,
// in every language; "il faut s'attendre à" expects it; Spanish "debería"
// forecasts as "devrait" and "dovrebbe" do.
func TestExpectingNoEvent(t *testing.T) {
	for _, c := range []struct{ lang, text, cue, band, event string }{
		{"sv", "Ekonomerna väntar sig ingen räntesänkning i juni.", "väntar sig", "unlikely", "rate-cut"},
		{"sv", "Ingen tror att Riksbanken sänker räntan i maj.", "tror att", "unlikely", "rate-cut"},
		{"en", "The economists expect no rate cut in June.", "expect", "unlikely", "rate-cut"},
		{"de", "Die Ökonomen erwarten keinerlei Zinssenkung im Juni.", "erwarten", "unlikely", "rate-cut"},
		{"fr", "Selon le ministre Paul Martin, il ne faut s'attendre à aucun accord mercredi.", "s'attendre à", "unlikely", "deal"},
		{"fr", "Selon le ministre Paul Martin, il faut s'attendre à une baisse des taux en juin.", "il faut s'attendre à", "likely", "rate-cut"},
		{"es", "El BCE debería bajar los tipos en junio, según los economistas.", "debería", "likely", "rate-cut"},
		{"fi", "Analyytikot olivat odottaneet koronlaskua.", "odottaneet", "likely", "rate-cut"},
	} {
		js := judgeIn(t, c.lang, c.text)
		j := find(js, c.cue)
		if j == nil || j.Band != c.band || j.Proposition.Negated || !slices.Contains(j.Proposition.Events, c.event) {
			t.Errorf("%s %q: want %s at %q on %s, got %+v", c.lang, c.text, c.band, c.cue, c.event, js)
		}
	}
	// A past expectation stays one: "olivat odottaneet" is reported as held before.
	if j := find(judgeIn(t, "fi", "Analyytikot olivat odottaneet koronlaskua."), "odottaneet"); j == nil || !j.Past {
		t.Errorf("fi: want a past expectation, got %+v", j)
	}
}

// Not seeing an event happen ("I don't see Ukraine joining", "sehe ich
// nicht", "je ne vois pas", "jag ser inte att") judges it unlikely, as
// "cannot see" does.
func TestNotSeeingIsUnlikely(t *testing.T) {
	for _, c := range []struct{ lang, text, cue string }{
		{"en", "\"I don't see Ukraine joining the alliance this year,\" the diplomat Ann Lee said.", "don't see"},
		{"de", "„Einen Beitritt der Ukraine in diesem Jahr sehe ich nicht“, sagte der Diplomat Paul Roth.", "sehe ich nicht"},
		{"fr", "« Je ne vois pas l'Ukraine rejoindre l'alliance cette année », a déclaré le diplomate Paul Martin.", "Je ne vois pas"},
		{"sv", "– Jag ser inte att Ukraina går med i alliansen i år, säger diplomaten Anna Berg.", "ser inte"},
		{"it", "\"Non vedo l'Ucraina entrare nell'alleanza quest'anno\", ha detto il diplomatico Marco Rossi.", "Non vedo"},
	} {
		js := judgeIn(t, c.lang, c.text)
		j := find(js, c.cue)
		if j == nil || j.Band != "unlikely" || !slices.Contains(j.Proposition.Events, "membership") && !slices.Contains(j.Proposition.Events, "enter") {
			t.Errorf("%s %q: want unlikely at %q on joining, got %+v", c.lang, c.text, c.cue, js)
		}
	}
}

// Not seeing a chance ("do not see any chance of a default", "je ne vois
// pas de chance d'un accord") is one judgement, the denied chance's, not
// a second one at the seeing words.
func TestNotSeeingAChanceIsOneJudgement(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Analysts do not see any chance of a Russian default this year."},
		{"en", "\"I don't see a chance of a deal this year,\" the diplomat Ann Lee said."},
		{"fr", "« Je ne vois pas de chance d'un accord cette année », a déclaré le diplomate Paul Martin."},
	} {
		js := judgeIn(t, c.lang, c.text)
		if len(js) != 1 || js[0].Band != "very_unlikely" {
			t.Errorf("%s %q: want one very unlikely judgement, got %+v", c.lang, c.text, js)
		}
	}
}

// A subject that is no one ("Ningún economista", "Nessun economista",
// "Nadie") negates the expectation as "No economist" and "Kein Ökonom" do;
// with negative concord "no veo ninguna posibilidad" says no once: almost
// no chance, not a negated possibility read about even.
func TestNobodyExpects(t *testing.T) {
	for _, c := range []struct{ lang, text, cue, band string }{
		{"es", "Ningún economista espera que el BCE baje los tipos en junio.", "espera", "unlikely"},
		{"es", "Nadie espera que el BCE baje los tipos en junio.", "espera", "unlikely"},
		{"it", "Nessun economista si aspetta che la BCE tagli i tassi a giugno.", "si aspetta", "unlikely"},
		{"es", "No veo ninguna posibilidad de que el BCE baje los tipos en junio.", "ninguna posibilidad", "almost_no_chance"},
		{"it", "Non vedo nessuna possibilità che la BCE tagli i tassi a giugno.", "nessuna possibilità", "almost_no_chance"},
	} {
		js := judgeIn(t, c.lang, c.text)
		j := find(js, c.cue)
		if j == nil || j.Band != c.band {
			t.Errorf("%s %q: want %s at %q, got %+v", c.lang, c.text, c.band, c.cue, js)
		}
	}
}

// Numbered days in the past tense or with words between ("his days in
// office were numbered", "seine Tage als Kanzler waren gezählt", "ses
// jours étaient comptés") are the idiom as in the present: likely, and a
// resignation.
func TestNumberedDaysInThePast(t *testing.T) {
	for _, c := range []struct{ lang, text, cue string }{
		{"en", "Opposition leader Pedro Santos said Montenegro's days in office were numbered.", "days in office were numbered"},
		{"de", "Der Oppositionsführer Peter Braun sagte, die Tage des Kanzlers waren gezählt.", "waren gezählt"},
		{"fr", "Selon le chef de l'opposition Paul Martin, les jours du Premier ministre étaient comptés.", "jours du Premier ministre étaient comptés"},
		{"es", "Según el líder de la oposición Juan García, los días del primer ministro estaban contados.", "días del primer ministro estaban contados"},
	} {
		js := judgeIn(t, c.lang, c.text)
		j := find(js, c.cue)
		if j == nil || j.Band != "likely" || !slices.Contains(j.Proposition.Events, "resign") {
			t.Errorf("%s %q: want likely at %q on resign, got %+v", c.lang, c.text, c.cue, js)
		}
	}
}
