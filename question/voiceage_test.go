package question_test

import (
	"strings"
	"testing"
	"time"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/question"
)

// The outlook says what holders say now: a voice heard more than the voice
// age before the newest one is listed with that reason, counts in the
// series while it was fresh, and is not pooled in the headline, so a
// question whose answer turned (a court ruling, a withdrawal) shows the
// turn in its headline as in its series' last point. Each language: two
// holders against a year before, one for now.
func TestOutlookPoolsOnlyVoicesOfTheVoiceAge(t *testing.T) {
	m, p, _ := setup(t)
	q, err := m.Understand(question.Question{Text: "Will Ukraine join the European Union by 2030?"})
	if err != nil {
		t.Fatal(err)
	}
	then := time.Date(2023, 3, 6, 0, 0, 0, 0, time.UTC)
	now := then.AddDate(1, 0, 0)
	for _, c := range []struct{ lang, old1, old2, fresh string }{
		{"en", "Analyst Anna Smith said Ukraine is very unlikely to join the EU by 2030.",
			"Professor Bob Jones said Ukraine is very unlikely to join the EU by 2030.",
			"Analyst Carl Brown said Ukraine is likely to join the EU by 2030."},
		{"de", "Die Analystin Anna Schmidt sagte, ein EU-Beitritt der Ukraine bis 2030 sei sehr unwahrscheinlich.",
			"Der Professor Bernd Jung sagte, ein EU-Beitritt der Ukraine bis 2030 sei sehr unwahrscheinlich.",
			"Der Analyst Carl Braun sagte, ein EU-Beitritt der Ukraine bis 2030 sei wahrscheinlich."},
		{"pl", "Analityczka Anna Kowalska powiedziała, że członkostwo Ukrainy w UE do 2030 roku jest bardzo mało prawdopodobne.",
			"Profesor Jan Nowak powiedział, że członkostwo Ukrainy w UE do 2030 roku jest bardzo mało prawdopodobne.",
			"Analityk Piotr Zieliński powiedział, że członkostwo Ukrainy w UE do 2030 roku jest prawdopodobne."},
		{"ru", "Аналитик Анна Смирнова заявила, что вступление Украины в ЕС до 2030 года очень маловероятно.",
			"Профессор Борис Иванов заявил, что вступление Украины в ЕС до 2030 года очень маловероятно.",
			"Аналитик Павел Петров заявил, что вступление Украины в ЕС до 2030 года вероятно."},
		{"sv", "Analytikern Anna Svensson sade att ett ukrainskt EU-medlemskap före 2030 är mycket osannolikt.",
			"Professorn Bo Lind sade att ett ukrainskt EU-medlemskap före 2030 är mycket osannolikt.",
			"Analytikern Karl Berg sade att ett ukrainskt EU-medlemskap före 2030 är sannolikt."},
		{"fr", "L'analyste Anne Martin a déclaré qu'une adhésion de l'Ukraine à l'UE d'ici 2030 est très improbable.",
			"Le professeur Paul Bernard a déclaré qu'une adhésion de l'Ukraine à l'UE d'ici 2030 est très improbable.",
			"L'analyste Marc Petit a déclaré qu'une adhésion de l'Ukraine à l'UE d'ici 2030 est probable."},
	} {
		var hits []kent.JudgementHit
		hits = append(hits, judgements(t, p, c.lang, c.old1, "a", then)...)
		hits = append(hits, judgements(t, p, c.lang, c.old2, "b", then)...)
		hits = append(hits, judgements(t, p, c.lang, c.fresh, "c", now)...)
		o := m.Outlook(q, hits, 3, question.Options{Now: now})
		if o.Pooled == nil || o.Direction != "for" || o.Holders != 1 {
			t.Errorf("%s: want the fresh voice alone pooled, for; got %v %q, %d holders: %+v", c.lang, o.Pooled, o.Direction, o.Holders, o.Contributions)
			continue
		}
		aged := 0
		for _, ct := range o.Contributions {
			if strings.Contains(ct.Reason, "before the newest voice") {
				aged++
			}
		}
		if aged != 2 || len(o.Contributions) != 3 {
			t.Errorf("%s: want both year-old voices listed with their reason (nothing vanishes), got %d of %d: %+v", c.lang, aged, len(o.Contributions), o.Contributions)
		}
		if len(o.Series) != 2 || o.Series[0].P >= 0.5 || o.Series[0].Holders != 2 || o.Series[1].P <= 0.5 || o.Series[1].Holders != 1 {
			t.Errorf("%s: want the series from against (2 voices) to for (1 voice): %+v", c.lang, o.Series)
		}
		// With no voice age (a negative one), every holder's latest voice counts.
		all := m.Outlook(q, hits, 3, question.Options{Now: now, VoiceAge: -1})
		if all.Holders != 3 || all.Direction != "against" {
			t.Errorf("%s: without a voice age want 3 holders against, got %d %q", c.lang, all.Holders, all.Direction)
		}
	}
}
