package sqlite

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kentnews/kent"
)

// A store that cannot be written is still read: searched, counted.
func TestReadOnlyStoreCanBeRead(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "kent.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if _, err := s.Put(ctx, []*kent.Article{article("delfi.lt", "Vytis Jurkonis teigė, kad tai mažai tikėtina.", "lt", time.Now())}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	ro, err := openDSN(path, true)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if n, err := ro.Count(ctx); err != nil || n != 1 {
		t.Fatalf("count %d %v", n, err)
	}
	if hits, _, err := ro.Search(ctx, kent.SearchQuery{Text: "Jurkonis"}); err != nil || len(hits) != 1 {
		t.Fatalf("search %v %v", hits, err)
	}
	if _, err := ro.Put(ctx, []*kent.Article{article("lrytas.lt", "Kitas tekstas.", "lt", time.Now())}); err == nil {
		t.Error("a read-only store took a write")
	}
	if os.Geteuid() == 0 {
		return // root writes anything: the permission check below cannot fail
	}
	os.Chmod(path, 0o444)
	os.Chmod(dir, 0o555)
	defer os.Chmod(dir, 0o755)
	s2, err := OpenExisting(path)
	if err != nil {
		t.Fatalf("read-only file: %v", err)
	}
	defer s2.Close()
	if n, err := s2.Count(ctx); err != nil || n != 1 {
		t.Fatalf("count %d %v", n, err)
	}
}

func TestOpenExistingNeverCreates(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "kent.db")
	if _, err := OpenExisting(path); err == nil || !strings.Contains(err.Error(), "no store at "+path) || kent.ErrorCode(err) != kent.EINTERNAL {
		t.Fatalf("missing store: %v", err)
	}
	if _, err := os.Stat(filepath.Dir(path)); err == nil {
		t.Error("folder created")
	}
}

// A full disk is the store's failure, named by its path, not an article's.
func TestFullDiskNamesTheStore(t *testing.T) {
	s := open(t)
	var pages int
	s.db.QueryRow(`PRAGMA page_count`).Scan(&pages)
	// SQLite's page limit stands in for a full disk: both are SQLITE_FULL.
	if _, err := s.db.Exec(`PRAGMA max_page_count = ` + strconv.Itoa(pages+2)); err != nil {
		t.Fatal(err)
	}
	a := article("delfi.lt", strings.Repeat("Vytis Jurkonis teigė, kad tai mažai tikėtina. ", 2000), "lt", time.Now())
	_, err := s.Put(context.Background(), []*kent.Article{a})
	if err == nil || err.Error() != "store "+s.Path+": the disk is full" || kent.ErrorCode(err) != kent.EINTERNAL {
		t.Fatalf("full disk: %v", err)
	}
}

// Malformed or unbounded searches are refused in words, as bad input.
func TestSearchBoundsAndErrors(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	s.Put(ctx, []*kent.Article{article("svt.se", "Belarus skickar osannolikt trupper.", "sv", time.Now())})
	cases := map[string]string{
		"Belarus AND (":                          "its parentheses do not balance",
		"Belarus AND":                            "AND, OR and NOT need a word or group on each side",
		"?!.,;":                                  `search "?!.,;" has no words to look for`,
		strings.Repeat("word ", 40):              "search has 40 words: at most 32",
		"NEAR(" + strings.Repeat("a ", 20) + ")": "NEAR group of 20 words: at most 8",
		strings.Repeat("x", 1200):                "search of 1200 bytes is too long: at most 1000",
	}
	for q, want := range cases {
		_, _, err := s.Search(ctx, kent.SearchQuery{Text: q})
		if err == nil || !strings.Contains(err.Error(), want) || kent.ErrorCode(err) != kent.EINVALID || strings.Contains(err.Error(), "fts5") {
			t.Errorf("%.30q: %v, want %q", q, err, want)
		}
	}
	if hits, _, err := s.Search(ctx, kent.SearchQuery{Text: "Belarus AND osannolikt"}); err != nil || len(hits) != 1 {
		t.Errorf("a good query: %v %v", hits, err)
	}
}

// TestWriterCacheBound: a store's page cache is held to writerCache, the
// bound that keeps a heavy ingest under 400 MB of resident memory.
func TestWriterCacheBound(t *testing.T) {
	st, err := Open(filepath.Join(t.TempDir(), "kent.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var kib int
	if err := st.db.QueryRow(`PRAGMA cache_size`).Scan(&kib); err != nil {
		t.Fatal(err)
	}
	if got := -kib << 10; got != writerCache || writerCache > 16<<20 {
		t.Errorf("page cache %d bytes, want %d (at most 16 MB)", got, writerCache)
	}
}
