package estimate_test

import (
	"testing"

	"github.com/kentnews/kent"
)

// holderCase and checkHolders are declared in holders_test.go.

// holderAt returns the holder's name of the judgement at cue, or "".
func holderAt(t *testing.T, js []kent.Judgement, cue string) string {
	t.Helper()
	j := find(js, cue)
	if j == nil {
		t.Fatalf("no judgement at %q in %+v", cue, js)
	}
	if j.Holder == nil {
		return ""
	}
	return j.Holder.Name
}

// cueCase is a sentence in a language, the cue a judgement must sit at and
// the holder it must carry.
type cueCase struct{ lang, text, cue, holder string }

// wantBandHeld checks that each case has a judgement in band at its cue,
// held by its holder.
func wantBandHeld(t *testing.T, band string, cases []cueCase) {
	t.Helper()
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		j := find(js, c.cue)
		if j == nil || j.Band != band {
			t.Errorf("%s %q: want %s at %q, got\n%s", c.lang, c.text, band, c.cue, dump(js))
			continue
		}
		if h := holderAt(t, js, c.cue); h != c.holder {
			t.Errorf("%s %q: holder %q, want %q", c.lang, c.text, h, c.holder)
		}
	}
}

// A source that is a pronoun ("in his view", "selon lui", "jego zdaniem")
// is the name that opened the sentence before.
func TestPronounSources(t *testing.T) {
	cases := []struct{ lang, text, cue string }{
		{"en", "Nikita Danyuk, a researcher in Moscow, sees it differently. In his view, Ukraine's accession is unlikely.", "unlikely"},
		{"fr", "François Rimeu, stratégiste chez Crédit Mutuel, reste prudent. Selon lui, une adhésion rapide est peu probable.", "peu probable"},
		{"de", "Michael Holstein, Chefvolkswirt der DZ Bank, bleibt skeptisch. Seiner Ansicht nach ist ein Beitritt unwahrscheinlich.", "unwahrscheinlich"},
		{"pl", "Tomasz Kubin, politolog z Katowic, jest sceptyczny. Jego zdaniem akcesja jest mało prawdopodobna.", "mało prawdopodobna"},
		{"ru", "Ричард Кемп, отставной полковник, настроен скептически. По его словам, вступление маловероятно.", "маловероятно"},
		{"uk", "Володимир Хандогій, колишній міністр, налаштований обережно. На його думку, вступ малоймовірний.", "малоймовірний"},
		{"sv", "Jakob Hedenskog, analytiker vid FOI, är skeptisk. Enligt honom är ett medlemskap osannolikt.", "osannolikt"},
		{"es", "Pedro Gómez, economista en Madrid, se muestra cauto. Según él, un recorte es poco probable.", "poco probable"},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		if h := holderAt(t, js, c.cue); h == "" || h[0] != c.text[0] {
			t.Errorf("%s %q: holder %q, want the name opening the sentence before", c.lang, c.text, h)
		}
	}
}

// A subject is read across a parenthesis or an apposition between it and
// its verb: "The IMK (Düsseldorf) puts …", "FiveThirtyEight, the site he
// founded, gives …" (en, fr, ru, uk, sv).
func TestSubjectAcrossInsertion(t *testing.T) {
	checkHolders(t, []holderCase{
		{"en", "FiveThirtyEight, the site he founded, gives Trump a 51% chance.", "51%", "FiveThirtyEight"},
		{"fr", "Nate Silver, le fondateur du site, donne à Trump 51 % de chances.", "51 %", "Nate Silver"},
		{"ru", "Нейт Сильвер, основатель сайта, оценивает шансы Трампа в 58 процентов.", "58 процентов", "Нейт Сильвер"},
		{"ru", "Нейт Сильвер (FiveThirtyEight) оценивает шансы Трампа в 58 процентов.", "58 процентов", "Нейт Сильвер"},
		{"uk", "Нейт Сільвер (FiveThirtyEight) оцінює шанси Трампа в 58 відсотків.", "58 відсотків", "Нейт Сільвер"},
		{"sv", "Nate Silver (FiveThirtyEight) bedömer sannolikheten för en seger till 51 procent.", "51 procent", "Nate Silver"},
		{"sv", "Nate Silver, grundare av sajten, ger Trump en sannolikhet på 51 procent.", "51 procent", "Nate Silver"},
		// Known gap (German): after a parenthesis, attrib's verb-second rule
		// takes the noun phrase after "sieht" for the subject; not tested
		// here until that rule reads the parse.
	})
}

// A bare figure right after a stated probability in the same paragraph
// goes on with it ("A week earlier it gave him 52%"); without one before
// it, a figure is no probability ("Growth was 3%").
func TestFigureAfterProbability(t *testing.T) {
	cases := []struct{ lang, text, cue string }{
		{"en", "Silver gives Trump a 58% chance. A week earlier he gave him 52%.", "52%"},
		{"fr", "Silver donne à Trump 58 % de chances. Une semaine plus tôt, il lui accordait 52 %.", "52 %"},
		{"de", "Silver gibt Trump eine Chance von 58 Prozent. Vor einer Woche waren es 52 Prozent.", "52 Prozent"},
		{"ru", "Шансы Трампа оцениваются в 54%. Неделей раньше модель давала ему 46%.", "46%"},
		{"pl", "Szanse Trumpa wynoszą 58 procent. Tydzień wcześniej model dawał mu 52 procent.", "52 procent"},
		{"sv", "Sannolikheten för Trump är 51 procent. I juli stod han i 67 procent.", "67 procent"},
	}
	for _, c := range cases {
		j := find(judge(t, c.lang, c.text), c.cue)
		if j == nil || j.Scale != "numeric" {
			t.Errorf("%s %q: want a stated probability at %q", c.lang, c.text, c.cue)
		}
	}
	for lang, text := range map[string]string{"en": "Growth was 3% last year.", "de": "Das Wachstum lag bei 3 Prozent."} {
		if js := judge(t, lang, text); len(js) > 0 {
			t.Errorf("%s %q: a figure without a probability before it is none, got %+v", lang, text, js)
		}
	}
}

// In a verb-final language the event word may close a long clause after
// the future auxiliary.
func TestVerbFinalForecasts(t *testing.T) {
	cases := []struct{ lang, text, cue string }{
		{"de", "Die Ukraine wird der Europäischen Union in den kommenden fünf Jahren noch nicht beitreten.", "wird"},
		{"nl", "Oekraïne zal in de komende vijf jaren nog niet tot de Europese Unie toetreden.", "zal"},
	}
	for _, c := range cases {
		j := find(judge(t, c.lang, c.text), c.cue)
		if j == nil || !j.Categorical {
			t.Errorf("%s %q: want a categorical forecast at %q, got %+v", c.lang, c.text, c.cue, judge(t, c.lang, c.text))
		}
	}
}

// A figure without a holder in its sentence is the source's the article
// named earlier by a source phrase, not the reporter's.
func TestFigureHeldByNamedSource(t *testing.T) {
	checkHolders(t, []holderCase{
		{"en", "Trump leads again according to Polymarket. The race was tight in the summer. Trump now has a 58% chance.", "58%", "Polymarket"},
		{"sv", "Trump leder igen enligt Unibet. Loppet var jämnt i somras. Nu motsvarar oddsen 51 procents sannolikhet för Trump.", "51 procents", "Unibet"},
		{"de", "Trump führt laut RealClearPolitics. Im Sommer war es knapp. Jetzt hat Trump eine Chance von 59 Prozent.", "59 Prozent", "RealClearPolitics"},
		{"pl", "Trump prowadzi według Polymarket. Latem było blisko. Teraz szanse Trumpa wynoszą 58 procent.", "58 procent", "Polymarket"},
		{"ru", "Трамп лидирует по данным Polymarket. Летом гонка была равной. Теперь шансы Трампа составляют 58 процентов.", "58 процентов", "Polymarket"},
		{"fr", "Trump mène selon Polymarket. L'été, la course était serrée. Trump a désormais 58 % de chances.", "58 %", "Polymarket"},
	})
}
