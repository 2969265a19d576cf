package question_test

import (
	"strings"
	"testing"
	"time"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/lexicon"
	"github.com/kentnews/kent/question"
)

// A categorical "will" does not outweigh hedged judgements: a forecast
// that the event happens is pooled as very likely, not almost certain, so
// one holder's "will join" at half weight against another's "unlikely"
// leaves the question open instead of tipping it for. A categorical "will
// not" keeps its band.
func TestCategoricalWillIsFirmNotCertain(t *testing.T) {
	m, p, _ := setup(t)
	q, err := m.Understand(question.Question{Text: "Will Ukraine join the European Union by 2030?"})
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2024, 6, 3, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, will, unlikely, willNot string }{
		{"en", "Analyst Anna Smith said Ukraine will join the EU by 2030.",
			"Professor Bob Jones said Ukraine is unlikely to join the EU by 2030.",
			"Analyst Carl Brown said Ukraine will not join the EU by 2030."},
		{"de", "Die Analystin Anna Schmidt sagte, die Ukraine wird bis 2030 der EU beitreten.",
			"Der Professor Bernd Jung sagte, ein EU-Beitritt der Ukraine bis 2030 sei unwahrscheinlich.",
			"Der Analyst Carl Braun sagte, die Ukraine wird bis 2030 der EU nicht beitreten."},
		{"pl", "Analityczka Anna Kowalska powiedziała, że Ukraina wejdzie do UE do 2030 roku.",
			"Profesor Jan Nowak powiedział, że członkostwo Ukrainy w UE do 2030 roku jest mało prawdopodobne.",
			"Analityk Piotr Zieliński powiedział, że Ukraina nie wejdzie do UE do 2030 roku."},
		{"ru", "Аналитик Анна Смирнова заявила, что Украина вступит в ЕС до 2030 года.",
			"Профессор Борис Иванов заявил, что вступление Украины в ЕС до 2030 года маловероятно.",
			"Аналитик Павел Петров заявил, что Украина не вступит в ЕС до 2030 года."},
	} {
		var hits []kent.JudgementHit
		hits = append(hits, judgements(t, p, c.lang, c.will, "a", now)...)
		hits = append(hits, judgements(t, p, c.lang, c.unlikely, "b", now)...)
		o := m.Outlook(q, hits, 2, question.Options{Now: now})
		cat := false
		for _, ct := range o.Contributions {
			if ct.Kind == "categorical" {
				cat = true
				if ct.P != 0.875 || ct.Band != "very_likely" {
					t.Errorf("%s: want the categorical «%s» pooled as very likely (0.875), got %.3f %s", c.lang, ct.Cue, ct.P, ct.Band)
				}
			}
		}
		if !cat || o.Holders != 2 || o.Direction != "even" {
			t.Errorf("%s: want a categorical and a hedged voice pooled about even, got %v %q, %d holders: %+v", c.lang, o.Pooled, o.Direction, o.Holders, o.Contributions)
		}
		not := m.Outlook(q, judgements(t, p, c.lang, c.willNot, "c", now), 1, question.Options{Now: now})
		if len(not.Contributions) != 1 || not.Contributions[0].Kind != "categorical" || not.Contributions[0].P > 0.05 {
			t.Errorf("%s: want «will not» kept at the lowest band, got %+v", c.lang, not.Contributions)
		}
	}
}

// `kent estimates` and the brief band a categorical forecast alike: an
// unhedged "will join" is very likely in both, a "will not join" almost no
// chance of joining in both. A forecast said with certainty ("is sure that
// … will") is almost certain in estimates and capped at very likely in the
// brief, whose line says so; an unhedged forecast of the event's opposite
// ("will stay out") is a firm refusal there, almost no chance.
func TestCategoricalBandedAlikeInEstimateAndBrief(t *testing.T) {
	m, p, _ := setup(t)
	q, err := m.Understand(question.Question{Text: "Will Ukraine join the European Union by 2030?"})
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2024, 6, 3, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, text, band string }{
		{"en", "Analyst Anna Smith said Ukraine will join the EU by 2030.", "very_likely"},
		{"de", "Die Analystin Anna Schmidt sagte, die Ukraine wird bis 2030 der EU beitreten.", "very_likely"},
		{"de", "Der Analyst Carl Braun sagte, die Ukraine wird bis 2030 der EU nicht beitreten.", "almost_no_chance"},
		{"pl", "Analityczka Anna Kowalska powiedziała, że Ukraina wejdzie do UE do 2030 roku.", "very_likely"},
		{"pl", "Analityk Piotr Zieliński powiedział, że Ukraina nie wejdzie do UE do 2030 roku.", "almost_no_chance"},
		{"ru", "Аналитик Анна Смирнова заявила, что Украина вступит в ЕС до 2030 года.", "very_likely"},
		{"ru", "Аналитик Павел Петров заявил, что Украина не вступит в ЕС до 2030 года.", "almost_no_chance"},
	} {
		hits := judgements(t, p, c.lang, c.text, "a", now)
		o := m.Outlook(q, hits, 1, question.Options{Now: now})
		if len(o.Contributions) != 1 || o.Contributions[0].Kind != "categorical" {
			t.Errorf("%s %q: want one categorical pooled, got %+v", c.lang, c.text, o.Contributions)
			continue
		}
		got := o.Contributions[0]
		var est string
		for _, h := range hits {
			if h.Cue == got.Cue {
				est = h.Band
				if h.Proposition.Negated {
					est = lexicon.MustDefault().DefaultScale().For(1 - h.Value).Name()
				}
			}
		}
		if got.Band != c.band || est != c.band {
			t.Errorf("%s %q: want %s in the estimate (of the event) and the brief, got %s and %s", c.lang, c.text, c.band, est, got.Band)
		}
	}
	_, _, bq := setup(t) // will Belarus enter the war
	for lang, text := range map[string]string{
		"de": "Der Analyst Carl Braun sagte, Belarus wird sich aus dem Krieg heraushalten.",
	} {
		out := m.Outlook(bq, judgements(t, p, lang, text, "c", now), 1, question.Options{Now: now})
		if len(out.Contributions) != 1 || out.Contributions[0].Kind != "categorical" || out.Contributions[0].P > 0.05 {
			t.Errorf("%s %q: want the unhedged «will stay out» pooled as a firm refusal (almost no chance), got %+v", lang, text, out.Contributions)
		}
	}
	sure := judgements(t, p, "uk", "Аналітикиня Анна Коваль впевнена, що Україна стане членом ЄС до 2030 року.", "b", now)
	o := m.Outlook(q, sure, 1, question.Options{Now: now})
	if len(sure) != 1 || sure[0].Band != "almost_certain" || len(o.Contributions) != 1 || o.Contributions[0].Band != "very_likely" || !strings.Contains(o.Contributions[0].Reason, "pooled as very likely") {
		t.Errorf("want a sure forecast almost certain in estimates, pooled as very likely with that reason: %+v / %+v", sure, o.Contributions)
	}
}
