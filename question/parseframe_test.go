package question_test

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/ingest"
	"github.com/kentnews/kent/question"
)

// frameCase is one article and what the brief must do with its judgement.
type frameCase struct{ lang, text string }

// outlookOf briefs q on one article.
func outlookOf(t *testing.T, m *question.Matcher, q question.Question, c frameCase) (pooled, aside []string) {
	t.Helper()
	_, p, _ := setup(t)
	o := m.Outlook(q, judgements(t, p, c.lang, c.text, "x", time.Time{}), 1, question.Options{})
	for _, x := range o.Contributions {
		pooled = append(pooled, x.Cue)
	}
	for _, x := range o.SetAside {
		aside = append(aside, x.Cue+" ("+x.Reason+")")
	}
	return pooled, aside
}

// "Harris has been the favourite" in an article about Trump is a
// judgement on Harris: the parse finds the favourite's subject, another
// person than the question's, in every language, though the article's
// topic is Trump. In a race with one winner a rival's favourite status
// bounds Trump's chance from above: it is pooled against him, its
// complement (see TestRivalFavouriteIsAgainst).
func TestFavouriteOfAnotherPersonIsAgainst(t *testing.T) {
	m, p, _ := setup(t)
	q, err := m.Understand(question.Question{Text: "Will Donald Trump win the 2024 presidential election?"})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []frameCase{
		{"en", "Donald Trump and the race\n\nFor weeks, Kamala Harris has been the clear favourite."},
		{"sv", "Donald Trump och valet\n\nKamala Harris har varit favorit under stora delar av hösten."},
		{"de", "Donald Trump und die Wahl\n\nKamala Harris gilt seit Wochen als klare Favoritin."},
		{"pl", "Donald Trump i wybory\n\nKamala Harris jest od tygodni wyraźną faworytką."},
		{"ru", "Дональд Трамп и выборы\n\nКамала Харрис уже несколько недель остаётся явным фаворитом."},
		{"fr", "Donald Trump et l'élection\n\nKamala Harris est depuis des semaines la grande favorite."},
	} {
		o := m.Outlook(q, judgements(t, p, c.lang, c.text, "x", time.Time{}), 1, question.Options{})
		if len(o.Contributions) != 1 || o.Pooled == nil || *o.Pooled >= 0.45 {
			t.Errorf("%s %q: want the rival's favourite status pooled against Trump; pooled %v from %d, set aside %d", c.lang, c.text, o.Pooled, len(o.Contributions), len(o.SetAside))
		}
	}
}

// Idioms of doom ("his days are numbered") are likely judgements that the
// person goes: pooled for a question on resigning.
func TestDoomIdiomsBearOnResigning(t *testing.T) {
	m, _, _ := setup(t)
	q, err := m.Understand(question.Question{Text: "Will Pedro Sánchez resign?"})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []frameCase{
		{"en", "Analyst Ann Lee said Pedro Sánchez's days are numbered."},
		{"de", "Der Politologe Max Weber sagte, die Tage von Pedro Sánchez seien gezählt."},
		{"fr", "Selon le politologue Jean Martin, Pedro Sánchez a les jours comptés."},
		{"es", "Según el politólogo Juan Pérez, Pedro Sánchez tiene los días contados."},
		{"it", "Secondo il politologo Marco Rossi, Pedro Sánchez ha i giorni contati."},
		{"ru", "По словам политолога Ивана Петрова, дни Педро Санчеса сочтены."},
		{"pl", "Zdaniem politologa Jana Nowaka dni Pedra Sáncheza są policzone."},
	} {
		if pooled, aside := outlookOf(t, m, q, c); len(pooled) != 1 {
			t.Errorf("%s %q: want the idiom pooled; pooled %v, set aside %v", c.lang, c.text, pooled, aside)
		}
	}
}

// A question's time bound is the year after a preposition, in any
// language, even where another year qualifies a noun.
func TestQuestionTimeBoundAfterAPreposition(t *testing.T) {
	m, _, _ := setup(t)
	for text, want := range map[string]string{
		"Will Iran and the world powers restore the 2015 nuclear deal in 2022?": "in 2022",
		"Wird die Ukraine bis 2030 der EU beitreten?":                           "bis 2030",
		"Czy Ukraina wejdzie do Unii Europejskiej do 2030 roku?":                "do 2030 roku",
		"Вступит ли Украина в Евросоюз к 2030 году?":                            "к 2030 году",
		"Чи вступить Україна до ЄС до 2030 року?":                               "до 2030 року",
		"Kommer Ukraina att gå med i EU till 2030?":                             "till 2030",
	} {
		if got := m.Parse(text).TimeBound; got != want {
			t.Errorf("%q: time bound %q, want %q", text, got, want)
		}
	}
}

// A family the sentence names only in a subordinate clause is not what
// the judgement judges: "Even if Putin at one time thought of pushing …
// the Belarusian military, towards Ukraine, he is probably now realising
// that this could backfire" (examples/belarus; the surface clause borrows
// the sentence before, the parse frame sees that the realising is judged).
func TestFamilyInAnotherClauseIsNotJudged(t *testing.T) {
	m, p, bel := setup(t)
	data, err := os.ReadFile("../examples/belarus/002_87f583545b90d6d8.txt")
	if err != nil {
		t.Fatal(err)
	}
	a, err := p.Process(ingest.Doc{Source: "002", Format: kent.FormatText, Text: string(data)})
	if err != nil {
		t.Fatal(err)
	}
	o := m.Outlook(bel, a.JudgementHits(), 1, question.Options{})
	for _, c := range o.Contributions {
		if strings.Contains(c.Words, "could backfire") && strings.Contains(c.Words, "Even if") {
			t.Errorf("pooled as entering the war: «%s» in %q", c.Cue, c.Words)
		}
	}
}
