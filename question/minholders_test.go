package question_test

import (
	"testing"
	"time"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/question"
)

// One fresh voice alone is an anecdote: when the only other holder spoke
// a little more than the voice age before it (within twice the age), the
// outlook pools both; a voice of a year before stays out (see
// TestOutlookPoolsOnlyVoicesOfTheVoiceAge). The sentences are written for
// this test.
func TestOutlookRestsOnTwoHoldersWhenOneIsFresh(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Ukraine join the European Union by 2030?")
	then := time.Date(2024, 2, 26, 0, 0, 0, 0, time.UTC)
	now := then.AddDate(0, 0, 70)
	for _, c := range []struct{ lang, old, fresh string }{
		{"en", "Analyst Anna Smith said Ukraine is likely to join the EU by 2030.", "Analyst Carl Brown said Ukraine is likely to join the EU by 2030."},
		{"de", "Die Analystin Anna Schmidt sagte, ein EU-Beitritt der Ukraine bis 2030 sei wahrscheinlich.", "Der Analyst Carl Braun sagte, ein EU-Beitritt der Ukraine bis 2030 sei wahrscheinlich."},
		{"pl", "Analityczka Anna Kowalska powiedziała, że członkostwo Ukrainy w UE do 2030 roku jest prawdopodobne.", "Analityk Piotr Zieliński powiedział, że członkostwo Ukrainy w UE do 2030 roku jest prawdopodobne."},
		{"ru", "Аналитик Анна Смирнова заявила, что вступление Украины в ЕС до 2030 года вероятно.", "Аналитик Павел Петров заявил, что вступление Украины в ЕС до 2030 года вероятно."},
		{"sv", "Analytikern Anna Svensson sade att ett ukrainskt EU-medlemskap före 2030 är sannolikt.", "Analytikern Karl Berg sade att ett ukrainskt EU-medlemskap före 2030 är sannolikt."},
		{"fr", "L'analyste Anne Martin a déclaré qu'une adhésion de l'Ukraine à l'UE d'ici 2030 est probable.", "L'analyste Marc Petit a déclaré qu'une adhésion de l'Ukraine à l'UE d'ici 2030 est probable."},
	} {
		var hits []kent.JudgementHit
		hits = append(hits, judgements(t, p, c.lang, c.old, "old", then)...)
		hits = append(hits, judgements(t, p, c.lang, c.fresh, "fresh", now)...)
		o := m.Outlook(q, hits, 2, question.Options{Now: now})
		if o.Pooled == nil || o.Holders != 2 || o.Direction != "for" {
			t.Errorf("%s: want both holders pooled, for; got %v %q, %d holders: %+v", c.lang, o.Pooled, o.Direction, o.Holders, o.Contributions)
		}
	}
}

// An aged voice that stands in for missing fresh ones fills in at half
// weight: a voice older than the voice age says less about now than the
// one fresh voice, so "likely" heard ten weeks before does not cancel a
// fresh "very unlikely".
func TestStandInCountsHalf(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Ukraine join the European Union by 2030?")
	then := time.Date(2024, 2, 26, 0, 0, 0, 0, time.UTC)
	now := then.AddDate(0, 0, 70)
	for _, c := range []struct{ lang, old, fresh string }{
		{"en", "Analyst Anna Smith said Ukraine is likely to join the EU by 2030.", "Analyst Carl Brown said Ukraine is very unlikely to join the EU by 2030."},
		{"de", "Die Analystin Anna Schmidt sagte, ein EU-Beitritt der Ukraine bis 2030 sei wahrscheinlich.", "Der Analyst Carl Braun sagte, ein EU-Beitritt der Ukraine bis 2030 sei sehr unwahrscheinlich."},
		{"pl", "Analityczka Anna Kowalska powiedziała, że członkostwo Ukrainy w UE do 2030 roku jest prawdopodobne.", "Analityk Piotr Zieliński powiedział, że członkostwo Ukrainy w UE do 2030 roku jest bardzo mało prawdopodobne."},
		{"ru", "Аналитик Анна Смирнова заявила, что вступление Украины в ЕС до 2030 года вероятно.", "Аналитик Павел Петров заявил, что вступление Украины в ЕС до 2030 года крайне маловероятно."},
	} {
		var hits []kent.JudgementHit
		hits = append(hits, judgements(t, p, c.lang, c.old, "old", then)...)
		hits = append(hits, judgements(t, p, c.lang, c.fresh, "fresh", now)...)
		o := m.Outlook(q, hits, 2, question.Options{Now: now})
		if o.Pooled == nil || o.Holders != 2 || *o.Pooled > 0.3 {
			t.Errorf("%s: want both pooled, the stand-in at half weight, well below even; got %v, %d holders: %+v", c.lang, o.Pooled, o.Holders, o.Contributions)
			continue
		}
		for _, ct := range o.Contributions {
			if ct.Published.Equal(then) && ct.Weight != 0.5 {
				t.Errorf("%s: the stand-in weighs %.2f, want 0.5", c.lang, ct.Weight)
			}
		}
	}
}
