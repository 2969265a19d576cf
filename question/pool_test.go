package question_test

import (
	"strings"
	"testing"
	"time"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/question"
)

// A holder heard in several weeks is one holder in the headline: what
// they say last is pooled, their earlier voice is listed with that reason
// and counts in the series only. A voice that changed its mind does not
// outvote, or drag back, the view it holds now.
func TestHeadlinePoolsEachHoldersLatestVoice(t *testing.T) {
	m, p, _ := setup(t)
	q, err := m.Understand(question.Question{Text: "Will Joe Biden withdraw from the presidential race?"})
	if err != nil {
		t.Fatal(err)
	}
	june := time.Date(2024, 6, 3, 0, 0, 0, 0, time.UTC)
	var hits []kent.JudgementHit
	hits = append(hits, judgements(t, p, "en", "Analyst Anna Smith said Biden is very unlikely to withdraw from the race.", "a", june)...)
	hits = append(hits, judgements(t, p, "de", "Die Analystin Anna Smith sagte, ein Rückzug Bidens sei unwahrscheinlich.", "b", june.AddDate(0, 0, 7))...)
	hits = append(hits, judgements(t, p, "en", "Analyst Anna Smith said Biden will very likely withdraw from the race.", "c", june.AddDate(0, 0, 28))...)
	hits = append(hits, judgements(t, p, "en", "Analyst Bob Jones said Biden is likely to withdraw from the race.", "d", june.AddDate(0, 0, 28))...)
	o := m.Outlook(q, hits, 4, question.Options{Now: june.AddDate(0, 1, 0)})
	if o.Holders != 2 || o.Pooled == nil || *o.Pooled < 0.55 {
		t.Fatalf("want 2 holders pooled for (Smith's latest voice and Jones); holders %d pooled %v: %+v", o.Holders, o.Pooled, o.Contributions)
	}
	earlier := 0
	for _, c := range o.Contributions {
		if strings.Contains(c.Reason, "an earlier voice of this holder") {
			earlier++
			if c.Holder != "Anna Smith" || c.P >= 0.5 {
				t.Errorf("the earlier voice is Smith's against: %+v", c)
			}
		}
	}
	if len(o.Contributions) != 4 || earlier != 2 {
		t.Errorf("want Smith's two earlier voices listed with their reason (nothing vanishes): %d contributions, %d earlier: %+v", len(o.Contributions), earlier, o.Contributions)
	}
	if len(o.Series) != 3 || o.Series[0].P >= 0.5 || o.Series[2].P <= 0.5 {
		t.Errorf("the series follows Smith from against to for: %+v", o.Series)
	}
}
