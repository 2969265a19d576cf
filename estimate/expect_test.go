package estimate_test

import "testing"

// An expecting verb with an event word in its clause is a likely forecast
// held by its subject; negated, an unlikely one.
func TestExpectingVerbs(t *testing.T) {
	cases := []struct{ lang, text, cue, band, holder string }{
		{"en", "Deutsche Bank expects the German economy to shrink this year.", "expects", "likely", "Deutsche Bank"},
		{"de", "Die Commerzbank erwartet eine Rezession im Winter.", "erwartet", "likely", "Commerzbank"},
		{"fr", "Natixis prévoit une récession en Allemagne l'an prochain.", "prévoit", "likely", "Natixis"},
		{"pl", "Ekonomiści ING spodziewają się recesji w Niemczech.", "spodziewają się", "likely", "Ekonomiści ING"},
		{"ru", "Аналитики ожидают рецессии в Германии.", "ожидают", "likely", "Аналитики"},
		{"ru", "Аналитики не ожидают рецессии в Германии.", "не ожидают", "unlikely", "Аналитики"},
		{"uk", "Інститут Ifo прогнозує скорочення ВВП Німеччини.", "прогнозує", "likely", "Інститут Ifo"},
		{"sv", "Nordea räknar med en recession i Tyskland.", "räknar med", "likely", "Nordea"},
		{"es", "Funcas prevé una contracción del PIB alemán.", "prevé", "likely", "Funcas"},
		{"it", "Prometeia prevede una recessione in Germania.", "prevede", "likely", "Prometeia"},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		j := find(js, c.cue)
		if j == nil || j.Band != c.band {
			t.Errorf("%s %q: want %s at %q, got %+v", c.lang, c.text, c.band, c.cue, js)
			continue
		}
		if h := holderAt(t, js, c.cue); h != c.holder {
			t.Errorf("%s %q: holder %q, want %q", c.lang, c.text, h, c.holder)
		}
	}
}

// In a verb-second language a phrase fronted before the verb puts the
// subject after it: "Für das kommende Jahr rechnet das Institut mit …".
func TestVerbSecondSubject(t *testing.T) {
	checkHolders(t, []holderCase{
		{"de", "Für das kommende Jahr rechnet das Institut mit einer Rezession.", "rechnet", "Institut"},
		{"sv", "I år spår Nordea en recession i Tyskland.", "spår", "Nordea"},
		{"nl", "Voor volgend jaar verwacht ING een recessie in Duitsland.", "verwacht", "ING"},
	})
}
