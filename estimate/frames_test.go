package estimate_test

import (
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kentnews/kent"
)

// find returns the first judgement whose cue is cue.
func find(js []kent.Judgement, cue string) *kent.Judgement {
	for i := range js {
		if js[i].Cue == cue {
			return &js[i]
		}
	}
	return nil
}

// A plain future with an event word is a categorical forecast, in any
// language; where a hedge already speaks, the future is the hedge's.
func TestCategoricalForecasts(t *testing.T) {
	cases := []struct{ lang, text, cue string }{
		{"en", "Ukraine will join the European Union, the minister said.", "will"},
		{"de", "Die Ukraine wird der Europäischen Union beitreten.", "wird"},
		{"sv", "Ukraina kommer att gå med i EU.", "kommer att"},
		{"pl", "Ukraina zostanie członkiem Unii Europejskiej.", "zostanie"},
		{"ru", "Украина станет членом Евросоюза.", "станет"},
		{"es", "Sánchez ganará las elecciones.", "ganará"},
		{"it", "La Bce taglierà i tassi e vincerà la sua scommessa.", "vincerà"},
	}
	for _, c := range cases {
		j := find(judge(t, c.lang, c.text), c.cue)
		if j == nil || !j.Categorical || j.Band != "very_likely" {
			t.Errorf("%s %q: want a categorical forecast, very likely (an unhedged future: forecasts.go unhedged), at %q, got %+v", c.lang, c.text, c.cue, judge(t, c.lang, c.text))
		}
	}
	for lang, text := range map[string]string{
		"en": "It is unlikely that Ukraine will join the EU.",
		"sv": "Det är osannolikt att Ukraina kommer att gå med i EU.",
		"de": "Es ist unwahrscheinlich, dass die Ukraine der EU beitreten wird.",
	} {
		for _, j := range judge(t, lang, text) {
			if j.Categorical {
				t.Errorf("%s %q: the future is the hedge's, got a categorical %q", lang, text, j.Cue)
			}
		}
	}
}

// Negated belief is the other side of the scale: "I don't think",
// "nie sądzę", "не думаю", "jag tror inte", "je ne pense pas", "no creo".
func TestNegatedBelief(t *testing.T) {
	cases := []struct{ lang, text, cue string }{
		{"en", "“I don't think it will be there,” said Kaja Kallas.", "don't think"},
		{"pl", "– Nie sądzę, żeby Ukraina weszła do Unii przed 2030 rokiem – powiedział Jan Nowak.", "Nie sądzę"},
		{"ru", "«Не думаю, что Киев вступит в союз», – сказал Ричард Кемп.", "Не думаю"},
		{"sv", "– Jag tror inte att Ukraina blir medlem i EU snart, säger Anna Berg.", "Jag tror inte"},
		{"fr", "« Je ne pense pas qu'il y ait un accord », a déclaré Pierre Martin.", "ne pense pas"},
		{"es", "«No creo que Sánchez dimita», dijo Ana López.", "No creo"},
	}
	for _, c := range cases {
		j := find(judge(t, c.lang, c.text), c.cue)
		if j == nil || j.Band != "unlikely" {
			t.Errorf("%s %q: want unlikely at %q, got %+v", c.lang, c.text, c.cue, judge(t, c.lang, c.text))
		}
	}
}

// "Even if" grants, it sets no condition; Swedish "om" after a verb is
// "about", not "if".
func TestConcessivesAreNoConditions(t *testing.T) {
	cases := []struct{ lang, text string }{
		{"en", "Even if the war ends, Ukraine is unlikely to join the EU by 2030."},
		{"de", "Selbst wenn der Krieg endet, ist ein Beitritt der Ukraine unwahrscheinlich."},
		{"ru", "Даже если война закончится, вступление Украины в ЕС маловероятно."},
		{"pl", "Nawet jeśli wojna się skończy, członkostwo Ukrainy jest mało prawdopodobne."},
		{"sv", "Även om kriget tar slut är ett ukrainskt medlemskap osannolikt."},
		{"fr", "Même si la guerre prend fin, l'adhésion de l'Ukraine est peu probable."},
		{"sv", "Det är osannolikt att Ukraina ansöker om medlemskap i år."},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		if len(js) == 0 {
			t.Errorf("%s %q: no judgement", c.lang, c.text)
		}
		for _, j := range js {
			if j.Condition != "" {
				t.Errorf("%s %q: %q read as conditional on %q", c.lang, c.text, j.Cue, j.Condition)
			}
		}
	}
	if js := judge(t, "sv", "Om kriget tar slut, är ett medlemskap troligt."); len(js) == 0 || js[0].Condition == "" {
		t.Errorf("a clause-initial om is a condition: %+v", js)
	}
}

// Outside quotes, the holder is the subject of an estimating verb or the
// name after a source phrase, in any language.
func TestHolderFromSentence(t *testing.T) {
	cases := []struct{ lang, text, holder string }{
		{"en", "Polymarket gives Biden a 55% chance of dropping out.", "Polymarket"},
		{"en", "Nate Silver's model gives Trump a 65% chance of winning.", "Nate Silver"},
		{"pl", "Zdaniem ekonomistów recesja w Niemczech jest prawdopodobna.", "ekonomistów"},
		{"de", "Die Buchmacher geben Trump eine Chance von 60 Prozent.", "Die Buchmacher"},
		{"ru", "По словам Ричарда Кемпа, вступление Украины в ЕС маловероятно.", "Ричарда Кемпа"},
		{"sv", "Spelbolagen ger Trump en chans på 60 procent.", "Spelbolagen"},
		{"en", "Most economists now expect a recession in Germany this year.", "Most economists"},
		{"fr", "Les économistes prévoient une récession en Allemagne.", "économistes"}, // the belief frame names the group without its article
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		if len(js) == 0 || js[0].Holder == nil || js[0].Holder.Name != c.holder {
			got := "<none>"
			if len(js) > 0 && js[0].Holder != nil {
				got = js[0].Holder.Name
			}
			t.Errorf("%s %q: want holder %q, got %q", c.lang, c.text, c.holder, got)
		}
	}
}

// "The clear favourite" is likely, in any language.
func TestFavourites(t *testing.T) {
	cases := []struct{ lang, text string }{
		{"en", "Trump is now the clear favourite."},
		{"de", "Trump gilt bei den Buchmachern als Favorit."},
		{"pl", "Trump jest faworytem wyborów."},
		{"ru", "Трамп стал фаворитом гонки."},
		{"uk", "Трамп вважається фаворитом."},
		{"sv", "Trump är numera storfavorit i valet och det tror de flesta bedömare."},
		{"fr", "Trump est le grand favori du scrutin."},
	}
	for _, c := range cases {
		ok := false
		for _, j := range judge(t, c.lang, c.text) {
			low := strings.ToLower(j.Cue)
			ok = ok || strings.ContainsAny(low, "fф") && (strings.Contains(low, "avo") || strings.Contains(low, "awo") || strings.Contains(low, "авор")) && j.Band == "likely"
		}
		if !ok {
			t.Errorf("%s %q: want the favourite read as likely, got %+v", c.lang, c.text, judge(t, c.lang, c.text))
		}
	}
}

// Bookmakers' odds are numeric judgements held by the bookmaker:
// fractional, decimal and "3 to 1", in any language.
func TestOdds(t *testing.T) {
	cases := []struct {
		lang, text, holder string
		p                  float64
	}{
		{"en", "Bookmakers now offer odds of 4/7 on a Trump victory.", "Bookmakers", 7.0 / 11},
		{"de", "Die Buchmacher bieten für einen Sieg von Trump eine Quote von 1,53.", "Die Buchmacher", 1 / 1.53},
		{"sv", "Spelbolagen ger Demokraterna oddset 1,18 i valet.", "Spelbolagen", 1 / 1.18},
		{"pl", "Bukmacherzy dają Trumpowi kurs 2,50 na zwycięstwo w wyborach.", "Bukmacherzy", 0.4},
		{"ru", "Букмекеры дают на победу Трампа коэффициент 1,8.", "Букмекеры", 1 / 1.8},
		{"en", "Bookmakers put the odds at 3 to 1 against a deal this year.", "Bookmakers", 0.25},
		{"fr", "Les parieurs donnent une cote de 2,5 pour une victoire de Harris.", "Les parieurs", 0.4},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		ok := false
		for _, j := range js {
			ok = ok || j.Scale == "numeric" && math.Abs(j.Value-c.p) < 0.01 && j.Holder != nil && j.Holder.Name == c.holder
		}
		if !ok {
			t.Errorf("%s %q: want %.3f held by %s, got %+v", c.lang, c.text, c.p, c.holder, js)
		}
	}
}

// BenchmarkExtractSuite measures judgement and frame extraction (cues,
// holders, propositions with their event families) over the development
// suite's articles in ten languages.
func BenchmarkExtractSuite(b *testing.B) {
	files, _ := filepath.Glob("../eval/questions/*/*.txt")
	benchExtract(b, files)
}

// A stated number without a holder keeps the holder of the number before
// it; a judgement in words in the article's own voice ends the run.
func TestNumbersKeepTheirHolder(t *testing.T) {
	cases := []struct{ lang, text, holder string }{
		{"en", "Polymarket gives Biden a 55% chance of dropping out. A week ago the chance was only 19%.", "Polymarket"},
		{"de", "Die Buchmacher geben Trump eine Chance von 60 Prozent. Vor einem Monat lag die Chance bei 45 Prozent.", "Die Buchmacher"},
		{"pl", "Bukmacherzy dają Trumpowi szanse na poziomie 60 proc. Miesiąc temu szanse wynosiły 45 proc.", "Bukmacherzy"},
		{"ru", "Букмекеры оценивают шансы Трампа в 60 процентов. Месяц назад шансы составляли 45 процентов.", "Букмекеры"},
		{"sv", "Spelbolagen ger Trump en chans på 60 procent. För en månad sedan var chansen 45 procent.", "Spelbolagen"},
		{"fr", "Les parieurs donnent à Trump 60 % de chances. Il y a un mois, ses chances étaient de 45 %.", "Les parieurs"},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		if len(js) < 2 || js[1].Holder == nil || js[1].Holder.Name != c.holder {
			t.Errorf("%s %q: want the second number held by %s, got %+v", c.lang, c.text, c.holder, js)
		}
	}
}

// Not judgements: a sentence that asks, and a month called May.
func TestQuestionsAndMonthsJudgeNothing(t *testing.T) {
	for lang, text := range map[string]string{
		"en": "Will Ukraine join the EU by 2030?",
		"de": "Wird die Ukraine der EU wahrscheinlich beitreten?",
		"pl": "Czy Ukraina prawdopodobnie wejdzie do Unii?",
		"ru": "Вероятно ли, что Украина вступит в ЕС?",
		"sv": "Kommer Ukraina troligen att gå med i EU?",
		"fr": "L'Ukraine va-t-elle probablement rejoindre l'UE ?",
		"es": "¿Ganará Sánchez las elecciones?",
	} {
		if js := judge(t, lang, text); len(js) > 0 {
			t.Errorf("%s %q: a question judges nothing, got %+v", lang, text, js)
		}
	}
	if js := judge(t, "en", "The ECB will decide on rates in May, officials said."); len(js) > 0 && js[0].Modal {
		t.Errorf("“in May” is a month: %+v", js)
	}
}

// Stated uncertainty is roughly even (weighted like a bare possibility
// where the lexicon lists it among the modals).
func TestStatedUncertainty(t *testing.T) {
	for lang, text := range map[string]string{
		"en": "It is hard to say whether Sánchez will resign, said analyst Anna Smith.",
		"pl": "Trudno powiedzieć, czy Sánchez poda się do dymisji – powiedział Jan Nowak.",
		"ru": "«Трудно сказать, уйдет ли Санчес в отставку», – сказал Иван Петров.",
		"sv": "Det är svårt att säga om Sánchez avgår, säger Anna Berg.",
		"es": "Nadie sabe qué hará Sánchez, dijo Ana López.",
		"de": "Es ist schwer zu sagen, ob Sánchez zurücktritt, sagte Max Weber.",
	} {
		js := judge(t, lang, text)
		if len(js) == 0 || js[0].Band != "roughly_even" {
			t.Errorf("%s %q: want an even judgement, got %+v", lang, text, js)
		}
	}
}
