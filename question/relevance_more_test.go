package question_test

import (
	"strings"
	"testing"
	"time"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/ingest"
	"github.com/kentnews/kent/pipeline"
	"github.com/kentnews/kent/question"
)

// titled is judgements of an article with a title.
func titled(t *testing.T, p *pipeline.Processor, lang, title, text string, published time.Time) []kent.JudgementHit {
	t.Helper()
	a, err := p.Process(ingest.Doc{Source: "t-" + lang, Format: kent.FormatJSONL, Title: title, Text: text, Language: lang, Outlet: "t-" + lang, Published: published})
	if err != nil {
		t.Fatal(err)
	}
	return a.JudgementHits()
}

// find returns the relevance of the judgement whose sentence holds words.
func find(t *testing.T, m *question.Matcher, q question.Question, hits []kent.JudgementHit, words string) (kent.JudgementHit, question.Relevance) {
	t.Helper()
	rel := m.Relevances(q, hits)
	for i, h := range hits {
		if strings.Contains(h.Words, words) {
			return h, rel[i]
		}
	}
	t.Fatalf("no judgement in %q; got %d: %+v", words, len(hits), hits)
	return kent.JudgementHit{}, question.Relevance{}
}

// A judgement that expects the event in a named month after the
// question's bound is about a later event, set aside with why; one on the
// question's window is pooled.
// "Likely by an earlier time" and "not by a later deadline" still count.
func TestTimeBoundsCompared(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will the ECB cut its key interest rates by June 2024?")
	march := time.Date(2024, 3, 4, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		lang, text, later, same string
	}{
		{"en", "Economist Anna Smith said the ECB is likely to cut rates in September. Economist Bob Jones said the ECB is likely to cut rates in June.", "September", "June"},
		{"de", "Eine Zinssenkung der EZB im September ist wahrscheinlich, sagte die Ökonomin Anna Schmidt. Eine Zinssenkung der EZB im Juni ist wahrscheinlich, sagte der Ökonom Bernd Braun.", "September", "Juni"},
		{"fr", "Selon l'économiste Anne Dubois, la BCE baissera probablement ses taux en septembre. Selon l'économiste Paul Martin, la BCE baissera probablement ses taux en juin.", "septembre", "juin"},
		{"es", "Según la economista Ana García, el BCE probablemente bajará los tipos en septiembre. Según el economista Luis Pérez, el BCE probablemente bajará los tipos en junio.", "septiembre", "junio"},
		{"pl", "Ekonomistka Anna Nowak uważa, że EBC prawdopodobnie obniży stopy we wrześniu. Ekonomista Jan Kowalski uważa, że EBC prawdopodobnie obniży stopy w czerwcu.", "wrześniu", "czerwcu"},
		{"ru", "По словам экономиста Анны Ивановой, ЕЦБ, вероятно, снизит ставки в сентябре. По словам экономиста Ивана Петрова, ЕЦБ, вероятно, снизит ставки в июне.", "сентябре", "июне"},
		{"sv", "Enligt ekonomen Anna Svensson kommer ECB sannolikt att sänka räntan i september. Enligt ekonomen Per Olsson kommer ECB sannolikt att sänka räntan i juni.", "september", "juni"},
	}
	for _, c := range cases {
		hits := judgements(t, p, c.lang, c.text, "x-"+c.lang, march)
		if _, r := find(t, m, q, hits, c.later); r.About || !strings.Contains(r.Reason, "another time") {
			t.Errorf("%s: a cut in %s, of a question by June: %+v, want set aside as another time", c.lang, c.later, r)
		}
		if _, r := find(t, m, q, hits, c.same); !r.About || r.Apart != "" {
			t.Errorf("%s: a cut in %s, of a question by June: %+v, want pooled", c.lang, c.same, r)
		}
		o := m.Outlook(q, hits, 1, question.Options{Now: march})
		if len(o.Contributions) != 1 || len(o.SetAside) != 1 || !strings.Contains(o.SetAside[0].Reason, "after the question's") {
			t.Errorf("%s: pooled %d, set aside %+v", c.lang, len(o.Contributions), o.SetAside)
		}
	}
	// Earlier and later deadlines: only what bears on the bound counts.
	q = understand(t, m, "Will Ukraine join the EU by 2030?")
	hits := judgements(t, p, "en", "Analyst Anna Smith said Ukraine is unlikely to join the EU by 2027. Analyst Bob Jones said Ukraine is unlikely to join the EU before 2035. Analyst Carl Berg said Ukraine is likely to join the EU by 2028.", "y", time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC))
	if _, r := find(t, m, q, hits, "2027"); !strings.Contains(r.Apart, "says little") {
		t.Errorf("unlikely by 2027 of a question by 2030: %+v, want apart", r)
	}
	if _, r := find(t, m, q, hits, "2035"); !r.About || r.Apart != "" {
		t.Errorf("unlikely before 2035 of a question by 2030: %+v, want pooled", r)
	}
	if _, r := find(t, m, q, hits, "2028"); !r.About || r.Apart != "" {
		t.Errorf("likely by 2028 of a question by 2030: %+v, want pooled", r)
	}
}

// One event implies another (data: implies: in all.yaml): a coalition's
// collapse brings an early election. That it is likely bears on the
// question, with the reason shown; that it is unlikely says little, since
// an early election may come about another way, and is shown apart.
func TestImpliedEventBearsOnTheQuestion(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Germany hold an early federal election?")
	nov := time.Date(2024, 11, 4, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, text string }{
		{"en", "Analyst Anna Smith said a collapse of the coalition in Germany is likely."},
		{"de", "Ein Bruch der Koalition in Deutschland ist wahrscheinlich, sagte der Politologe Max Weber."},
		{"fr", "Selon le politologue Paul Martin, l'éclatement de la coalition en Allemagne est probable."},
		{"it", "Secondo il politologo Marco Rossi, la rottura della coalizione in Germania è probabile."},
		{"pl", "Politolog Jan Kowalski uważa, że rozpad koalicji w Niemczech jest prawdopodobny."},
		{"ru", "По словам политолога Ивана Петрова, распад коалиции в Германии вероятен."},
		{"sv", "Enligt statsvetaren Per Olsson är det troligt att regeringen faller i Tyskland."},
	} {
		hits := judgements(t, p, c.lang, c.text, "i-"+c.lang, nov)
		if len(hits) != 1 {
			t.Fatalf("%s: %d judgements", c.lang, len(hits))
		}
		o := m.Outlook(q, hits, 1, question.Options{Now: nov})
		if len(o.Contributions) != 1 || !strings.Contains(o.Contributions[0].Reason, "collapse, which implies snap-election") || o.Direction != "for" {
			t.Errorf("%s: pooled %+v set aside %+v, want the collapse read as for an early election, with why", c.lang, o.Contributions, o.SetAside)
		}
	}
	hits := judgements(t, p, "en", "Analyst Bob Jones said a collapse of the coalition in Germany is unlikely.", "i-neg", nov)
	o := m.Outlook(q, hits, 1, question.Options{Now: nov})
	if len(o.Contributions) != 0 || len(o.SetAside) != 1 || !strings.Contains(o.SetAside[0].Reason, "says little") {
		t.Errorf("an unlikely collapse: pooled %+v set aside %+v, want shown apart", o.Contributions, o.SetAside)
	}
	// The implied family alone: a collapse question is not answered by
	// judgements on early elections.
	q = understand(t, m, "Will the German coalition collapse?")
	hits = judgements(t, p, "en", "Analyst Anna Smith said an early election in Germany is likely.", "i-rev", nov)
	if o := m.Outlook(q, hits, 1, question.Options{Now: nov}); len(o.Contributions) != 0 {
		t.Errorf("an early election does not imply a collapse: pooled %+v", o.Contributions)
	}
}

// A proposition that names no event of its own — "this scenario", "esa
// opción", "to odległa perspektywa" — is about the event its article's
// title names, when that is the question's; the brief says so. A title on
// something else lends nothing.
func TestGenericPropositionTakesTheTitlesEvent(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Ukraine join the EU?")
	day := time.Date(2024, 5, 6, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, title, text string }{
		{"en", "When will Ukraine join the EU?", "Analyst Anna Smith said this scenario is unlikely."},
		{"de", "Wann kommt der Beitritt der Ukraine zur EU?", "Dieses Szenario sei unwahrscheinlich, sagte der Analyst Max Weber."},
		{"fr", "L'adhésion de l'Ukraine à l'UE en débat", "Selon l'analyste Paul Martin, ce scénario est improbable."},
		{"es", "La adhesión de Ucrania a la UE, a debate", "Según el analista Luis Pérez, esa opción es poco probable."},
		{"pl", "Kiedy Ukraina wstąpi do Unii Europejskiej?", "To odległa perspektywa i mało prawdopodobna – powiedział analityk Jan Kowalski."},
		{"uk", "Коли Україна вступить до ЄС?", "Цей сценарій малоймовірний, заявив аналітик Іван Петренко."},
	} {
		hits := titled(t, p, c.lang, c.title, c.text, day)
		if len(hits) == 0 {
			t.Fatalf("%s: no judgement in %q", c.lang, c.text)
		}
		rel := m.Relevances(q, hits)
		if !rel[0].About || rel[0].Topic == "" {
			t.Errorf("%s: %q under %q: %+v, want about joining through the title", c.lang, hits[0].Proposition.Text, c.title, rel[0])
			continue
		}
		o := m.Outlook(q, hits, 1, question.Options{Now: day})
		if len(o.Contributions) != 1 || !strings.Contains(o.Contributions[0].Reason, "title names") || o.Direction != "against" {
			t.Errorf("%s: pooled %+v, want one voice against, saying it reads the title", c.lang, o.Contributions)
		}
		// The same words under a title on something else.
		other := titled(t, p, c.lang, "Kyiv", c.text, day)
		if r := m.Relevances(q, other); len(r) > 0 && r[0].About {
			t.Errorf("%s: under a title that names no event: %+v", c.lang, r[0])
		}
	}
}

// Entering the question's organisation is joining it (data: into: on the
// concept), in any language; entering a war is not.
func TestEnteringTheOrganisationIsJoiningIt(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Ukraine become a member of the EU?")
	day := time.Date(2024, 5, 6, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, text string }{
		{"pl", "Analityk Jan Kowalski uważa, że Ukraina do UE prawdopodobnie nie wejdzie."},
		{"ru", "По мнению аналитика Ивана Петрова, Украина вряд ли войдёт в ЕС."},
		{"uk", "На думку аналітика Івана Петренка, Україна навряд чи увійде до ЄС."},
		{"sv", "Enligt analytikern Per Olsson kommer Ukraina troligen inte att gå in i EU."},
		{"de", "Die Ukraine wird wahrscheinlich nicht in die EU eintreten, sagte der Analyst Max Weber."},
		{"fr", "Selon l'analyste Paul Martin, l'Ukraine n'entrera probablement pas dans l'UE."},
	} {
		hits := judgements(t, p, c.lang, c.text, "e-"+c.lang, day)
		if len(hits) == 0 {
			t.Fatalf("%s: no judgement", c.lang)
		}
		o := m.Outlook(q, hits, 1, question.Options{Now: day})
		if len(o.Contributions) != 1 || o.Direction != "against" {
			t.Errorf("%s: %q: pooled %+v set aside %+v, want one voice against joining", c.lang, hits[0].Proposition.Text, o.Contributions, o.SetAside)
		}
	}
	hits := judgements(t, p, "pl", "Analityk Jan Kowalski uważa, że Ukraina prawdopodobnie nie wejdzie do wojny z Rosją.", "e-war", day)
	if o := m.Outlook(q, hits, 1, question.Options{Now: day}); len(o.Contributions) != 0 {
		t.Errorf("entering a war is not joining the EU: %+v", o.Contributions)
	}
}

// A change of candidate is the candidate's withdrawal, in any language,
// where the article is about the candidate; a place the sentence names is
// where it happens, not another subject.
func TestChangeOfCandidateIsWithdrawal(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Joe Biden withdraw from the presidential race?")
	day := time.Date(2024, 7, 8, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, text string }{
		{"en", "Analyst Anna Smith said a change of candidate is likely."},
		{"de", "Ein Kandidatenwechsel ist wahrscheinlich, sagte der Analyst Max Weber."},
		{"fr", "Selon l'analyste Paul Martin, un changement de candidat est probable."},
		{"es", "Según el analista Luis Pérez, un cambio de candidato es probable."},
		{"it", "Secondo l'analista Marco Rossi, un cambio di candidato è probabile."},
		{"pl", "Analityk Jan Kowalski uważa, że zmiana kandydata jest prawdopodobna."},
		{"ru", "Аналитик Иван Петров считает, что замена кандидата вполне вероятна."},
		{"sv", "Enligt analytikern Per Olsson är ett kandidatbyte troligt."},
		// Where the event happens is no other subject of it.
		{"en", "Analyst Anna Smith said a change of candidate before the election in the USA is likely."},
		{"de", "Ein Kandidatenwechsel vor der Wahl in den USA ist wahrscheinlich, sagte der Analyst Max Weber."},
		{"pl", "Analityk Jan Kowalski uważa, że przed wyborami w USA zmiana kandydata jest prawdopodobna."},
	} {
		hits := titled(t, p, c.lang, "Biden", c.text, day)
		if len(hits) == 0 {
			t.Fatalf("%s: no judgement", c.lang)
		}
		o := m.Outlook(q, hits, 1, question.Options{Now: day})
		if len(o.Contributions) != 1 || o.Direction != "for" {
			t.Errorf("%s: %q: pooled %+v set aside %+v, want one voice for the withdrawal", c.lang, hits[0].Proposition.Text, o.Contributions, o.SetAside)
		}
	}
}

// French and Italian write an article onto a name ("dell'Unione europea",
// "de l'Union européenne"): the name is the question's subject all the same.
func TestElidedArticleBeforeAName(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will the EU impose an embargo on Russian gas?")
	day := time.Date(2022, 5, 2, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, text string }{
		{"fr", "Selon l'analyste Paul Martin, un embargo de l'Union européenne sur le gaz russe est improbable."},
		{"it", "Secondo l'analista Marco Rossi, un embargo dell'Unione europea sul gas russo è improbabile."},
	} {
		hits := judgements(t, p, c.lang, c.text, "l-"+c.lang, day)
		if len(hits) == 0 {
			t.Fatalf("%s: no judgement", c.lang)
		}
		if r := m.Relevances(q, hits); !r[0].About || !r[0].Subject {
			t.Errorf("%s: %q: %+v, want about the EU's embargo", c.lang, hits[0].Proposition.Text, r[0])
		}
	}
}

// A judgement with no time of its own, said after the question's bound
// had passed, is about a later time (a new wave, the next vote): set
// aside as not about the question, with the date, in six languages. The same words said within the
// window are pooled.
func TestSaidAfterTheBound(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will the ECB cut its key interest rates in 2024?")
	within, after := time.Date(2024, 3, 4, 0, 0, 0, 0, time.UTC), time.Date(2025, 2, 10, 0, 0, 0, 0, time.UTC)
	cases := []struct{ lang, text, words string }{
		{"en", "Economist Anna Smith said the ECB is likely to cut rates.", "likely"},
		{"de", "Eine Zinssenkung der EZB ist wahrscheinlich, sagte die Ökonomin Anna Schmidt.", "wahrscheinlich"},
		{"pl", "Ekonomistka Anna Nowak uważa, że EBC prawdopodobnie obniży stopy.", "prawdopodobnie"},
		{"ru", "По словам экономиста Анны Ивановой, ЕЦБ, вероятно, снизит ставки.", "вероятно"},
		{"sv", "Enligt ekonomen Anna Svensson kommer ECB sannolikt att sänka räntan.", "sannolikt"},
		{"fr", "Selon l'économiste Anne Dubois, la BCE baissera probablement ses taux.", "probablement"},
	}
	for _, c := range cases {
		if _, r := find(t, m, q, judgements(t, p, c.lang, c.text, "in-"+c.lang, within), c.words); !r.About || r.Apart != "" {
			t.Errorf("%s: said within the year: %+v, want pooled", c.lang, r)
		}
		if _, r := find(t, m, q, judgements(t, p, c.lang, c.text, "after-"+c.lang, after), c.words); r.About || !strings.Contains(r.Reason, "said on 2025-02-10, after the question's") {
			t.Errorf("%s: said after the year: %+v, want set aside with the date", c.lang, r)
		}
	}
}
