package sqlite

import (
	"context"
	"testing"
	"time"

	"github.com/kentnews/kent"
)

// With OwnKeys only the judgements that have a key themselves are read, not
// the rest of their article; ExceptKeys leaves out articles with another
// key; the order is the store's (publication time, article, place).
func TestJudgementsByOwnKeys(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	day := time.Date(2024, 5, 2, 9, 0, 0, 0, time.UTC)
	war := article("war.example", "The war will likely go on; rates are unlikely to fall; a new airport is likely.", "en", day)
	war.Judgements = []kent.Judgement{
		{Cue: "likely", Words: "The war will likely go on", Keys: []string{"e:war"}},
		{Cue: "unlikely", Words: "rates are unlikely to fall", Keys: []string{"e:rate-cut", "p:FR"}},
		{Cue: "likely", Words: "a new airport is likely", Keys: []string{}},
	}
	by := article("by.example", "Belarus is unlikely to enter the war; the harvest will probably be good.", "en", day.Add(-time.Hour))
	by.Judgements = []kent.Judgement{
		{Cue: "unlikely", Words: "Belarus is unlikely to enter the war", Keys: []string{"e:enter", "e:war", "p:BY"}},
		{Cue: "probably", Words: "the harvest will probably be good", Keys: []string{"e:harvest"}},
	}
	if _, err := s.Put(ctx, []*kent.Article{war, by}); err != nil {
		t.Fatal(err)
	}
	words := func(q kent.JudgementQuery) []string {
		t.Helper()
		hits, total, err := s.Judgements(ctx, q)
		if err != nil || total != len(hits) && q.Limit == 0 || total != 2 && q.Limit > 0 {
			t.Fatalf("%+v: %d of %d, %v", q, len(hits), total, err)
		}
		var out []string
		for _, h := range hits {
			out = append(out, h.Words)
		}
		return out
	}
	for _, c := range []struct {
		name string
		q    kent.JudgementQuery
		want []string
	}{
		{"whole articles", kent.JudgementQuery{Keys: []string{"e:war"}}, []string{"Belarus is unlikely to enter the war", "the harvest will probably be good", "The war will likely go on", "rates are unlikely to fall", "a new airport is likely"}},
		{"own keys", kent.JudgementQuery{Keys: []string{"e:war"}, OwnKeys: true}, []string{"Belarus is unlikely to enter the war", "The war will likely go on"}},
		{"own keys by prefix", kent.JudgementQuery{Keys: []string{"e:rate*", "e:harv*"}, OwnKeys: true}, []string{"the harvest will probably be good", "rates are unlikely to fall"}},
		{"except the subject's articles", kent.JudgementQuery{Keys: []string{"e:war"}, OwnKeys: true, ExceptKeys: []string{"p:BY"}}, []string{"The war will likely go on"}},
		{"paged", kent.JudgementQuery{Keys: []string{"e:war"}, OwnKeys: true, Page: kent.Page{Limit: 1, Offset: 1}}, []string{"The war will likely go on"}},
	} {
		got := words(c.q)
		if len(got) != len(c.want) {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%s: %q, want %q", c.name, got, c.want)
				break
			}
		}
	}
}
