package estimate_test

import "testing"

// A discourse adverb inside a cue ("we do not, however, see", "emme
// kuitenkaan usko", "nous ne pensons toutefois pas") is read through:
// the cue is the negated belief it would be without it.
func TestCueReadThroughInsertedAdverb(t *testing.T) {
	cases := []struct{ lang, text string }{
		{"en", "We do not, however, see the tariffs taking effect right away, the economist said."},
		{"en", "I do not, though, expect the bank to cut rates in June."},
		{"fi", "Emme kuitenkaan usko, että tullit tulevat voimaan heti."},
		{"fr", "Nous ne pensons toutefois pas que les droits de douane entreront en vigueur tout de suite."},
		{"es", "No creo, sin embargo, que los aranceles entren en vigor de inmediato."},
		{"it", "Non credo, tuttavia, che i dazi entrino in vigore subito."},
		{"de", "Wir gehen jedoch nicht davon aus, dass die Zölle sofort in Kraft treten."},
		{"sv", "Vi tror dock inte att tullarna träder i kraft direkt."},
		{"pl", "Nie sądzimy jednak, że cła wejdą w życie od razu."},
		{"ru", "Мы, однако, не думаем, что пошлины вступят в силу сразу."},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		ok := false
		for _, j := range js {
			if j.Band == "unlikely" {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%s %q: want an unlikely judgement, got\n%s", c.lang, c.text, dump(js))
		}
	}
}
