package question_test

import (
	"strings"
	"testing"
	"time"
)

// Times said from the article's date ("within a year", "za rok", "через
// год", "inom ett år", "in zehn Jahren") are resolved against it and
// compared with the question's bound like any named year: not within a
// year says little of a bound six years on; in ten years is after it.
func TestRelativeTimesResolved(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Ukraine join the EU by 2030?")
	may := time.Date(2024, 5, 6, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, soon, late string }{
		{"en", "Analyst Ann Lee said Ukraine is unlikely to join the EU within a year.", "Analyst Bob Jones said Ukraine will probably join the EU in ten years."},
		{"de", "Die Ukraine wird der EU innerhalb eines Jahres kaum beitreten, sagte die Analystin Eva Roth.", "Die Ukraine wird der EU wahrscheinlich in zehn Jahren beitreten, sagte der Analyst Paul Roth."},
		{"pl", "Ukraina raczej nie wejdzie do UE w ciągu roku – powiedział analityk Jan Nowak.", "Ukraina prawdopodobnie wejdzie do UE za dziesięć lat – powiedziała analityczka Anna Nowak."},
		{"ru", "Украина вряд ли вступит в ЕС в течение года, считает аналитик Иван Петров.", "Украина, вероятно, вступит в ЕС через десять лет, считает аналитик Анна Петрова."},
		{"sv", "Ukraina blir knappast medlem i EU inom ett år, säger analytikern Anna Berg.", "Ukraina blir troligen medlem i EU inom tio år, säger analytikern Per Berg."},
		{"fr", "Selon l'analyste Paul Martin, l'Ukraine n'adhérera probablement pas à l'UE d'ici un an.", "Selon l'analyste Anne Martin, l'Ukraine adhérera probablement à l'UE dans dix ans."},
	} {
		hits := judgements(t, p, c.lang, c.soon, "s-"+c.lang, may)
		if len(hits) == 0 {
			t.Fatalf("%s: no judgement in %q", c.lang, c.soon)
		}
		if rel := m.Relevances(q, hits); !rel[0].About || !strings.Contains(rel[0].Apart, "says little") {
			t.Errorf("%s %q: %+v, want about the event and shown apart: not within a year says little of 2030", c.lang, c.soon, rel[0])
		}
		hits = judgements(t, p, c.lang, c.late, "l-"+c.lang, may)
		if len(hits) == 0 {
			t.Fatalf("%s: no judgement in %q", c.lang, c.late)
		}
		if rel := m.Relevances(q, hits); !rel[0].About || !strings.Contains(rel[0].Apart, "2034") && !strings.Contains(rel[0].Apart, "after the question's") {
			t.Errorf("%s %q: %+v, want shown apart as after the bound", c.lang, c.late, rel[0])
		}
	}
	// A time since is no time to come: "the first such step in ten years".
	hits := judgements(t, p, "en", "Analyst Ann Lee said Ukraine will probably join the EU, the first enlargement in ten years.", "since", may)
	if rel := m.Relevances(q, hits); len(rel) == 0 || !rel[0].About || rel[0].Apart != "" {
		t.Errorf("a time since read as to come: %+v", rel)
	}
}

// A question on a whole year ("a recession in 2023") is not answered by a
// judgement on another whole year: it is set aside with why; the
// question's own year is pooled.
func TestAnotherYearIsSetAside(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Germany fall into a recession in 2023?")
	sep := time.Date(2022, 9, 5, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, other, same string }{
		{"en", "Analyst Ann Lee said a recession in Germany in 2024 is likely.", "Analyst Ann Lee said a recession in Germany in 2023 is likely."},
		{"de", "Eine Rezession in Deutschland im Jahr 2024 ist wahrscheinlich, sagte die Ökonomin Eva Roth.", "Eine Rezession in Deutschland im Jahr 2023 ist wahrscheinlich, sagte die Ökonomin Eva Roth."},
		{"pl", "Recesja w Niemczech w 2024 roku jest prawdopodobna – powiedział ekonomista Jan Nowak.", "Recesja w Niemczech w 2023 roku jest prawdopodobna – powiedział ekonomista Jan Nowak."},
		{"ru", "По словам экономиста Ивана Петрова, рецессия в Германии в 2024 году вероятна.", "По словам экономиста Ивана Петрова, рецессия в Германии в 2023 году вероятна."},
		{"sv", "Enligt ekonomen Anna Berg är en recession i Tyskland 2024 trolig.", "Enligt ekonomen Anna Berg är en recession i Tyskland 2023 trolig."},
		{"fr", "Selon l'économiste Paul Martin, une récession en Allemagne en 2024 est probable.", "Selon l'économiste Paul Martin, une récession en Allemagne en 2023 est probable."},
	} {
		hits := judgements(t, p, c.lang, c.other, "o-"+c.lang, sep)
		if len(hits) == 0 {
			t.Fatalf("%s: no judgement in %q", c.lang, c.other)
		}
		if rel := m.Relevances(q, hits); rel[0].About || !strings.Contains(rel[0].Reason, "another year") {
			t.Errorf("%s %q: %+v, want set aside as about another year", c.lang, c.other, rel[0])
		}
		hits = judgements(t, p, c.lang, c.same, "y-"+c.lang, sep)
		if rel := m.Relevances(q, hits); len(rel) == 0 || !rel[0].About || rel[0].Apart != "" {
			t.Errorf("%s %q: %+v, want pooled", c.lang, c.same, rel)
		}
	}
}
