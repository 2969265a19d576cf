package estimate_test

import "testing"

// A forecast told in the present, closed by a belief verb and its holder
// after a comma, is the holder's likely judgement: "Talous supistuu tänä
// vuonna, arvioi ekonomisti Liisa Mäki". A present state with no word of
// time ahead, where the language has a future tense, is no forecast.
// Written for this test.
func TestBeliefVerbAfterPresentForecast(t *testing.T) {
	for _, c := range []struct{ lang, text, cue string }{
		{"fi", "Suomen talous vajoaa tänä vuonna taantumaan, arvioi ekonomisti Liisa Mäki.", "arvioi"},
		{"sv", "Finlands ekonomi hamnar i recession i år, bedömer ekonomen Per Holm.", "bedömer"},
		{"de", "Die finnische Wirtschaft schrumpft in diesem Jahr, glaubt die Ökonomin Eva Roth.", "glaubt"},
	} {
		js := judge(t, c.lang, c.text)
		ok := false
		for _, j := range js {
			ok = ok || j.Cue == c.cue && j.Value > 0.55 && j.Value < 0.8
		}
		if !ok {
			t.Errorf("%s %q: want a likely judgement at «%s»:\n%s", c.lang, c.text, c.cue, dump(js))
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"sv", "Finlands ekonomi är i recession, bedömer ekonomen Per Holm."},
		{"fi", "Talous supistui viime vuonna, arvioi ekonomisti Liisa Mäki."},
	} {
		for _, j := range judge(t, c.lang, c.text) {
			t.Errorf("%s %q: a state or the past is no forecast, got «%s» %.2f", c.lang, c.text, j.Cue, j.Value)
		}
	}
}
