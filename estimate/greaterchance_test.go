package estimate_test

import (
	"strings"
	"testing"
)

// A comparative degree word with a chance noun ("тим більша
// ймовірність, що", "тем больше вероятность", "tuo didesnė tikimybė")
// says the chance is high, a likely judgement of what follows; its
// opposite ("менша", "mažesnė") an unlikely one.
func TestGreaterChance(t *testing.T) {
	cases := []struct{ lang, text, noun, band string }{
		{"uk", "Чим довше триватиме криза, тим більша ймовірність, що Вірменія вийде з ОДКБ, сказав прем'єр.", "ймовірність", "likely"},
		{"uk", "Ймовірність виходу Вірменії з ОДКБ тепер менша, сказав прем'єр.", "менша", "unlikely"},
		{"ru", "Чем дольше длится кризис, тем больше вероятность, что Армения выйдет из ОДКБ, сказал премьер.", "вероятность", "likely"},
		{"be", "Чым даўжэй будзе цягнуцца крызіс, тым большая верагоднасць, што Арменія выйдзе з АДКБ, сказаў прэм'ер.", "верагоднасць", "likely"},
		{"lt", "Kuo ilgiau tęsis krizė, tuo didesnė tikimybė, kad Armėnija pasitrauks iš KSSO, sakė premjeras.", "tikimybė", "likely"},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		ok := false
		for _, j := range js {
			if strings.Contains(j.Cue, c.noun) && j.Band == c.band {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%s %q: no %s judgement at %q in\n%s", c.lang, c.text, c.band, c.noun, dump(js))
		}
	}
}
