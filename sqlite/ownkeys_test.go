package sqlite

import (
	"context"
	"strings"
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

// ExceptKeys, with or without Keys and OwnKeys, leaves out the excepted
// articles and every judgement never keyed, whatever its article; Keys
// alone still reads the never-keyed ones (they may bear on anything).
func TestJudgementsExceptKeys(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	day := time.Date(2024, 5, 2, 9, 0, 0, 0, time.UTC)
	war := article("war.example", "The war will likely go on; rates are unlikely to fall.", "en", day)
	war.Judgements = []kent.Judgement{
		{Cue: "likely", Words: "The war will likely go on", Keys: []string{"e:war"}},
		{Cue: "unlikely", Words: "rates are unlikely to fall", Keys: []string{"e:rate-cut"}},
	}
	by := article("by.example", "Belarus is unlikely to enter the war.", "en", day.Add(-time.Hour))
	by.Judgements = []kent.Judgement{{Cue: "unlikely", Words: "Belarus is unlikely to enter the war", Keys: []string{"e:war", "p:BY"}}}
	old := article("old.example", "Peace is likely, an old store said.", "en", day.Add(time.Hour))
	old.Judgements = []kent.Judgement{{Cue: "likely", Words: "Peace is likely"}} // never keyed
	if _, err := s.Put(ctx, []*kent.Article{war, by, old}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		q    kent.JudgementQuery
		want string
	}{
		{"keys", kent.JudgementQuery{Keys: []string{"e:war"}}, "Belarus is unlikely to enter the war|The war will likely go on|rates are unlikely to fall|Peace is likely"},
		{"keys except", kent.JudgementQuery{Keys: []string{"e:war"}, ExceptKeys: []string{"p:BY"}}, "The war will likely go on|rates are unlikely to fall"},
		{"own keys except", kent.JudgementQuery{Keys: []string{"e:war"}, OwnKeys: true, ExceptKeys: []string{"p:BY"}}, "The war will likely go on"},
		{"except alone", kent.JudgementQuery{ExceptKeys: []string{"p:BY"}}, "The war will likely go on|rates are unlikely to fall"},
		{"except by prefix", kent.JudgementQuery{Keys: []string{"e:*"}, ExceptKeys: []string{"p:B*"}}, "The war will likely go on|rates are unlikely to fall"},
	} {
		hits, _, err := s.Judgements(ctx, c.q)
		if err != nil {
			t.Fatal(c.name, err)
		}
		var got []string
		for _, h := range hits {
			got = append(got, h.Words)
		}
		if g := strings.Join(got, "|"); g != c.want {
			t.Errorf("%s: %s, want %s", c.name, g, c.want)
		}
	}
}
