package question_test

import (
	"testing"
	"time"
)

// A plural unit with no number is a few of them: "in the coming years",
// "в ближайшие годы", "de närmaste åren", "w najbliższych latach" from
// May 2024 reach 2027, so a judgement so timed bears on a bound of 2027.
// Read as one year, it was shown apart as before the bound.
func TestComingYearsReachAFewYears(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will China invade Taiwan by 2027?")
	may := time.Date(2024, 5, 6, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, text string }{
		{"en", "Analyst Ann Lee said a Chinese invasion of Taiwan is unlikely in the coming years."},
		{"ru", "Вторжение Китая на Тайвань в ближайшие годы маловероятно, считает эксперт Василий Кашин."},
		{"sv", "Forskaren Björn Jerdén bedömer att en kinesisk invasion av Taiwan är osannolik de närmaste åren."},
		{"pl", "Chińska inwazja na Tajwan w najbliższych latach jest mało prawdopodobna, uważa ekspert Jan Nowak."},
		{"de", "Eine chinesische Invasion Taiwans ist in den nächsten Jahren unwahrscheinlich, sagte der Analyst Paul Roth."},
	} {
		hits := judgements(t, p, c.lang, c.text, "y-"+c.lang, may)
		if len(hits) == 0 {
			t.Fatalf("%s: no judgement in %q", c.lang, c.text)
		}
		if rel := m.Relevances(q, hits); !rel[0].About || rel[0].Apart != "" {
			t.Errorf("%s %q: %+v, want about the event and pooled", c.lang, c.text, rel[0])
		}
	}
}
