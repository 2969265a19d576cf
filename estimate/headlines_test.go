package estimate_test

import (
	"testing"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/ingest"
)

// judgeTitled runs the whole pipeline on an article with a title.
func judgeTitled(t *testing.T, lang, title, text string) *kent.Article {
	t.Helper()
	setup(t)
	a, err := proc.Process(ingest.Doc{Source: "t", Format: kent.FormatJSONL, Title: title, Text: text, Language: lang})
	if err != nil {
		t.Fatalf("%s %q: %v", lang, title, err)
	}
	return a
}

// headlines returns the judgements an article's title states.
func headlines(js []kent.Judgement) []kent.Judgement {
	var out []kent.Judgement
	for _, j := range js {
		if j.Headline {
			out = append(out, j)
		}
	}
	return out
}

// A title that states a judgement yields one, held by whom the title names
// ("Economists:", "…, says Fitch") or by the outlet, with spans into the
// title and the title as its words; a title that asks yields none. The
// body here states no judgement, so the title is the article's only one.
func TestHeadlinesStateJudgements(t *testing.T) {
	const facts = "The council met on Monday. The minutes will be published next week."
	cases := []struct{ lang, title, body, cue, band, holder string }{
		{"en", "Economists: ECB rate cut in June all but certain", facts, "all but certain", "almost_certain", "Economists"},
		{"en", "Russian default on its debt is imminent, says Fitch", "Fitch Ratings cut Russia's rating on Thursday. The agency gave no date.", "imminent", "very_likely", "Fitch"},
		{"de", "Ökonomen: Zinssenkung der EZB im Juni so gut wie sicher", "Der Rat tagte am Montag in Frankfurt.", "so gut wie sicher", "almost_certain", "Ökonomen"},
		{"pl", "Ekonomiści: obniżka stóp w czerwcu mało prawdopodobna", "Rada zebrała się w poniedziałek w Warszawie.", "mało prawdopodobna", "unlikely", "Ekonomiści"},
		{"ru", "Эксперты: отставка премьера в этом году маловероятна", "Совет собрался в понедельник в Москве.", "маловероятна", "unlikely", "Эксперты"},
		{"uk", "Експерти: відставка прем'єра цього року малоймовірна", "Рада зібралася в понеділок у Києві.", "малоймовірна", "unlikely", "Експерти"},
		{"sv", "Räntesänkning i juni mycket sannolik", "Riksbanken sammanträdde i måndags i Stockholm.", "mycket sannolik", "very_likely", ""},
	}
	for _, c := range cases {
		a := judgeTitled(t, c.lang, c.title, c.body)
		hs := headlines(a.Judgements)
		j := find(hs, c.cue)
		if j == nil || j.Band != c.band {
			t.Errorf("%s %q: want %s at %q, got\n%s", c.lang, c.title, c.band, c.cue, dump(a.Judgements))
			continue
		}
		h := ""
		if j.Holder != nil {
			h = j.Holder.Name
		}
		if h != c.holder {
			t.Errorf("%s %q: holder %q, want %q", c.lang, c.title, h, c.holder)
		}
		if j.Sentence != -1 || j.Words != a.Title || a.Title[j.CueSpan.Start:j.CueSpan.End] != j.Cue {
			t.Errorf("%s %q: sentence %d, words %q, cue span %v: want -1, the title, the cue", c.lang, c.title, j.Sentence, j.Words, j.CueSpan)
		}
	}
	for _, c := range []struct{ lang, title, body string }{
		{"en", "Will the ECB cut rates in June?", facts},
		{"de", "Regierung vor dem Aus? So wahrscheinlich ist der Bruch der Koalition", "Der Rat tagte am Montag in Berlin."},
		{"pl", "Czy EBC obniży stopy w czerwcu? Oto co mówią ekonomiści", "Rada zebrała się w poniedziałek w Warszawie."},
		{"ru", "Уйдёт ли премьер в отставку? Что говорят эксперты", "Совет собрался в понедельник в Москве."},
		{"es", "Israel prepara su ofensiva, pero ¿cómo y cuándo?", "El consejo se reunió el lunes en Madrid."},
	} {
		if hs := headlines(judgeTitled(t, c.lang, c.title, c.body).Judgements); len(hs) > 0 {
			t.Errorf("%s %q asks: want no judgement, got\n%s", c.lang, c.title, dump(hs))
		}
	}
}

// A headline sums up its article: where the body gives the same voice, or
// judges its event at all, the title is not read again; a topic
// label before a colon ("Explained:") is no one's name.
func TestHeadlinesAddOnlyNewVoices(t *testing.T) {
	cases := []struct{ lang, title, body string }{
		{"en", "Colonel Kemp: Ukraine has no chance of joining the EU", "Ukraine has no chance of joining the EU, said Richard Kemp, a retired colonel."},
		{"en", "Explained: why an EU gas embargo might be a long way off", "An EU embargo on Russian gas is unlikely this year, officials said."},
		{"de", "EU-Gasembargo in weiter Ferne", "Ein EU-Gasembargo ist in diesem Jahr unwahrscheinlich, sagte ein Diplomat."},
		{"pl", "Ekonomiści: obniżka stóp w czerwcu mało prawdopodobna", "Obniżka stóp w czerwcu jest mało prawdopodobna, uważają ekonomiści."},
		// A source after a dash whose report the body retells under other names.
		{"en", "Recession in Germany unlikely this year – Reuters", "A recession in Germany is unlikely this year, an economist at the Ifo institute told Reuters."},
	}
	for _, c := range cases {
		a := judgeTitled(t, c.lang, c.title, c.body)
		if hs := headlines(a.Judgements); len(hs) > 0 {
			t.Errorf("%s %q: the body gives this voice, want no headline judgement, got\n%s", c.lang, c.title, dump(hs))
		}
		if len(a.Judgements) == 0 {
			t.Errorf("%s %q: the body's judgement is gone", c.lang, c.body)
		}
	}
	a := judgeTitled(t, "en", "Explained: why an EU gas embargo might be a long way off", "The council met on Monday. The minutes will be published next week.")
	for _, j := range headlines(a.Judgements) {
		if j.Holder != nil {
			t.Errorf("%q held by %q: a topic label holds nothing", j.Cue, j.Holder.Name)
		}
	}
}

// "The most optimistic" describes who or what, it judges nothing: "Even
// the most optimistic officials counted on accession around 2030".
func TestMostOptimisticJudgesNothing(t *testing.T) {
	for _, c := range []struct{ lang, text, word string }{
		{"en", "Even the most optimistic officials counted on accession around 2030.", "optimistic"},
		{"fr", "Même les responsables les plus optimistes tablaient jusqu'ici sur une adhésion vers 2030.", "optimistes"},
		{"pl", "Najbardziej optymistyczni urzędnicy mówili dotąd o akcesji około 2030 roku.", "optymistyczni"},
		{"ru", "Самые оптимистичные чиновники до сих пор говорили о вступлении около 2030 года.", "оптимистичные"},
		{"sv", "De mest optimistiska bedömarna har räknat med medlemskap kring 2030.", "optimistiska"},
	} {
		for _, j := range judge(t, c.lang, c.text) {
			if j.Cue == c.word || j.Cue == "Najbardziej optymistyczni" {
				t.Errorf("%s %q: %q read as a judgement (%s)", c.lang, c.text, j.Cue, j.Band)
			}
		}
	}
}

// A title that asks and then answers is read at its answer, about what it
// asked; a teaser after the question announces and judges nothing
// (TestHeadlinesStateJudgements).
func TestHeadlineAnswersItsQuestion(t *testing.T) {
	for _, c := range []struct{ lang, title, body, cue, band string }{
		{"en", "Will the ECB cut rates in June? Experts doubt it", "The council met on Monday. The minutes will be published next week.", "doubt it", "unlikely"},
		{"pl", "Czy EBC obniży stopy w czerwcu? Eksperci: mało prawdopodobne", "Rada zebrała się w poniedziałek w Warszawie.", "mało prawdopodobne", "unlikely"},
		{"en", "Will the ECB cut rates in June? Economists are all but certain", "The council met on Monday. The minutes will be published next week.", "all but certain", "almost_certain"},
		{"de", "Neuwahlen im Juni? Politologin hält das für relativ unwahrscheinlich", "Der Rat tagte am Montag in Berlin.", "unwahrscheinlich", "unlikely"},
		{"pl", "Powszechna mobilizacja w Rosji? Ukraiński resort obrony: taki scenariusz jest możliwy", "Rada zebrała się w poniedziałek w Warszawie.", "możliwy", "roughly_even"},
		{"pl", "Czy EBC obniży stopy w czerwcu? To bardzo prawdopodobne", "Rada zebrała się w poniedziałek w Warszawie.", "bardzo prawdopodobne", "very_likely"},
		{"ru", "Уйдёт ли премьер в отставку? Это маловероятно", "Совет собрался в понедельник в Москве.", "маловероятно", "unlikely"},
		{"sv", "Blir det nyval i höst? Experter: mycket osannolikt", "Riksdagen samlades i måndags i Stockholm.", "mycket osannolikt", "very_unlikely"},
		{"fr", "Des élections anticipées ? Peu probable, selon les experts", "Le conseil s'est réuni lundi à Paris.", "Peu probable", "unlikely"},
		{"it", "Elezioni anticipate? Secondo gli esperti è molto improbabile", "Il consiglio si è riunito lunedì a Roma.", "molto improbabile", "very_unlikely"},
	} {
		a := judgeTitled(t, c.lang, c.title, c.body)
		hs := headlines(a.Judgements)
		j := find(hs, c.cue)
		if j == nil || j.Band != c.band {
			t.Errorf("%s %q: want %s at %q, got\n%s", c.lang, c.title, c.band, c.cue, dump(a.Judgements))
			continue
		}
		if len(j.Proposition.Events) == 0 {
			t.Errorf("%s %q: the answer's proposition names no event; want the question's", c.lang, c.title)
		}
	}
}

// A title in the outlet's voice says something of its own where the body
// judges other things: "Bulgaria may join the euro zone in 2026" over a
// body whose only judgement weighs how the talks will go is a judgement on
// joining that the body does not restate.
func TestHeadlineKeptWhereBodyJudgesOtherEvents(t *testing.T) {
	for _, c := range []struct{ lang, title, body, cue string }{
		{"en", "Bulgaria may join the euro zone in 2026", "The finance ministers met on Monday. The talks are likely to be long and difficult, a diplomat said.", "may"},
		{"ru", "Болгария может вступить в еврозону в 2026 году", "Министры финансов встретились в понедельник. Переговоры, скорее всего, будут долгими и трудными, сказал дипломат.", "может"},
		{"pl", "Bułgaria może wejść do strefy euro w 2026 roku", "Ministrowie finansów spotkali się w poniedziałek. Rozmowy będą prawdopodobnie długie i trudne, powiedział dyplomata.", "może"},
		{"de", "Bulgarien könnte 2026 der Eurozone beitreten", "Die Finanzminister trafen sich am Montag. Die Gespräche dürften lang und schwierig werden, sagte ein Diplomat.", "könnte"},
		{"uk", "Болгарія може вступити до єврозони у 2026 році", "Міністри фінансів зустрілися в понеділок. Переговори, ймовірно, будуть довгими і важкими, сказав дипломат.", "може"},
	} {
		a := judgeTitled(t, c.lang, c.title, c.body)
		if len(a.Judgements) == len(headlines(a.Judgements)) {
			t.Errorf("%s %q: the body's judgement is gone, got\n%s", c.lang, c.body, dump(a.Judgements))
		}
		if j := find(headlines(a.Judgements), c.cue); j == nil {
			t.Errorf("%s %q: want the title's judgement at %q, got\n%s", c.lang, c.title, c.cue, dump(a.Judgements))
		}
	}
}

// A source named after a closing dash holds the title's judgement, as one
// before a colon does: "Economy will shrink in 2023 – Ifo", "… — Reuters".
func TestHeadlineSourceAfterDash(t *testing.T) {
	for _, c := range []struct{ lang, title, body, cue, holder string }{
		{"en", "Russian default on its debt is imminent - Fitch", "The council met on Monday. Fitch published a note.", "imminent", "Fitch"},
		{"uk", "Економіка Німеччини скоротиться у 2023 році – Ifo", "Рада зібралася в понеділок у Києві. Ifo опублікував звіт.", "скоротиться", "Ifo"},
		{"ru", "Отставка премьера в этом году маловероятна — Reuters", "Совет собрался в понедельник в Москве. Reuters опубликовало статью.", "маловероятна", "Reuters"},
		{"de", "Rezession in diesem Jahr unwahrscheinlich – Ifo", "Der Rat tagte am Montag in Berlin. Das Ifo veröffentlichte einen Bericht.", "unwahrscheinlich", "Ifo"},
	} {
		a := judgeTitled(t, c.lang, c.title, c.body)
		j := find(headlines(a.Judgements), c.cue)
		if j == nil || j.Holder == nil || j.Holder.Name != c.holder {
			t.Errorf("%s %q: want %q held by %s, got\n%s", c.lang, c.title, c.cue, c.holder, dump(a.Judgements))
		}
	}
	// A hyphen inside a word, or a lower-case phrase after a dash, names no one.
	for _, c := range []struct{ lang, title, body string }{
		{"de", "EU-Gasembargo unwahrscheinlich", "Der Rat tagte am Montag in Berlin."},
		{"en", "Recession is unlikely – and that is good news", "The council met on Monday."},
	} {
		for _, j := range headlines(judgeTitled(t, c.lang, c.title, c.body).Judgements) {
			if j.Holder != nil {
				t.Errorf("%s %q: %q held by %q, want the outlet's voice", c.lang, c.title, j.Cue, j.Holder.Name)
			}
		}
	}
}

// A title that opens with a denial before an event noun forecasts that the
// event will not happen ("No peace deal this year" is "there will be no
// peace deal"); one before any other noun ("No comment from …") judges
// nothing.
func TestHeadlineDenialIsAFirmForecast(t *testing.T) {
	for _, c := range []struct{ lang, title, body, cue, holder string }{
		{"en", "No peace deal this year", "The council met on Monday.", "No", ""},
		{"fr", "Pas de traité de paix en 2024", "Le conseil s'est réuni lundi à Paris.", "Pas de", ""},
		{"fr", "EIU : pas de traité de paix en 2024, mais des négociations", "Le conseil s'est réuni lundi. L'EIU a publié son rapport.", "pas de", "EIU"},
		{"de", "Keine Zinssenkung im Juni", "Der Rat tagte am Montag in Berlin.", "Keine", ""},
		{"pl", "Brak porozumienia pokojowego w tym roku", "Rada zebrała się w poniedziałek w Warszawie.", "Brak", ""},
		{"ru", "Никакого перемирия до конца года", "Совет собрался в понедельник в Москве.", "Никакого", ""},
		{"uk", "Жодного перемир'я до кінця року", "Рада зібралася в понеділок у Києві.", "Жодного", ""},
		{"it", "Nessun accordo di pace quest'anno", "Il consiglio si è riunito lunedì a Roma.", "Nessun", ""},
		{"es", "Ningún acuerdo de paz este año", "El consejo se reunió el lunes en Madrid.", "Ningún", ""},
	} {
		a := judgeTitled(t, c.lang, c.title, c.body)
		j := find(headlines(a.Judgements), c.cue)
		if j == nil || j.Band != "almost_certain" || !j.Proposition.Negated || len(j.Proposition.Events) == 0 {
			t.Errorf("%s %q: want a firm forecast of a negative proposition at %q, got\n%s", c.lang, c.title, c.cue, dump(a.Judgements))
			continue
		}
		if h := j.Holder; (h == nil) != (c.holder == "") || h != nil && h.Name != c.holder {
			t.Errorf("%s %q: holder %+v, want %q", c.lang, c.title, h, c.holder)
		}
	}
	for _, c := range []struct{ lang, title, body string }{
		{"en", "No comment from the ministry", "The council met on Monday."},
		{"de", "Keine Angaben zum Treffen", "Der Rat tagte am Montag in Berlin."},
	} {
		if hs := headlines(judgeTitled(t, c.lang, c.title, c.body).Judgements); len(hs) > 0 {
			t.Errorf("%s %q: want no judgement, got\n%s", c.lang, c.title, dump(hs))
		}
	}
}

// A title that names its topic before a colon and its verdict after
// ("Отставка Шмыгаля: вопрос решён") judges the topic: the proposition
// takes the event named before the colon.
func TestHeadlineVerdictOnItsTopic(t *testing.T) {
	for _, c := range []struct{ lang, title, body, cue string }{
		{"ru", "Отставка Шмыгаля: вопрос решён", "Совет собрался в понедельник в Москве.", "вопрос решён"},
		{"uk", "Відставка Шмигаля: питання вирішене", "Рада зібралася в понеділок у Києві.", "питання вирішене"},
		{"de", "Rücktritt des Kanzlers: so gut wie sicher", "Der Rat tagte am Montag in Berlin.", "so gut wie sicher"},
		{"en", "Early election: a done deal", "The council met on Monday.", "a done deal"},
	} {
		a := judgeTitled(t, c.lang, c.title, c.body)
		j := find(headlines(a.Judgements), c.cue)
		if j == nil || j.Band != "almost_certain" || len(j.Proposition.Events) == 0 {
			t.Errorf("%s %q: want almost certain at %q about the topic's event, got\n%s", c.lang, c.title, c.cue, dump(a.Judgements))
		}
	}
}
