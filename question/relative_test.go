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
