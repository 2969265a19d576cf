package sqlite

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/kentnews/kent"
)

// Put skips the foreign-key checks for its own rows, which always follow
// their article; every other statement on the store still has them, after
// a Put that stored articles and after one that failed.
func TestForeignKeysStayOnAfterPut(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	a := article("x", "Jan Kowalski said it was likely.", "en", time.Time{})
	a.Quotes = []kent.Quote{{Kind: kent.QuoteIndirect, Text: "it was likely", Span: kent.Span{Start: 20, End: 31}}}
	if _, err := s.Put(ctx, []*kent.Article{a}); err != nil {
		t.Fatal(err)
	}
	orphan := func(when string) {
		t.Helper()
		_, err := s.db.ExecContext(ctx, `INSERT INTO quotes (article_id, idx, kind, text, span_start, span_end, sentence) VALUES ('no such article', 0, 'direct', 'x', 0, 1, 0)`)
		if err == nil || !strings.Contains(err.Error(), "FOREIGN KEY") {
			t.Fatalf("%s: a quote of no stored article was inserted (err %v)", when, err)
		}
	}
	orphan("after a Put")
	bad := article("y", "Other text.", "en", time.Time{})
	bad.Paragraphs[0].End = 999
	if _, err := s.Put(ctx, []*kent.Article{bad}); err == nil {
		t.Fatal("an invalid article was stored")
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := s.Put(cancelled, []*kent.Article{article("z", "More text.", "en", time.Time{})}); err == nil {
		t.Fatal("a Put with a cancelled context stored its article")
	}
	orphan("after failed Puts")
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM quotes WHERE article_id = ?`, a.ID).Scan(&n); err != nil || n != 1 {
		t.Fatalf("the article's quote: %d rows, %v", n, err)
	}
}
