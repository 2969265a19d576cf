package storetest

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/kentnews/kent"
)

func testPutGet(t *testing.T, s kent.Store) {
	ctx := context.Background()
	c := newCorpus()
	put(t, s, c.all()...)
	if n, err := s.Count(ctx); err != nil || n != 5 {
		t.Fatalf("count = %d, %v; want 5", n, err)
	}
	for _, want := range c.all() {
		got, err := s.Get(ctx, want.ID)
		if err != nil {
			t.Fatalf("get %s: %v", want.Source, err)
		}
		if !got.Published.Equal(want.Published) || !got.IngestedAt.Equal(want.IngestedAt) {
			t.Errorf("%s: published %v ingested %v, want %v %v", want.Source, got.Published, got.IngestedAt, want.Published, want.IngestedAt)
		}
		// Times compare by instant above; the rest must come back as put.
		g, w := *got, *want
		g.Published, w.Published, g.IngestedAt, w.IngestedAt, w.Mentions = want.Published, want.Published, want.IngestedAt, want.IngestedAt, nil
		if !reflect.DeepEqual(g, w) {
			t.Errorf("%s comes back changed:\n got %+v\nwant %+v", want.Source, g, w)
		}
	}
	if _, err := s.Get(ctx, "ffffffffffffffff"); kent.ErrorCode(err) != kent.ENOTFOUND {
		t.Errorf("missing ID: %v, want ENOTFOUND", err)
	}
	if _, err := s.Get(ctx, " "); kent.ErrorCode(err) != kent.EINVALID {
		t.Errorf("empty ID: %v, want EINVALID", err)
	}
}

func testGetByPrefix(t *testing.T, s kent.Store) {
	ctx := context.Background()
	arts := filler(40) // 40 IDs: two share their first hex digit
	put(t, s, arts...)
	got, err := s.Get(ctx, arts[0].ID[:10])
	if err != nil || got.ID != arts[0].ID {
		t.Fatalf("prefix %s: %v %v", arts[0].ID[:10], got, err)
	}
	first := map[byte]int{}
	for _, a := range arts {
		first[a.ID[0]]++
	}
	for c, n := range first {
		if n > 1 {
			if _, err := s.Get(ctx, string(c)); kent.ErrorCode(err) != kent.EINVALID || !strings.Contains(err.Error(), "more than one") {
				t.Errorf("ambiguous prefix %c: %v, want EINVALID naming more than one article", c, err)
			}
			return
		}
	}
	t.Fatal("no two filler IDs share a first digit")
}

func testIdempotentPut(t *testing.T, s kent.Store) {
	ctx := context.Background()
	c := newCorpus()
	put(t, s, c.sv, c.lt)
	again := newCorpus()
	again.sv.Title = "changed"
	added, err := s.Put(ctx, []*kent.Article{again.sv, again.en})
	if err != nil || added[0] || !added[1] {
		t.Fatalf("second put: %v %v; want [false true]", added, err)
	}
	if got, err := s.Get(ctx, c.sv.ID); err != nil || got.Title != c.sv.Title {
		t.Errorf("a stored article was changed by a second put: %v %v", got, err)
	}
	if hits, total, err := s.Quotes(ctx, kent.QuoteQuery{}); err != nil || total != 5 || len(hits) != 5 {
		t.Errorf("quotes after two puts: %d of %d, %v; want 5 (none twice)", len(hits), total, err)
	}
	if n, _ := s.Count(ctx); n != 3 {
		t.Errorf("count = %d, want 3", n)
	}
}

func testInvalidBatch(t *testing.T, s kent.Store) {
	ctx := context.Background()
	c := newCorpus()
	c.en.Paragraphs[0].End = 9999
	if _, err := s.Put(ctx, []*kent.Article{c.sv, c.en}); kent.ErrorCode(err) != kent.EINVALID {
		t.Fatalf("invalid article: %v, want EINVALID", err)
	}
	if n, err := s.Count(ctx); err != nil || n != 0 {
		t.Errorf("count = %d %v after a rejected batch, want 0", n, err)
	}
}

func testCopies(t *testing.T, s kent.Store) {
	ctx := context.Background()
	c := newCorpus()
	put(t, s, c.all()...)
	copies, err := s.Copies(ctx, c.lt)
	sameIDs(t, "copies of lrytas", copies, []string{c.ltCopy.ID})
	if err != nil {
		t.Fatal(err)
	}
	if copies, err := s.Copies(ctx, c.sv); err != nil || len(copies) != 0 {
		t.Errorf("copies of an article with none: %v %v", copies, err)
	}
}

func testSearch(t *testing.T, s kent.Store) {
	ctx := context.Background()
	c := newCorpus()
	put(t, s, c.all()...)
	for _, tc := range []struct {
		q    kent.SearchQuery
		want int
	}{
		{kent.SearchQuery{Text: "osannolikt"}, 1},
		{kent.SearchQuery{Text: "Akismet"}, 0},   // dropped chrome is not searchable
		{kent.SearchQuery{Text: "Lukasenka"}, 2}, // accents folded
		{kent.SearchQuery{Text: "Luka*"}, 3},
		{kent.SearchQuery{Text: "Luka*", Language: "EN"}, 1},
		{kent.SearchQuery{Text: "Luka*", Outlet: "DELFI.lt"}, 1},
		{kent.SearchQuery{Text: "Luka*", Since: day(2022, 4, 1)}, 2},
		{kent.SearchQuery{Text: "Belarus OR Luka*", Until: day(2022, 4, 1)}, 1},
		{kent.SearchQuery{Text: `said "no`}, 1}, // stray syntax is searched as words
	} {
		hits, total, err := s.Search(ctx, tc.q)
		if err != nil || len(hits) != tc.want || total != tc.want {
			t.Errorf("%+v: %d hits of %d, %v; want %d", tc.q, len(hits), total, err, tc.want)
		}
	}
	hits, _, _ := s.Search(ctx, kent.SearchQuery{Text: "osannolikt"})
	if len(hits) == 1 && (hits[0].ID != c.sv.ID || hits[0].Language != "sv" || !hits[0].Published.Equal(c.sv.Published) || !strings.Contains(hits[0].Snippet, "osannolikt")) {
		t.Errorf("hit = %+v", hits[0])
	}
	if _, _, err := s.Search(ctx, kent.SearchQuery{Text: "  "}); kent.ErrorCode(err) != kent.EINVALID {
		t.Errorf("empty query: %v, want EINVALID", err)
	}
}
