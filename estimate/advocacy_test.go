package estimate_test

import (
	"slices"
	"testing"

	"github.com/kentnews/kent"
)

// A holder who says what ought to be done ("I think we need an embargo",
// "Uważam, że potrzebujemy embarga", "считаю, что нам нужно эмбарго")
// forecasts nothing of it: no judgement. The same belief opening a
// forecast ("I think the EU will impose an embargo") stays one.
func TestAdvocacyIsNoForecast(t *testing.T) {
	for _, c := range []struct{ lang, demand, forecast string }{
		{"en", "Minister John Smith said: I think we need an embargo on Russian gas.", "Minister John Smith said: I think the EU will likely impose an embargo on Russian gas."},
		{"de", "Die Ministerin Kaja Berg sagte: Ich glaube, wir brauchen ein Embargo auf russisches Gas.", "Die Ministerin Kaja Berg sagte: Ich glaube, die EU wird wahrscheinlich ein Embargo auf russisches Gas verhängen."},
		{"pl", "Minister Jan Nowak powiedział: Uważam, że potrzebujemy embarga na rosyjski gaz.", "Minister Jan Nowak powiedział, że UE prawdopodobnie nałoży embargo na rosyjski gaz."},
		{"ru", "Министр Иван Петров заявил: я считаю, что нам нужно эмбарго на российский газ.", "Министр Иван Петров заявил, что ЕС, вероятно, введёт эмбарго на российский газ."},
		{"uk", "Міністр Іван Петренко заявив: я вважаю, що нам потрібно ембарго на російський газ.", "Міністр Іван Петренко заявив, що ЄС, ймовірно, запровадить ембарго на російський газ."},
		{"sv", "Ministern Anna Berg säger: Jag tror att vi behöver ett embargo mot rysk gas.", "Ministern Anna Berg säger att EU sannolikt inför ett embargo mot rysk gas."},
	} {
		for _, j := range judge(t, c.lang, c.demand) {
			if slices.Contains(j.Proposition.Events, "sanction") {
				t.Errorf("%s %q: a demand read as a forecast:\n%s", c.lang, c.demand, dump([]kent.Judgement{j}))
			}
		}
		found := false
		for _, j := range judge(t, c.lang, c.forecast) {
			found = found || j.Value > 0.5
		}
		if !found {
			t.Errorf("%s %q: the forecast is lost", c.lang, c.forecast)
		}
	}
}

// A word of possibility modifying a noun ("sa possible démission", "un
// possibile incarico", "su posible dimisión") is a possibility of that
// noun phrase only, no more than "may": modal, about the phrase. Said of a
// clause ("il est possible qu'il démissionne") it is a judgement in words.
func TestAttributivePossibilityIsModalOfItsPhrase(t *testing.T) {
	for _, c := range []struct{ lang, named, phrase, judged string }{
		{"fr", "L'annonce de sa possible démission a fait l'effet d'une bombe.", "possible démission", "Selon l'analyste Jean Martin, il est possible que le Premier ministre démissionne."},
		{"it", "La possibilità delle dimissioni ha rilanciato le congetture su un possibile incarico europeo per il premier.", "possibile incarico europeo", "Secondo l'analista Mario Rossi, è possibile che il premier si dimetta."},
		{"es", "Su posible dimisión ha sacudido al partido.", "posible dimisión", "Según el analista Juan García, es posible que el presidente dimita."},
	} {
		js := judge(t, c.lang, c.named)
		if len(js) != 1 || !js[0].Modal || js[0].Proposition.Text != c.phrase {
			t.Errorf("%s %q: want one modal judgement of «%s»:\n%s", c.lang, c.named, c.phrase, dump(js))
		}
		if js := judge(t, c.lang, c.judged); len(js) == 0 || js[0].Modal {
			t.Errorf("%s %q: want a judgement in words:\n%s", c.lang, c.judged, dump(js))
		}
	}
	// A noun cue after an article is no adjective: it keeps its clause.
	for _, c := range []struct{ lang, text string }{
		{"de", "Der Meinungsforscher Max Weber spricht von einem Kopf-an-Kopf-Rennen zwischen den beiden Kandidaten."},
		{"en", "Pollster Max Weber said the election is a toss-up between the two candidates."},
	} {
		for _, j := range judge(t, c.lang, c.text) {
			if j.Modal {
				t.Errorf("%s %q: a noun cue read as an attributive possibility:\n%s", c.lang, c.text, dump([]kent.Judgement{j}))
			}
		}
	}
}
