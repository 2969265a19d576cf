package estimate_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/kentnews/kent"
)

// aboutEvent returns the first judgement whose proposition names the event
// concept, or nil.
func aboutEvent(js []kent.Judgement, event string) *kent.Judgement {
	for i := range js {
		if slices.Contains(js[i].Proposition.Events, event) {
			return &js[i]
		}
	}
	return nil
}

func holderName(j *kent.Judgement) string {
	if j == nil || j.Holder == nil {
		return ""
	}
	return j.Holder.Name
}

// A belief verb whose clause forecasts an event is a judgement of that
// event held by the believer, whether it is read at the belief verb (a
// that-clause in the present, as German, Dutch and Finnish speak of the
// future) or at the forecast's own verb; the believer holds it, not the
// clause's subject.
func TestBeliefsWithAForecast(t *testing.T) {
	cases := []struct{ lang, text, event, holder string }{
		{"en", "Most strategists at Nomura think the European Central Bank will cut rates in June.", "rate-cut", "Nomura"},
		{"de", "Die Volkswirte der Commerzbank gehen davon aus, dass Deutschland in eine Rezession rutscht.", "recession", "Commerzbank"},
		{"nl", "De economen van ING denken dat Duitsland in een recessie belandt.", "recession", "ING"},
		{"fi", "Nordean ekonomistit uskovat, että Saksan talous ajautuu taantumaan.", "recession", "Nordean"},
		{"es", "Los analistas de Funcas creen que el BCE recortará su tipo de depósito en junio.", "rate-cut", "Funcas"},
		{"pl", "Ekonomiści Pekao uważają, że Niemcy wpadną w recesję jeszcze w tym roku.", "recession", "Pekao"},
		{"ru", "Аналитики Сбербанка считают, что экономика Германии скатится в рецессию.", "recession", "Сбербанка"},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		j := aboutEvent(js, c.event)
		if j == nil {
			t.Errorf("%s %q: no judgement about %s in\n%s", c.lang, c.text, c.event, dump(js))
			continue
		}
		if b := j.Band; b != "likely" && b != "very_likely" && b != "almost_certain" {
			t.Errorf("%s %q: band %s, want likely or above", c.lang, c.text, b)
		}
		if h := holderName(j); !strings.Contains(h, c.holder) {
			t.Errorf("%s %q: holder %q, want one naming %q", c.lang, c.text, h, c.holder)
		}
	}
}

// A belief with no forecast judges nothing: "I think" alone, a belief
// about the past, an event word that is only the subject of what follows
// ("the recession will be shallow").
func TestBeliefsWithoutAForecast(t *testing.T) {
	for lang, text := range map[string]string{
		"en": "Analysts think the recession will be shallow.",
		"fr": "Les analystes pensent que la récession a été brève.",
		"de": "Die Analysten glauben, dass die Rezession mild war.",
		"pl": "Analitycy uważają, że recesja była płytka.",
		"sv": "Ekonomerna anser att recessionen var mild.",
		"it": "Gli analisti ritengono che la recessione sia stata breve.",
	} {
		for _, j := range judge(t, lang, text) {
			t.Errorf("%s %q: want no judgement, got %q (%s)", lang, text, j.Cue, j.Band)
		}
	}
}

// "None of the economists surveyed" is a share of zero: almost no chance,
// held by the group.
func TestSharesOfNone(t *testing.T) {
	for lang, text := range map[string]string{
		"en": "None of the economists surveyed expect a recession this year.",
		"de": "Keiner der befragten Ökonomen erwartet eine Rezession.",
		"fr": "Aucun des économistes interrogés ne prévoit une récession cette année.",
		"es": "Ninguno de los economistas consultados prevé una recesión este año.",
		"pl": "Żaden z ankietowanych ekonomistów nie spodziewa się recesji.",
		"ru": "Никто из опрошенных экономистов не ожидает рецессии.",
		"sv": "Ingen av de tillfrågade ekonomerna förväntar sig en recession.",
	} {
		js := judge(t, lang, text)
		j := aboutEvent(js, "recession")
		if j == nil || j.Scale != "numeric" || j.Value != 0 || j.Band != "almost_no_chance" || j.Holder == nil {
			t.Errorf("%s %q: want a share of zero held by the group, got\n%s", lang, text, dump(js))
		}
	}
}

// Two shares with verbs of their own are two judgements; a share that
// restates the one before ("13 of 25, or 52%") is not another.
func TestSeveralShares(t *testing.T) {
	js := judge(t, "en", "Two-thirds of economists expect a recession by December, with half of the respondents saying it will begin in the autumn.")
	var vals []float64
	for _, j := range js {
		if j.Scale == "numeric" {
			vals = append(vals, j.Value)
		}
	}
	if len(vals) != 2 || vals[0] < 0.66 || vals[0] > 0.67 || vals[1] != 0.5 {
		t.Errorf("want shares 0.67 and 0.5, got %v in\n%s", vals, dump(js))
	}
	js = judge(t, "en", "Thirteen of 25 economists, or 52%, expected a recession.")
	n := 0
	for _, j := range js {
		if j.Scale == "numeric" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("a restated share counted %d times:\n%s", n, dump(js))
	}
}

// A probability "near zero" is almost no chance in every language.
func TestNearZero(t *testing.T) {
	for lang, text := range map[string]string{
		"en": "Analysts say the probability of a recession this year is close to zero.",
		"sv": "Enligt SEB är sannolikheten för en recession i år nära noll.",
		"de": "Die Wahrscheinlichkeit einer Rezession ist nach Ansicht der Ökonomen nahezu null.",
		"fr": "Selon les économistes, la probabilité d'une récession est proche de zéro.",
		"it": "Secondo gli economisti la probabilità di una recessione è vicina allo zero.",
		"pl": "Według ekonomistów prawdopodobieństwo recesji jest bliskie zeru.",
		"ru": "По словам экономистов, вероятность рецессии близка к нулю.",
	} {
		js := judge(t, lang, text)
		if j := aboutEvent(js, "recession"); j == nil || j.Band != "almost_no_chance" {
			t.Errorf("%s %q: want almost no chance of a recession, got\n%s", lang, text, dump(js))
		}
	}
}

// A degree word right next to a risk that heads its phrase makes a
// judgement; a risk that only qualifies another noun does not.
func TestRiskWithADegree(t *testing.T) {
	cases := []struct{ lang, text, band string }{
		{"en", "Fitch sees a high risk of default by Russia.", "likely"},
		{"de", "Der Ökonom sieht ein hohes Risiko, dass Russland in den Zahlungsausfall rutscht.", "likely"},
		{"fr", "Fitch voit un risque élevé de défaut de paiement de la Russie.", "likely"},
		{"es", "Fitch ve un riesgo alto de impago de Rusia.", "likely"},
		{"sv", "Analytikern ser en stor risk att Ryssland hamnar i betalningsinställelse.", "likely"},
		{"pl", "Agencja widzi wysokie ryzyko niewypłacalności Rosji.", "likely"},
		{"it", "Secondo Fitch il rischio di default della Russia è basso.", ""},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		j := aboutEvent(js, "default")
		switch {
		case c.band == "" && j != nil:
			t.Errorf("%s %q: a risk with its degree across a copula is read, got %q", c.lang, c.text, j.Cue)
		case c.band != "" && (j == nil || j.Band != c.band):
			t.Errorf("%s %q: want %s about default, got\n%s", c.lang, c.text, c.band, dump(js))
		}
	}
	for _, text := range []string{`This would be a “high risk” strategy for the bank, he said.`, "It is a high-risk strategy, the banker said."} {
		for _, j := range judge(t, "en", text) {
			t.Errorf("%q: want no judgement, got %q", text, j.Cue)
		}
	}
}

// A percentage right before a word of certainty is a probability without
// any chance noun.
func TestPercentCertain(t *testing.T) {
	for lang, text := range map[string]string{
		"en": "Many economists are 90 percent sure of a recession in Germany this year.",
		"pl": "Dla wielu ekonomistów recesja w Niemczech jest w 90 proc. pewna.",
		"de": "Viele Ökonomen sind sich zu 90 Prozent sicher, dass eine Rezession kommt.",
		"ru": "Экономисты на 90% уверены в рецессии в Германии.",
		"uk": "Економісти на 90% впевнені в рецесії в Німеччині.",
		"sv": "Ekonomerna är 90 procent säkra på en recession i Tyskland.",
		"nl": "Economen zijn voor 90 procent zeker van een recessie in Duitsland.",
	} {
		js := judge(t, lang, text)
		found := false
		for _, j := range js {
			found = found || j.Scale == "numeric" && j.Value == 0.9
		}
		if !found {
			t.Errorf("%s %q: want 0.9, got\n%s", lang, text, dump(js))
		}
	}
	for _, j := range judge(t, "en", "Prices rose 5 percent, and officials are sure the rise will slow.") {
		if j.Scale == "numeric" {
			t.Errorf("a figure apart from its certainty word read as %q", j.Cue)
		}
	}
}

// "There is a risk that", optimism and hope that remains are judgements
// of what follows; optimism denied is unlikely.
func TestRiskOptimismAndHope(t *testing.T) {
	cases := []struct{ lang, text, cue, band string }{
		{"sv", "Det finns en risk att Ryssland ställer in betalningarna, säger Hammarlund.", "Det finns en risk", "roughly_even"},
		{"en", "There is a risk that Russia will default, the analyst said.", "There is a risk that", "roughly_even"},
		{"de", "Es besteht die Gefahr, dass Russland zahlungsunfähig wird.", "Es besteht die Gefahr", "roughly_even"},
		{"pl", "Istnieje ryzyko, że Rosja nie spłaci długu.", "Istnieje ryzyko", "roughly_even"},
		{"en", "There is cautious optimism on all sides that a deal can be reached.", "cautious optimism", "likely"},
		{"fr", "Les négociateurs se disent optimistes sur un accord.", "optimistes", "likely"},
		{"ru", "Оптимизма нет ни у политиков, ни у экспертов.", "Оптимизма нет", "unlikely"},
		{"en", "The president said that hope is not entirely lost.", "hope is not entirely lost", "roughly_even"},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		j := find(js, c.cue)
		if j == nil {
			for i := range js {
				if strings.HasPrefix(c.cue, js[i].Cue) {
					j = &js[i]
				}
			}
		}
		if j == nil || j.Band != c.band {
			t.Errorf("%s %q: want %s at %q, got\n%s", c.lang, c.text, c.band, c.cue, dump(js))
		}
	}
}

// A future a named speaker says in a quote is a categorical forecast even
// where it names no event: the question decides whether it is about its
// event (a pronoun pointing back) or something else, set aside.
func TestQuotedBareFutures(t *testing.T) {
	cases := []struct{ lang, text, cue, holder string }{
		{"it", "«Ce la faranno», ha detto Donald Trump ai giornalisti.", "faranno", "Trump"},
		{"fr", "« Les prix baisseront l'an prochain », a déclaré l'économiste Jean Dupont.", "baisseront", "Dupont"},
		{"es", "«El gobierno lo anunciará mañana», dijo el portavoz Juan Pérez.", "anunciará", "Pérez"},
		{"en", "\"It will happen sooner than people think,\" said analyst John Smith.", "will", "Smith"},
		{"de", "„Die Preise werden im Herbst sinken“, sagte der Ökonom Hans Müller.", "werden", "Müller"},
		{"sv", "\"Priserna kommer att sjunka i höst\", säger analytikern Per Svensson.", "kommer att", "Svensson"},
		{"ru", "«Цены будут снижаться осенью», – сказал политолог Иван Петров.", "будут", "Петров"},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		j := find(js, c.cue)
		if j == nil || !j.Categorical || !strings.Contains(holderName(j), c.holder) {
			t.Errorf("%s %q: want a categorical forecast at %q held by %s, got\n%s", c.lang, c.text, c.cue, c.holder, dump(js))
		}
	}
	for _, text := range []string{
		"The summit will open on Monday in Brussels.",
		"\"Political will is lacking,\" said John Smith.",
		"\"It will all come down to whether the president decides to act,\" said John Smith.",
		"\"The recession will be shallow,\" said John Smith.",
	} {
		for _, j := range judge(t, "en", text) {
			t.Errorf("%q: want no judgement, got %q (%s)", text, j.Cue, j.Band)
		}
	}
}

// A verb that raises or lowers a chance is a judgement that it moves; a
// denied seeing verb denies it; even chances are even. A figure after
// the verb is the judgement instead.
func TestMovedAndDeniedChances(t *testing.T) {
	cases := []struct{ lang, text, band, trend string }{
		{"en", "Fitch said the new sanctions raise the probability that Russia will default.", "likely", "up"},
		{"de", "Nach Ansicht der Ökonomen steigt die Wahrscheinlichkeit, dass Russland in den Zahlungsausfall rutscht.", "likely", "up"},
		{"it", "Secondo gli analisti le sanzioni aumentano la possibilità di un default della Russia.", "likely", "up"},
		{"ru", "По мнению аналитиков, шансы на дефолт России растут.", "likely", "up"},
		{"sv", "Enligt analytikerna minskar risken för en rysk betalningsinställelse.", "unlikely", "down"},
		{"pl", "Według ekonomistów nie widać na razie szans na niewypłacalność Rosji.", "very_unlikely", ""},
		{"ru", "«Я не вижу в ближайшее время возможности дефолта России», – сказал аналитик.", "very_unlikely", ""},
		{"en", "Analysts do not see any chance of a Russian default this year.", "very_unlikely", ""},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		j := aboutEvent(js, "default")
		if j == nil || j.Band != c.band || j.Trend != c.trend {
			t.Errorf("%s %q: want %s (trend %q) about default, got\n%s", c.lang, c.text, c.band, c.trend, dump(js))
		}
	}
	for lang, text := range map[string]string{
		"pl": "Sondaże dają obu kandydatom wyrównane szanse na zwycięstwo w wyborach.",
		"en": "The model gives both candidates even chances of victory in the election.",
		"de": "Die Umfragen sehen für beide Kandidaten ausgeglichene Chancen auf einen Sieg bei der Wahl.",
		"ru": "Опросы дают обоим кандидатам равные шансы на победу на выборах.",
		"fr": "Les sondages donnent aux deux candidats des chances égales de victoire à l'élection.",
		"sv": "Mätningarna ger båda kandidaterna jämna chanser att vinna valet.",
	} {
		js := judge(t, lang, text)
		found := false
		for _, j := range js {
			found = found || j.Band == "roughly_even"
		}
		if !found {
			t.Errorf("%s %q: want even chances, got\n%s", lang, text, dump(js))
		}
	}
	js := judge(t, "en", "The day after the debate the probability jumped to 42%.")
	if len(js) != 1 || js[0].Scale != "numeric" {
		t.Errorf("a moved chance with a figure: want only the figure, got\n%s", dump(js))
	}
}

// A count whose total came first is a share: "Из 30 … 22 ожидают".
func TestSharesWithTheTotalFirst(t *testing.T) {
	for lang, text := range map[string]string{
		"ru": "Из 30 опрошенных экономистов 24 ожидают рецессии в Германии.",
		"en": "Of the 30 economists polled, 24 expect a recession in Germany.",
		"de": "Von den 30 befragten Ökonomen erwarten 24 eine Rezession.",
		"pl": "Spośród 30 ankietowanych ekonomistów 24 spodziewa się recesji.",
		"sv": "Av 30 tillfrågade ekonomer förväntar sig 24 en recession.",
		"fr": "Sur 30 économistes interrogés, 24 prévoient une récession.",
	} {
		js := judge(t, lang, text)
		found := false
		for _, j := range js {
			found = found || j.Scale == "numeric" && j.Value == 0.8
		}
		if !found {
			t.Errorf("%s %q: want a share of 0.8, got\n%s", lang, text, dump(js))
		}
	}
	for _, j := range judge(t, "en", "In 2023, 22 economists expected a recession.") {
		if j.Scale == "numeric" {
			t.Errorf("a year read as a total: %q %.3f", j.Cue, j.Value)
		}
	}
}

// A belief with nothing believed — only the holder and the reporting verb
// around it — judges nothing; with a clause it does.
func TestBeliefWithoutProposition(t *testing.T) {
	for lang, text := range map[string]string{
		"en": "\"I think,\" he said.",
		"de": "„Ich glaube“, sagte Müller.",
		"pl": "– Myślę – powiedział Kowalski.",
		"ru": "«Думаю», – сказал Петров.",
		"it": "«Credo», ha detto Rossi.",
		"es": "«Creo», dijo Pérez.",
	} {
		for _, j := range judge(t, lang, text) {
			t.Errorf("%s %q: want no judgement, got %q (%s)", lang, text, j.Cue, j.Band)
		}
	}
	js := judge(t, "de", "„Ich glaube, dass Deutschland in eine Rezession rutscht“, sagte Müller.")
	if j := aboutEvent(js, "recession"); j == nil {
		t.Errorf("a belief with its clause: want a judgement about recession, got\n%s", dump(js))
	}
}

// A short cue closing the sentence after a comma judges the clause before
// it: "Russia will default, I think."
func TestTrailingCueJudgesTheClauseBefore(t *testing.T) {
	for lang, text := range map[string]string{
		"en": "Russia will default this year, I think.",
		"pl": "Rosja nie spłaci długu w terminie, sądzę.",
		"fr": "La Russie sera en défaut de paiement cette année, probablement.",
		"it": "La Russia andrà in default quest'anno, credo.",
		"es": "Rusia entrará en impago este año, creo.",
		"nl": "Rusland gaat dit jaar in default, denk ik.",
	} {
		js := judge(t, lang, text)
		if aboutEvent(js, "default") == nil {
			t.Errorf("%s %q: want a judgement about default, got\n%s", lang, text, dump(js))
		}
	}
}
