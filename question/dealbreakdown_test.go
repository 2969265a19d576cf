package question_test

import (
	"testing"
	"time"

	"github.com/kentnews/kent/question"
)

// Talks collapsing, breaking down or ending in a fiasco are against the
// deal they were to reach: "a fiasco is not a foregone conclusion" was not
// read as about an agreement at all, and "the talks will likely collapse"
// would otherwise count for it.
func TestTalksCollapsingAreAgainstTheDeal(t *testing.T) {
	m, p, _ := setup(t)
	q, err := m.Understand(question.Question{Text: "Will Iran and the United States sign a new nuclear deal by the end of 2022?"})
	if err != nil {
		t.Fatal(err)
	}
	day := time.Date(2022, 8, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, text string }{
		{"en", "The analyst Tom Reed said the talks with Iran will very likely collapse."},
		{"de", "Der Analyst Tom Reed hält ein Scheitern der Verhandlungen zwischen Iran und den USA für sehr wahrscheinlich."},
		{"pl", "Analityk Tomasz Rydz uważa, że rozmowy Iranu z USA najprawdopodobniej zakończą się fiaskiem."},
		{"ru", "Аналитик Томас Рид считает, что переговоры Ирана и США, скорее всего, провалятся."},
		{"sv", "Analytikern Tom Reed tror att förhandlingarna med Iran sannolikt kommer att kollapsa."},
	} {
		o := m.Outlook(q, judgements(t, p, c.lang, c.text, "x", day), 1, question.Options{})
		if o.Pooled == nil || *o.Pooled >= 0.5 {
			t.Errorf("%s %q: want one voice against; pooled %v, set aside %+v", c.lang, c.text, o.Pooled, o.SetAside)
		}
	}
}
