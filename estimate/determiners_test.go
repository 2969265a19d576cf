package estimate_test

import (
	"slices"
	"strings"
	"testing"
)

// "Such a scenario" points back to the event the sentence before names in
// every language; a band word after "how" is asked about, not stated. The
// sentences are written for this test.
func TestDeterminerAnaphorAndAskedDegree(t *testing.T) {
	back := []struct{ lang, text, cue string }{
		{"uk", "Розвідка вважає, що КНДР відправить війська на війну.\n\nЕксперт Олег Бондар вважає такий сценарій малоймовірним.", "малоймовірним"},
		{"ru", "Разведка считает, что КНДР отправит войска на войну.\n\nЭксперт Олег Иванов считает такой сценарий маловероятным.", "маловероятным"},
		{"de", "Der Geheimdienst erwartet, dass Nordkorea Truppen in den Krieg schickt.\n\nDer Experte Markus Lenz hält ein solches Szenario für unwahrscheinlich.", "unwahrscheinlich"},
		{"sv", "Underrättelsetjänsten tror att Nordkorea skickar trupper till kriget.\n\nForskaren Lars Berg bedömer ett sådant scenario som osannolikt.", "osannolikt"},
	}
	for _, c := range back {
		js := judge(t, c.lang, c.text)
		ok := false
		for _, j := range js {
			if strings.Contains(j.Cue, c.cue) && slices.Contains(j.Proposition.Events, "military") {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%s: «%s» does not point back to the troops:\n%s", c.lang, c.cue, dump(js))
		}
	}
	asked := []struct{ lang, text, cue string }{
		{"de", "Im Gespräch wog der Forscher Ulrich Kühn ab, wie wahrscheinlich ein solcher Schritt ist.", "wahrscheinlich"},
		{"en", "The analyst John Smith weighed how likely such a step is.", "likely"},
		{"sv", "Forskaren Lars Berg diskuterade hur sannolikt ett sådant steg är.", "sannolikt"},
	}
	for _, c := range asked {
		for _, j := range judge(t, c.lang, c.text) {
			if strings.Contains(j.Cue, c.cue) {
				t.Errorf("%s %q: «%s» is asked about, yet read as a judgement", c.lang, c.text, j.Cue)
			}
		}
	}
}
