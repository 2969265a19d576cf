package sqlite

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/storetest"
)

func article(outlet, text, lang string, published time.Time) *kent.Article {
	return &kent.Article{
		ID: kent.ArticleID(outlet, text), TextHash: kent.TextHash(text), Source: outlet + ".txt", Format: kent.FormatText,
		Outlet: outlet, Language: lang, Text: text, Published: published, Title: "T " + outlet,
		Paragraphs: []kent.Paragraph{{Span: kent.Span{Start: 0, End: len(text)}, Language: lang}},
		Blocks:     []kent.Block{{Text: text, Kind: kent.BlockBody}, {Text: "This site uses Akismet", Kind: kent.BlockDrop, Reason: "site chrome"}},
	}
}

func open(t *testing.T) *Store {
	t.Helper()
	return openAt(t, filepath.Join(t.TempDir(), "sub", "kent.db"))
}

// openAt opens (and migrates) the store at path, closed when the test ends.
func openAt(t *testing.T, path string) *Store {
	t.Helper()
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestPutIsIdempotentAndCopiesAreKnown(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	day := time.Date(2022, 4, 14, 13, 52, 0, 0, time.UTC)
	a := article("lrytas.lt", "Vytis Jurkonis teigė, kad tai mažai tikėtina.", "lt", day)
	b := article("delfi.lt", "Vytis Jurkonis teigė, kad tai mažai tikėtina.", "lt", day)
	added, err := s.Put(ctx, []*kent.Article{a, b})
	if err != nil || !added[0] || !added[1] {
		t.Fatalf("first put: %v %v", added, err)
	}
	added, err = s.Put(ctx, []*kent.Article{a})
	if err != nil || added[0] {
		t.Fatalf("second put stored a duplicate: %v %v", added, err)
	}
	if n, _ := s.Count(ctx); n != 2 {
		t.Fatalf("count = %d", n)
	}
	copies, err := s.Copies(ctx, a)
	if err != nil || len(copies) != 1 || copies[0] != b.ID {
		t.Fatalf("copies = %v %v", copies, err)
	}
	got, err := s.Get(ctx, a.ID[:6])
	if err != nil || got.Text != a.Text || !got.Published.Equal(day) || len(got.Blocks) != 2 || got.Paragraphs[0].Language != "lt" {
		t.Fatalf("get: %+v %v", got, err)
	}
}

func TestInvalidBatchStoresNothing(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	good := article("x", "Some text.", "en", time.Time{})
	bad := article("y", "Other text.", "en", time.Time{})
	bad.Paragraphs[0].End = 999
	if _, err := s.Put(ctx, []*kent.Article{good, bad}); kent.ErrorCode(err) != kent.EINVALID {
		t.Fatalf("err = %v", err)
	}
	if n, _ := s.Count(ctx); n != 0 {
		t.Fatalf("count = %d after a rejected batch", n)
	}
}

func TestSearch(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	_, err := s.Put(ctx, []*kent.Article{
		article("svt.se", "ISW skriver att det är osannolikt att Belarus går in i kriget.", "sv", time.Date(2022, 3, 1, 0, 0, 0, 0, time.UTC)),
		article("lrytas.lt", "Lukašenka ir Putinas susitiko.", "lt", time.Date(2022, 4, 14, 0, 0, 0, 0, time.UTC)),
		article("example.com", "Lukashenko said no troops.", "en", time.Time{}),
	})
	if err != nil {
		t.Fatal(err)
	}
	count := func(q kent.SearchQuery) int {
		t.Helper()
		hits, _, err := s.Search(ctx, q)
		if err != nil {
			t.Fatalf("%+v: %v", q, err)
		}
		return len(hits)
	}
	if n := count(kent.SearchQuery{Text: "osannolikt"}); n != 1 {
		t.Errorf("osannolikt: %d", n)
	}
	if n := count(kent.SearchQuery{Text: "Akismet"}); n != 0 {
		t.Errorf("dropped chrome is searchable: %d", n)
	}
	if n := count(kent.SearchQuery{Text: "Lukasenka"}); n != 1 {
		t.Errorf("diacritics not folded: %d", n)
	}
	if n := count(kent.SearchQuery{Text: "Luka*"}); n != 2 {
		t.Errorf("prefix: %d", n)
	}
	if n := count(kent.SearchQuery{Text: "Luka*", Language: "en"}); n != 1 {
		t.Errorf("--lang: %d", n)
	}
	if n := count(kent.SearchQuery{Text: "Luka*", Since: time.Date(2022, 4, 1, 0, 0, 0, 0, time.UTC)}); n != 1 {
		t.Errorf("--since: %d", n)
	}
	if n := count(kent.SearchQuery{Text: "Belarus OR Luka*", Until: time.Date(2022, 4, 1, 0, 0, 0, 0, time.UTC)}); n != 1 {
		t.Errorf("--until: %d", n)
	}
	if n := count(kent.SearchQuery{Text: "Belarus", Outlet: "SVT.se"}); n != 1 {
		t.Errorf("--outlet: %d", n)
	}
	// Stray FTS syntax is searched as words rather than failing.
	if n := count(kent.SearchQuery{Text: `said "no`}); n != 1 {
		t.Errorf("unbalanced quote: %d", n)
	}
	hits, _, _ := s.Search(ctx, kent.SearchQuery{Text: "osannolikt"})
	if !strings.Contains(hits[0].Snippet, "[osannolikt]") {
		t.Errorf("snippet = %q", hits[0].Snippet)
	}
}

func TestReopenKeepsDataAndMigratesOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kent.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Put(context.Background(), []*kent.Article{article("x", "Kept across opens.", "en", time.Time{})})
	s.Close()
	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if n, _ := s.Count(context.Background()); n != 1 {
		t.Fatalf("count after reopen = %d", n)
	}
	if _, err := s.Get(context.Background(), "ffffffffffff"); kent.ErrorCode(err) != kent.ENOTFOUND {
		t.Fatalf("missing id: %v", err)
	}
}

// The SQLite store passes the suite every backend must pass.
func TestStoreContract(t *testing.T) {
	storetest.Run(t, func(t *testing.T) kent.Store { return open(t) })
}
