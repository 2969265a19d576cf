package question_test

import (
	"strings"
	"testing"
	"time"
)

// A chance that refers back ("szansa na to była bardzo niewielka") two
// sentences after the event, when the sentence between names no event
// and refers back itself ("it was clear from the start that this was a
// goal almost out of reach"), is about that event: it was not recognised
// as about anything.
func TestChanceRefersBackTwoSentences(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Russia default on its foreign debt in 2022?")
	at := time.Date(2022, 3, 10, 0, 0, 0, 0, time.UTC)
	cases := []struct{ lang, text, cue string }{
		{"en", "Russia may soon default on its foreign debt, some traders fear.\n\nIt was clear from the start, the economist Anna Berg said, that this was far off.\n\nThe markets knew it well, and the chance of that was very small, she added.", "very small"},
		{"pl", "Rosja może wkrótce stać się niewypłacalna, obawiają się niektórzy inwestorzy.\n\nEkonomistka Anna Berg mówiła, że od początku było wiadomo, że to odległa perspektywa.\n\nRynki dobrze to rozumiały i szansa na to była bardzo niewielka – stwierdziła.", "bardzo niewielka"},
		{"ru", "Россия может вскоре объявить дефолт, опасаются некоторые инвесторы.\n\nЭкономист Анна Берг сказала, что с самого начала было ясно, что это далёкая перспектива.\n\nРынки это хорошо понимали, и шансы на это были очень малы, добавила она.", "очень малы"},
	}
	for _, c := range cases {
		hits := judgements(t, p, c.lang, c.text, "back2-"+c.lang, at)
		rel := m.Relevances(q, hits)
		found := false
		for i, h := range hits {
			if !strings.Contains(h.Cue, c.cue) && !strings.Contains(c.cue, h.Cue) {
				continue
			}
			found = true
			if !rel[i].About {
				t.Errorf("%s: %q (proposition %q, events %v) is not taken as about a default: %+v", c.lang, h.Cue, h.Proposition.Text, h.Proposition.Events, rel[i])
			}
		}
		if !found {
			t.Errorf("%s: no judgement at %q in %+v", c.lang, c.cue, hits)
		}
	}
}
