package question_test

import (
	"testing"
	"time"

	"github.com/kentnews/kent/question"
)

// Places named by the parts of a hyphenated word ("US-China",
// "китайско-американское") are read in judgements.
func TestHyphenatedPlaces(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will China and the US sign a trade deal in 2019?")
	oct := time.Date(2019, 10, 14, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, text string }{
		{"en", "Analyst Mark Lee said a US-China trade deal before the end of the year was likely."},
		{"de", "Der Ökonom Max Weber hält ein chinesisch-amerikanisches Abkommen über den Handel in diesem Jahr für wahrscheinlich."},
		{"pl", "Ekonomista Jan Kowalski uważa, że chińsko-amerykańska umowa handlowa w tym roku jest prawdopodobna."},
		{"ru", "Экономист Иван Петров считает, что китайско-американское торговое соглашение в этом году вероятно."},
	} {
		hits := judgements(t, p, c.lang, c.text, "a-"+c.lang, oct)
		o := m.Outlook(q, hits, 1, question.Options{Now: oct})
		if len(o.Contributions) != 1 {
			t.Errorf("%s: pooled %+v, set aside %+v; want the hyphenated deal pooled", c.lang, o.Contributions, o.SetAside)
		}
	}
}
