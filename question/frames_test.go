package question_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/question"
)

// Any yes/no question in Kent's languages reads as a frame: subject (a
// country, an organisation or a person), event family, object, polarity
// and time bound.
func TestQuestionFrames(t *testing.T) {
	m, _, _ := setup(t)
	cases := []struct {
		text, kind, key, family, object, time string
		negated                               bool
	}{
		{"Will Ukraine become a member of the European Union by 2030?", "place", "UA", "membership", "EU", "by 2030", false},
		{"Wird die Ukraine bis 2030 Mitglied der Europäischen Union?", "place", "UA", "membership", "EU", "2030", false},
		{"Czy Ukraina nie wstąpi do Unii Europejskiej do 2030 roku?", "place", "UA", "membership", "EU", "do 2030 roku", true},
		{"Вступит ли Украина в Евросоюз до 2030 года?", "place", "UA", "membership", "EU", "до 2030 года", false},
		{"Kommer Sverige att gå med i Nato i år?", "place", "SE", "membership", "NATO", "", false},
		{"Will the ECB cut interest rates in June 2024?", "organisation", "ECB", "rate-cut", "", "2024", false},
		{"Чи знизить ставку ЄЦБ до літа?", "organisation", "ECB", "rate-cut", "", "", false},
		{"Will Donald Trump win the 2024 US presidential election?", "person", "trmp", "win", "", "2024", false},
		{"Dimitirá Pedro Sánchez como presidente del Gobierno?", "person", "snhs", "resign", "", "", false},
		{"Will Russia default on its foreign debt in 2022?", "place", "RU", "default", "", "in 2022", false},
	}
	for _, c := range cases {
		q, err := m.Understand(question.Question{Text: c.text})
		if err != nil {
			t.Errorf("%q: %v", c.text, err)
			continue
		}
		obj := ""
		if q.Object != nil {
			obj = q.Object.Key
		}
		if q.Subject == nil || q.Subject.Kind != c.kind || q.Subject.Key != c.key || q.Family != c.family || obj != c.object || q.Negated != c.negated || c.time != "" && !strings.Contains(q.TimeBound, c.time) {
			t.Errorf("%q: understood %s (time %q), want %s %s %s object %q time %q negated %v", c.text, m.Frame(q).Summary, q.TimeBound, c.kind, c.key, c.family, c.object, c.time, c.negated)
		}
	}
}

// A question Kent cannot read says what it found and what it lacks; a file
// may set what the text does not say.
func TestUnderstandSaysWhatIsMissing(t *testing.T) {
	m, _, _ := setup(t)
	for text, lacks := range map[string]string{
		"What is the weather?":    "lacks a subject (a place, organisation or person Kent knows) and an event",
		"Will Ukraine be happy?":  "found subject Ukraine (place UA)",
		"Will the talks be held?": "lacks a subject",
	} {
		if _, err := m.Understand(question.Question{Text: text}); err == nil || !strings.Contains(err.Error(), lacks) {
			t.Errorf("%q: error %v, want it to say %q", text, err, lacks)
		}
	}
	q, err := m.Understand(question.Question{Text: "Will it happen?", Subject: &kent.FrameEntity{Name: "Serbia", Kind: "place", Key: "RS"}, Family: "membership"})
	if err != nil || q.Family != "membership" || q.Subject.Key != "RS" {
		t.Errorf("a question file's frame: %+v %v", q, err)
	}
}

// A judgement counts when its proposition has the question's subject and
// family; another subject, another object or another kind of predicate is
// set aside with its reason; an opposite or a refusal reads inverted.
func TestRelevanceByFrame(t *testing.T) {
	m, p, _ := setup(t)
	q, err := m.Understand(question.Question{Text: "Will Ukraine join the European Union by 2030?"})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		lang, text string
		about      bool
		forEvent   bool   // P(event) above even
		reason     string // a part of the set-aside reason
	}{
		{"en", "Analyst Anna Smith said Ukraine is unlikely to join the EU before 2030.", true, false, ""},
		{"de", "Der Politologe Max Weber sagte, die Ukraine werde der EU wahrscheinlich beitreten.", true, true, ""},
		{"pl", "Ekspert Jan Nowak uważa, że członkostwo Ukrainy w Unii Europejskiej jest mało prawdopodobne.", true, false, ""},
		{"ru", "По словам эксперта Ивана Петрова, вступление Украины в Евросоюз маловероятно.", true, false, ""},
		{"uk", "Експерт Олег Шевченко вважає, що вступ України до ЄС малоймовірний.", true, false, ""},
		{"sv", "Analytikern Anna Berg bedömer att det är osannolikt att Ukraina blir medlem i EU snart.", true, false, ""},
		// Another subject, another object, another predicate.
		{"en", "Analyst Anna Smith said Serbia is unlikely to join the EU soon.", false, false, "not of Ukraine"},
		{"en", "Analyst Anna Smith said Ukraine is unlikely to join NATO soon.", false, false, "another object: NATO"},
		{"en", "Analyst Anna Smith said Ukraine's economy is likely to grow next year.", false, false, "the predicate is not membership"},
		// Refusing and vetoing turn it around.
		{"en", "Analyst Anna Smith said Hungary will very likely veto Ukraine's accession to the EU.", true, false, ""},
		{"de", "Der Politologe Max Weber hält es für unwahrscheinlich, dass die EU den Beitritt der Ukraine ablehnt.", true, true, ""},
	}
	for _, c := range cases {
		hs := judgements(t, p, c.lang, c.text, "x", time.Time{})
		if len(hs) == 0 {
			t.Errorf("%s %q: no judgement", c.lang, c.text)
			continue
		}
		o := m.Outlook(q, hs, 1, question.Options{})
		switch {
		case c.about && len(o.Contributions) == 0:
			t.Errorf("%s %q: not pooled; set aside %+v", c.lang, c.text, o.SetAside)
		case c.about && (o.Contributions[0].P > 0.5) != c.forEvent:
			t.Errorf("%s %q: P(event) %v, want for=%v (%s)", c.lang, c.text, o.Contributions[0].P, c.forEvent, o.Contributions[0].Proposition)
		case !c.about && (len(o.Contributions) > 0 || len(o.SetAside) == 0 || !strings.Contains(o.SetAside[0].Reason, c.reason)):
			t.Errorf("%s %q: want set aside with %q; pooled %+v set aside %+v", c.lang, c.text, c.reason, o.Contributions, o.SetAside)
		}
	}
}

// A person is one subject across scripts and case endings: Trump, Трампа,
// Trumpa, Трампом; an article about the subject lends it to a proposition
// that names no other.
func TestPersonSubjectAndTopic(t *testing.T) {
	m, p, _ := setup(t)
	q, err := m.Understand(question.Question{Text: "Will Donald Trump win the 2024 presidential election?"})
	if err != nil {
		t.Fatal(err)
	}
	for lang, text := range map[string]string{
		"en": "Analyst Anna Smith said Trump is likely to win the election.",
		"pl": "Analityk Jan Nowak uważa, że zwycięstwo Trumpa w wyborach jest prawdopodobne.",
		"ru": "По словам аналитика Ивана Петрова, победа Трампа на выборах вероятна.",
		"uk": "Аналітик Олег Шевченко вважає, що Трамп ймовірно переможе на виборах.",
		"de": "Der Politologe Max Weber sagte, ein Sieg von Trump sei wahrscheinlich.",
		"fr": "Selon l'analyste Pierre Martin, une victoire de Trump est probable.",
	} {
		o := m.Outlook(q, judgements(t, p, lang, text, "x", time.Time{}), 1, question.Options{})
		if len(o.Contributions) != 1 || o.Contributions[0].P < 0.55 {
			t.Errorf("%s %q: pooled %+v, set aside %+v", lang, text, o.Contributions, o.SetAside)
		}
	}
	hs := judgements(t, p, "en", "Trump is likely to win Pennsylvania, said analyst Anna Smith.\n\nA win in November is also likely, said analyst Bob Jones.", "x", time.Time{})
	if o := m.Outlook(q, hs, 1, question.Options{}); len(o.Contributions) != 2 || len(o.SetAside) != 0 {
		t.Errorf("the article's topic should lend the subject: pooled %+v set aside %+v", o.Contributions, o.SetAside)
	}
	hs = judgements(t, p, "en", "Harris is likely to win Pennsylvania, said analyst Anna Smith.\n\nA win in November is also likely, said analyst Bob Jones.", "x", time.Time{})
	if o := m.Outlook(q, hs, 1, question.Options{}); len(o.Contributions) != 0 || len(o.SetAside) != 2 {
		t.Errorf("an article not about Trump lends nothing: pooled %+v set aside %+v", o.Contributions, o.SetAside)
	}
}

// A question whose answer changed shows the change: an old voice ages out
// of the series, and each point says how many voices it holds.
func TestSeriesFollowsWhatPeopleSayNow(t *testing.T) {
	m, p, _ := setup(t)
	q, err := m.Understand(question.Question{Text: "Will Joe Biden withdraw from the presidential race?"})
	if err != nil {
		t.Fatal(err)
	}
	june := time.Date(2024, 6, 3, 0, 0, 0, 0, time.UTC)
	var hits []kent.JudgementHit
	hits = append(hits, judgements(t, p, "en", "Analyst Anna Smith said Biden is very unlikely to withdraw from the race.", "a", june)...)
	hits = append(hits, judgements(t, p, "de", "Der Politologe Max Weber sagte, ein Rückzug Bidens sei unwahrscheinlich.", "b", june.AddDate(0, 0, 2))...)
	hits = append(hits, judgements(t, p, "en", "Analyst Bob Jones said Biden will very likely withdraw from the race.", "c", june.AddDate(0, 0, 70))...)
	o := m.Outlook(q, hits, 3, question.Options{Now: june.AddDate(0, 1, 0)})
	if len(o.Series) != 2 {
		t.Fatalf("series %+v", o.Series)
	}
	first, last := o.Series[0], o.Series[1]
	if first.P >= 0.5 || first.Holders != 2 || last.P <= 0.5 || last.Holders != 1 {
		t.Errorf("series %+v: want against with 2 voices in June, for with 1 voice in August (June's voices aged out)", o.Series)
	}
	o = m.Outlook(q, hits, 3, question.Options{Now: june, VoiceAge: -1})
	if last := o.Series[len(o.Series)-1]; last.Holders != 3 {
		t.Errorf("without ageing the last point holds every voice: %+v", o.Series)
	}
}

// "This is unlikely" refers back to the previous sentence's frame, in any
// language, even at the start of a paragraph; a forecast whose own verb is
// another predicate (an effect) is set aside.
func TestReferenceBackAndForecastPredicate(t *testing.T) {
	m, p, _ := setup(t)
	q, err := m.Understand(question.Question{Text: "Will Ukraine join the European Union by 2030?"})
	if err != nil {
		t.Fatal(err)
	}
	for lang, text := range map[string]string{
		"en": "Ukraine hopes to join the EU by 2030.\n\n“This is unlikely,” said analyst Anna Smith.",
		"de": "Die Ukraine will bis 2030 der EU beitreten.\n\n„Das ist unwahrscheinlich“, sagte der Politologe Max Weber.",
		"pl": "Ukraina chce wstąpić do Unii Europejskiej do 2030 roku.\n\n– To mało prawdopodobne – powiedział ekspert Jan Nowak.",
		"ru": "Украина хочет вступить в Евросоюз к 2030 году.\n\n«Это маловероятно», – сказал эксперт Иван Петров.",
		"uk": "Україна хоче вступити до Євросоюзу до 2030 року.\n\n«Це малоймовірно», – сказав експерт Олег Шевченко.",
		"sv": "Ukraina vill gå med i EU före 2030.\n\n– Det är osannolikt, säger analytikern Anna Berg.",
	} {
		o := m.Outlook(q, judgements(t, p, lang, text, "x", time.Time{}), 1, question.Options{})
		if len(o.Contributions) != 1 || o.Contributions[0].P >= 0.5 {
			t.Errorf("%s: want one pooled judgement against; pooled %+v set aside %+v", lang, o.Contributions, o.SetAside)
		}
	}
	q, err = m.Understand(question.Question{Text: "Will the European Union impose an embargo on Russian gas in 2022?"})
	if err != nil {
		t.Fatal(err)
	}
	hs := judgements(t, p, "ru", "По словам премьера де Кроо, нефтяное эмбарго Евросоюза ударит по России сильнее, чем газовое.", "x", time.Time{})
	if o := m.Outlook(q, hs, 1, question.Options{}); len(o.Contributions) != 0 || len(o.SetAside) == 0 || !strings.Contains(o.SetAside[0].Reason, "attack") {
		t.Errorf("an effect forecast: pooled %+v set aside %+v", o.Contributions, o.SetAside)
	}
}

// One person is one voice however articles name them: in full, by the
// surname alone, inflected or in another script. A surname shared by two
// people in the pool stays a voice of its own.
func TestOnePersonOneVoice(t *testing.T) {
	m, p, _ := setup(t)
	q, err := m.Understand(question.Question{Text: "Will Donald Trump win the 2024 presidential election?"})
	if err != nil {
		t.Fatal(err)
	}
	day := time.Date(2024, 10, 1, 0, 0, 0, 0, time.UTC)
	var hs []kent.JudgementHit
	for i, a := range []struct{ lang, text string }{
		{"en", "Trump is likely to win the election, said analyst Anna Smith."},
		{"en", "Smith said that a Trump victory in the election is likely."},
		{"ru", "Аналитик Анна Смит считает, что победа Трампа на выборах вероятна."},
	} {
		hs = append(hs, judgements(t, p, a.lang, a.text, fmt.Sprint("outlet", i), day)...)
	}
	o := m.Outlook(q, hs, 3, question.Options{})
	if len(o.Contributions) != 1 || len(o.Contributions[0].AlsoIn) != 2 {
		t.Fatalf("want one voice with two copies; pooled %+v", o.Contributions)
	}
	hs = append(hs, judgements(t, p, "en", "Trump will probably win the election, said historian John Smith.", "outlet9", day)...)
	o = m.Outlook(q, hs, 4, question.Options{})
	if len(o.Contributions) != 3 {
		t.Errorf("Anna Smith, John Smith and a bare Smith who may be either: want 3 voices, got %d: %+v", len(o.Contributions), o.Contributions)
	}
}

// An expectation reported as held before ("had expected", "erwarteten
// zuvor", "wcześniej zakładano") is shown set aside with that reason, not
// pooled as what its holder says now.
func TestPastExpectationsAreSetAside(t *testing.T) {
	m, p, _ := setup(t)
	q, err := m.Understand(question.Question{Text: "Will the ECB cut interest rates in June?"})
	if err != nil {
		t.Fatal(err)
	}
	for lang, text := range map[string]string{
		"en": "Analyst Anna Smith had expected the ECB to cut rates in June.",
		"de": "Die Analystin Anna Schmidt erwartete zuvor, dass die EZB im Juni die Zinsen senkt.",
	} {
		hs := judgements(t, p, lang, text, "x", time.Time{})
		o := m.Outlook(q, hs, 1, question.Options{})
		if len(o.Contributions) != 0 || len(o.SetAside) != 1 || !strings.Contains(o.SetAside[0].Reason, "held before") {
			t.Errorf("%s %q: pooled %+v, set aside %+v", lang, text, o.Contributions, o.SetAside)
		}
	}
}
