package estimate_test

import (
	"slices"
	"testing"
)

// Parties said to be close to a deal ("close to a deal", "cerca de un
// acuerdo", "nära en uppgörelse") judge it likely; not close, unlikely.
func TestCloseToADeal(t *testing.T) {
	for _, c := range []struct{ lang, text, cue, band string }{
		{"en", "The two sides are close to a deal, the mediator Ann Lee said.", "close to a deal", "likely"},
		{"en", "The two sides are not close to a deal, the mediator Ann Lee said.", "close to a deal", "unlikely"},
		{"es", "Según el mediador Juan Pérez, las partes están cerca de un acuerdo.", "cerca de un acuerdo", "likely"},
		{"fr", "Selon le médiateur Paul Martin, les deux camps sont proches d'un accord.", "proches d'un accord", "likely"},
		{"it", "Secondo il mediatore Marco Rossi, le parti sono vicine a un accordo.", "vicine a un accordo", "likely"},
		{"nl", "De partijen zijn dicht bij een akkoord, zegt bemiddelaar Jan de Vries.", "dicht bij een akkoord", "likely"},
		{"sv", "Parterna är nära en uppgörelse, säger medlaren Anna Berg.", "nära en uppgörelse", "likely"},
		{"fi", "Osapuolet ovat lähellä sopimusta, sanoo sovittelija Anna Korhonen.", "lähellä sopimusta", "likely"},
	} {
		js := judgeIn(t, c.lang, c.text)
		j := find(js, c.cue)
		if j == nil || j.Band != c.band || !slices.Contains(j.Proposition.Events, "deal") {
			t.Errorf("%s %q: want %s at %q about a deal, got %+v", c.lang, c.text, c.band, c.cue, js)
		}
	}
}

// Hope for an event is a chance noun where it is a noun alone: fading
// hopes judge the event unlikely ("die Hoffnung auf eine Einigung
// schwindet", "hopes of a deal are fading"); having hope is no judgement.
func TestFadingHopes(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "Hopes of a deal are fading, the mediator Ann Lee said."},
		{"de", "Die Hoffnung auf eine Einigung schwindet, sagte der Vermittler Paul Roth."},
		{"de", "Die Hoffnungen auf eine Einigung sind gering, sagte der Vermittler Paul Roth."},
		{"es", "Según el mediador Juan Pérez, la esperanza de un acuerdo se desvanece."},
		{"sv", "Hoppet om en uppgörelse minskar, säger medlaren Anna Berg."},
	} {
		js := judgeIn(t, c.lang, c.text)
		if len(js) != 1 || js[0].Band != "unlikely" || !slices.Contains(js[0].Proposition.Events, "deal") {
			t.Errorf("%s %q: want one unlikely judgement on a deal, got %+v", c.lang, c.text, js)
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"de", "Wir haben die Hoffnung, dass die Zinsen sinken."},
		{"fr", "Il garde l'espoir que les taux baissent en juin."},
	} {
		if js := judgeIn(t, c.lang, c.text); len(js) > 0 {
			t.Errorf("%s %q: hope alone judges nothing, got %+v", c.lang, c.text, js)
		}
	}
}

// The Finnish potential of "olla" ("lienee": probably is) is a likely
// judgement.
func TestFinnishPotential(t *testing.T) {
	js := judgeIn(t, "fi", "Keskuspankki lienee valmis laskemaan korkoa kesäkuussa, arvioi ekonomisti Matti Virtanen.")
	if j := find(js, "lienee"); j == nil || j.Band != "likely" || !slices.Contains(j.Proposition.Events, "rate-cut") {
		t.Errorf("lienee: want likely on a rate cut, got %+v", js)
	}
}

// Being about to act ("is about to", "s'apprête à", "sta per", "staat op
// het punt", "står i begrepp att") is very likely, as "a punto de" and
// "on the verge of" are; "very close" is a step above "close", as "very
// high" is above "high".
func TestAboutToAndVeryClose(t *testing.T) {
	for _, c := range []struct{ lang, text, cue string }{
		{"en", "The central bank is about to cut rates, the economist Ann Lee said.", "is about to"},
		{"fr", "Selon l'économiste Paul Martin, la BCE s'apprête à baisser ses taux en juin.", "s'apprête à"},
		{"it", "Secondo l'economista Marco Rossi, la banca sta per tagliare i tassi.", "sta per"},
		{"nl", "De centrale bank staat op het punt de rente te verlagen, zegt econoom Jan de Vries.", "staat op het punt"},
		{"sv", "Riksbanken står i begrepp att sänka räntan, säger ekonomen Anna Berg.", "står i begrepp att"},
		{"de", "Eine Einigung sei sehr nah, sagte der Vermittler Paul Roth.", "sehr nah"},
		{"en", "The two sides are very close to a deal, the mediator Ann Lee said.", "are very close"},
		{"es", "Según el mediador Juan Pérez, las partes están muy cerca de un acuerdo.", "muy cerca"},
		{"fi", "Osapuolet ovat hyvin lähellä sopimusta, sanoo sovittelija Anna Korhonen.", "hyvin lähellä"},
	} {
		js := judgeIn(t, c.lang, c.text)
		if j := find(js, c.cue); j == nil || j.Band != "very_likely" {
			t.Errorf("%s %q: want very likely at %q, got %+v", c.lang, c.text, c.cue, js)
		}
	}
}
