package estimate_test

import "testing"

// A forecaster who names when the event comes judges that it comes then:
// the proposition is the time picked, "or later" included; a time that
// is the setting of another predicate is no pick.
func TestPicksOfATime(t *testing.T) {
	for _, c := range []struct{ lang, text, cue, time string }{
		{"de", "Zwei Banken tippten auf März.", "tippten auf", "März"},
		{"de", "Zwei weitere Häuser setzten auf 2025 oder später.", "setzten auf", "2025 oder später"},
		{"en", "The remaining twelve selected “2025 or later”.", "selected", "2025 or later"},
		{"fr", "Douze économistes ont choisi avril, selon le sondage.", "ont choisi", "avril"},
		{"pl", "Pięciu ekonomistów wybrało wrzesień lub później.", "wybrało", "wrzesień lub później"},
		{"ru", "Трое аналитиков назвали 2025 год или позже.", "назвали", "2025 год или позже"},
		{"sv", "Två ekonomer tippar på 2025 eller senare.", "tippar på", "2025 eller senare"},
		{"it", "Tre economisti hanno scelto aprile.", "hanno scelto", "aprile"},
		{"es", "Tres economistas eligieron abril.", "eligieron", "abril"},
	} {
		js := judgeIn(t, c.lang, c.text)
		j := find(js, c.cue)
		if j == nil || j.Proposition.Text != c.time || j.Value <= 0.5 {
			t.Errorf("%s %q: want a likely pick of %q at %q, got %+v", c.lang, c.text, c.time, c.cue, js)
		}
	}
	for _, c := range []line{
		{"en", "The data expected in March will show a slowdown."},
		{"de", "Die im März erwarteten Daten zeigen eine Abkühlung."},
	} {
		for _, j := range judgeIn(t, c.lang, c.text) {
			if j.Proposition.Text == "March" || j.Proposition.Text == "März" {
				t.Errorf("%s %q: a time of another predicate read as a pick: %+v", c.lang, c.text, j)
			}
		}
	}
}
