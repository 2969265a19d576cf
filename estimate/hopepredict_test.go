package estimate_test

import "testing"

// A future in a clause a verb of hoping governs is a hope, a lean towards
// the event, not a forecast: "Kiew hoffte, dass … eingeladen wird" was
// read as very likely. Without the hope the same future forecasts.
func TestHopedFutureIsALean(t *testing.T) {
	cases := []struct{ lang, text, band string }{
		{"de", "Kiew hoffte, dass die Ukraine beim Gipfel in die Nato eingeladen wird.", "likely"},
		{"en", "Kyiv hoped that Ukraine will be invited to join NATO at the summit.", "likely"},
		{"sv", "Kiev hoppas att Ukraina kommer att bjudas in till Nato vid toppmötet.", "likely"},
		{"fr", "Kiev espère que l'Ukraine adhérera à l'OTAN.", "likely"},
		{"de", "Kiew sagte, dass die Ukraine beim Gipfel in die Nato eingeladen wird.", "very_likely"},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		if len(js) != 1 || js[0].Band != c.band {
			t.Errorf("%s %q: want one %s judgement, got\n%s", c.lang, c.text, c.band, dump(js))
		}
	}
}

// Calling a prediction risky says the outcome is uncertain: about even,
// not the very likely of the future it predicts.
func TestRiskyPredictionIsEven(t *testing.T) {
	cases := []struct{ lang, text string }{
		{"es", "Es arriesgado predecir que Sánchez dimitirá antes del verano."},
		{"en", "It is risky to predict that the prime minister will resign before the summer."},
		{"ru", "Рискованно прогнозировать, что премьер уйдёт в отставку до лета."},
		{"fr", "Il est risqué de prédire que le Premier ministre démissionnera avant l'été."},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		if len(js) != 1 || js[0].Band != "roughly_even" {
			t.Errorf("%s %q: want one roughly even judgement, got\n%s", c.lang, c.text, dump(js))
		}
	}
}
