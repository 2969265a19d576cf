package estimate_test

import (
	"testing"

	"github.com/kentnews/kent"
)

// "Never been so good" is a superlative, not "never": the chances of a
// deal that have never been so good are no almost-no-chance judgement,
// while a longer cue that holds the idiom ("jamais été aussi proches")
// still judges.
func TestNeverBeenSoIsNoNever(t *testing.T) {
	cases := []struct{ lang, text string }{
		{"en", "The chances of a ceasefire deal have never been so good, a Hamas official said."},
		{"fr", "Les chances d'un accord de cessez-le-feu n'ont jamais été aussi bonnes, selon un responsable."},
		{"es", "Las posibilidades de un acuerdo nunca han sido tan altas, dijo un funcionario."},
		{"it", "Le possibilità di un accordo non sono mai state così alte, ha detto un funzionario."},
		{"pl", "Szanse na porozumienie nigdy nie były tak duże – powiedział urzędnik."},
		{"ru", "Шансы на сделку никогда не были так высоки, заявил чиновник."},
		{"sv", "Chanserna för ett avtal har aldrig varit så goda, säger en tjänsteman."},
	}
	for _, c := range cases {
		for _, j := range judge(t, c.lang, c.text) {
			if j.Band == "almost_no_chance" || j.Band == "very_unlikely" {
				t.Errorf("%s %q: a superlative read as never: %s", c.lang, c.text, dump(js1(j)))
			}
		}
	}
	js := judge(t, "fr", "« Nous n'avons jamais été aussi proches d'un accord », a déclaré un responsable du Hamas.")
	if len(js) == 0 || js[0].Band != "likely" && js[0].Band != "very_likely" {
		t.Errorf("fr: jamais été aussi proches: want a likely judgement, got\n%s", dump(js))
	}
}

func js1(j kent.Judgement) []kent.Judgement { return []kent.Judgement{j} }
