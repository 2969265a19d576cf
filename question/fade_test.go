package question_test

import (
	"strings"
	"testing"
	"time"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/question"
)

// An old voice does not outweigh recent ones: within the voice age, a
// voice weighs half as much for every half-life it was heard before the
// newest one, so two firm voices of four weeks ago (very unlikely) no
// longer outweigh three of this week (likely), and the series shows the
// turn. Without fading, the old pair wins. Each language: the same
// voices in its own words.
func TestOlderVoicesFade(t *testing.T) {
	m, p, _ := setup(t)
	q, err := m.Understand(question.Question{Text: "Will Ukraine join the European Union by 2030?"})
	if err != nil {
		t.Fatal(err)
	}
	then := time.Date(2024, 6, 3, 0, 0, 0, 0, time.UTC)
	now := then.AddDate(0, 0, 28)
	for _, c := range []struct {
		lang     string
		old, new []string
	}{
		{"en", []string{"Analyst Anna Smith said Ukraine is very unlikely to join the EU by 2030.", "Professor Bob Jones said Ukraine is very unlikely to join the EU by 2030."},
			[]string{"Analyst Carl Brown said Ukraine is likely to join the EU by 2030.", "Diplomat Dan White said Ukraine is likely to join the EU by 2030.", "Economist Eve Green said Ukraine is likely to join the EU by 2030."}},
		{"de", []string{"Die Analystin Anna Schmidt sagte, ein EU-Beitritt der Ukraine bis 2030 sei sehr unwahrscheinlich.", "Der Professor Bernd Jung sagte, ein EU-Beitritt der Ukraine bis 2030 sei sehr unwahrscheinlich."},
			[]string{"Der Analyst Carl Braun sagte, ein EU-Beitritt der Ukraine bis 2030 sei wahrscheinlich.", "Der Diplomat Dieter Weiß sagte, ein EU-Beitritt der Ukraine bis 2030 sei wahrscheinlich.", "Die Ökonomin Eva Grün sagte, ein EU-Beitritt der Ukraine bis 2030 sei wahrscheinlich."}},
		{"pl", []string{"Analityczka Anna Kowalska powiedziała, że członkostwo Ukrainy w UE do 2030 roku jest bardzo mało prawdopodobne.", "Profesor Jan Nowak powiedział, że członkostwo Ukrainy w UE do 2030 roku jest bardzo mało prawdopodobne."},
			[]string{"Analityk Piotr Zieliński powiedział, że członkostwo Ukrainy w UE do 2030 roku jest prawdopodobne.", "Dyplomata Adam Wiśniewski powiedział, że członkostwo Ukrainy w UE do 2030 roku jest prawdopodobne.", "Ekonomistka Ewa Wójcik powiedziała, że członkostwo Ukrainy w UE do 2030 roku jest prawdopodobne."}},
		{"ru", []string{"Аналитик Анна Смирнова заявила, что вступление Украины в ЕС до 2030 года очень маловероятно.", "Профессор Борис Иванов заявил, что вступление Украины в ЕС до 2030 года очень маловероятно."},
			[]string{"Аналитик Павел Петров заявил, что вступление Украины в ЕС до 2030 года вероятно.", "Дипломат Денис Соколов заявил, что вступление Украины в ЕС до 2030 года вероятно.", "Экономист Ева Попова заявила, что вступление Украины в ЕС до 2030 года вероятно."}},
	} {
		var hits []kent.JudgementHit
		for i, s := range c.old {
			hits = append(hits, judgements(t, p, c.lang, s, "old"+string(rune('a'+i)), then)...)
		}
		for i, s := range c.new {
			hits = append(hits, judgements(t, p, c.lang, s, "new"+string(rune('a'+i)), now)...)
		}
		o := m.Outlook(q, hits, 5, question.Options{Now: now, HalfLife: question.SuggestedHalfLife})
		if o.Pooled == nil || o.Direction != "for" || o.Holders != 5 {
			t.Errorf("%s: want 5 holders pooled, for (the old pair faded); got %v %q, %d holders: %+v", c.lang, o.Pooled, o.Direction, o.Holders, o.Contributions)
			continue
		}
		faded := 0
		for _, ct := range o.Contributions {
			if strings.Contains(ct.Reason, "weighs 0.25 of a fresh one") && ct.Weight == 0.25 {
				faded++
			}
		}
		if faded != 2 || o.Method.HalfLifeDays != 14 {
			t.Errorf("%s: want both four-week-old voices at a quarter of their weight, saying so, and the half-life in the method; got %d, %d days: %+v", c.lang, faded, o.Method.HalfLifeDays, o.Contributions)
		}
		if n := len(o.Series); n != 2 || o.Series[0].P >= 0.5 || o.Series[1].P <= 0.55 || o.Series[1].Holders != 5 {
			t.Errorf("%s: want the series to turn from against to for: %+v", c.lang, o.Series)
		}
		// Without fading the old pair outweighs the three new voices.
		flat := m.Outlook(q, hits, 5, question.Options{Now: now, HalfLife: -1})
		if flat.Direction != "against" || flat.Method.HalfLifeDays != 0 {
			t.Errorf("%s: without fading want against, got %q (%v)", c.lang, flat.Direction, flat.Pooled)
		}
	}
}
