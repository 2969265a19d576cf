package estimate_test

import (
	"testing"
)

// A holder set or bracing for an event treats it as coming: a very likely
// judgement of it; without an event word, or negated, it is none or the
// other side.
func TestReadiness(t *testing.T) {
	cases := []struct{ lang, text, event, band string }{
		{"en", "Bond traders are braced for a rate cut by the Fed in September.", "rate-cut", "very_likely"},
		{"de", "Die Anleger haben sich längst auf eine Zinssenkung im Herbst eingestellt.", "rate-cut", "very_likely"},
		{"pl", "Inwestorzy są przygotowani na obniżkę stóp procentowych w lipcu.", "rate-cut", "very_likely"},
		{"ru", "Рынки готовятся к снижению ставки уже в июле.", "rate-cut", "very_likely"},
		{"uk", "Інвестори готуються до рецесії в Німеччині наступного року.", "recession", "very_likely"},
		{"sv", "Marknaderna är inställda på en räntesänkning i juni.", "rate-cut", "very_likely"},
		{"fr", "Les marchés se préparent à une récession en Allemagne cet hiver.", "recession", "very_likely"},
		{"en", "Investors are not braced for a recession this year.", "recession", "very_unlikely"},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		j := aboutEvent(js, c.event)
		if j == nil {
			t.Errorf("%s %q: no judgement about %s in\n%s", c.lang, c.text, c.event, dump(js))
			continue
		}
		if j.Band != c.band {
			t.Errorf("%s %q: band %s, want %s", c.lang, c.text, j.Band, c.band)
		}
	}
}

// Readiness for something that is no event of the lexicon, or a past
// participle that closes a clause without its preposition ("die Zahlungen
// eingestellt": stopped), judges nothing.
func TestReadinessWithoutAnEvent(t *testing.T) {
	cases := []struct{ lang, text string }{
		{"en", "Residents are braced for a cold winter."},
		{"de", "Der Konzern hat die Produktion im Werk eingestellt."},
		{"de", "Die Stadt hat sich auf einen kalten Winter eingestellt."},
		{"pl", "Mieszkańcy przygotowują się na mroźną zimę."},
		{"ru", "Жители готовятся к холодной зиме."},
		{"sv", "Familjen förbereder sig på en lång resa."},
	}
	for _, c := range cases {
		if js := judge(t, c.lang, c.text); len(js) > 0 {
			t.Errorf("%s %q: want no judgement, got\n%s", c.lang, c.text, dump(js))
		}
	}
}
