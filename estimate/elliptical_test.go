package estimate_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/kentnews/kent"
)

// Calling a step premature says it will not come soon: an unlikely
// judgement on it, in every language ("would be premature", "wäre
// verfrüht", "serait prématurée", "sería prematuro", "sarebbe
// prematuro", "zou voorbarig zijn", "vore förhastat", "olisi
// ennenaikaista").
func TestPrematureIsUnlikely(t *testing.T) {
	wantBandHeld(t, "unlikely", []cueCase{
		{"en", "It would be premature to lower interest rates in July, Jones said.", "would be premature", "Jones"},
		{"de", "Eine Zinssenkung im Juli wäre verfrüht, sagte Schneider.", "wäre verfrüht", "Schneider"},
		{"fr", "Une baisse des taux en juillet serait prématurée, selon Lefebvre.", "serait prématurée", "Lefebvre"},
		{"es", "Sería prematuro bajar los tipos en julio, según Fernández.", "Sería prematuro", "Fernández"},
		{"it", "Secondo Bianchi sarebbe prematuro tagliare i tassi a luglio.", "sarebbe prematuro", "Bianchi"},
		{"nl", "Een renteverlaging in juli zou voorbarig zijn, zegt De Vries.", "zou voorbarig zijn", "De Vries"},
		{"sv", "En räntesänkning i juli vore förhastat, säger Lindqvist.", "vore förhastat", "Lindqvist"},
		{"fi", "Koronlasku heinäkuussa olisi ennenaikaista, sanoo Korhonen.", "olisi ennenaikaista", "Korhonen"},
	})
}

// Forecasters who disagree leave the outcome open: "opinions are divided
// on whether …", "die Meinungen gehen auseinander", "les avis sont
// partagés", "åsikterna går isär" is about even on what they disagree on.
func TestDividedOpinionsAreEven(t *testing.T) {
	cases := []struct{ lang, text, cue string }{
		{"en", "Opinions are divided on whether the central bank will lower rates in July.", "opinions are divided"},
		{"en", "Economists are divided on whether the central bank will lower rates in July.", "economists are divided"},
		{"de", "Die Meinungen gehen auseinander, ob die Zentralbank im Juli die Zinsen senkt.", "die meinungen gehen auseinander"},
		{"fr", "Les avis sont partagés sur une baisse des taux en juillet.", "les avis sont partagés"},
		{"es", "Los analistas están divididos sobre si el banco central bajará los tipos en julio.", "los analistas están divididos"},
		{"it", "Gli economisti sono divisi sull'eventualità che la banca centrale tagli i tassi a luglio.", "gli economisti sono divisi"},
		{"nl", "De meningen zijn verdeeld over een renteverlaging in juli.", "de meningen zijn verdeeld"},
		{"sv", "Åsikterna går isär om huruvida centralbanken sänker räntan i juli.", "åsikterna går isär"},
		{"fi", "Ekonomistit ovat erimielisiä koronlaskun ajankohdasta.", "ekonomistit ovat erimielisiä"},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		j := findFold(js, c.cue)
		if j == nil || j.Band != "roughly_even" || !slices.Contains(j.Proposition.Events, "rate-cut") {
			t.Errorf("%s %q: want roughly_even on a rate cut at %q, got\n%s", c.lang, c.text, c.cue, dump(js))
		}
	}
}

// A short answer to the question its article has just asked is a
// judgement on that question's event: "Will the government fall this
// year? It doesn't look like it." — "Ça n'en prend pas le chemin",
// "Sembra di no", "Det ser inte ut så", "Siltä ei näytä".
func TestEllipticalAnswerIsUnlikely(t *testing.T) {
	cases := []struct{ lang, text, cue string }{
		{"en", "Will the prime minister resign before the summer? It doesn't look like it.", "it doesn't look like it"},
		{"de", "Wird die Ministerin noch vor dem Sommer ihren Rücktritt erklären? Danach sieht es derzeit nicht aus.", "danach sieht es derzeit nicht aus"},
		{"fr", "Le Premier ministre va-t-il démissionner avant l'été ? Ça n'en prend pas le chemin.", "ça n'en prend pas le chemin"},
		{"es", "¿Dimitirá el primer ministro antes del verano? No lo parece.", "no lo parece"},
		{"it", "Il primo ministro si dimetterà prima dell'estate? Sembra di no.", "sembra di no"},
		{"nl", "Gaat de premier voor de zomer ontslag nemen? Het ziet er niet naar uit.", "het ziet er niet naar uit"},
		{"sv", "Avgår statsministern före sommaren? Det ser inte ut så.", "det ser inte ut så"},
		{"fi", "Eroaako pääministeri ennen kesää? Siltä ei näytä.", "siltä ei näytä"},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		j := findFold(js, c.cue)
		if j == nil || j.Band != "unlikely" || !slices.Contains(j.Proposition.Events, "resign") {
			t.Errorf("%s %q: want unlikely on resigning at %q, got\n%s", c.lang, c.text, c.cue, dump(js))
		}
	}
}

// findFold returns the first judgement whose cue is cue, in any case.
func findFold(js []kent.Judgement, cue string) *kent.Judgement {
	for i := range js {
		if strings.EqualFold(js[i].Cue, cue) {
			return &js[i]
		}
	}
	return nil
}
