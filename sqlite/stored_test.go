package sqlite

import (
	"context"
	"testing"
	"time"

	"github.com/kentnews/kent"
)

// Stored answers for the exact ID only, and sees what a write transaction
// committed while its own pool stays open.
func TestStoredSeesCommittedArticles(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	a := article("lrytas.lt", "Vytis Jurkonis teigė, kad tai mažai tikėtina.", "lt", time.Time{})
	// First asked while the writer holds its transaction, as ingest's
	// workers do: opening the pool must not wait for the write lock.
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Exec(`INSERT INTO schema_migrations VALUES (9999, 'test')`); err != nil {
		t.Fatal(err)
	}
	if ok, err := s.Stored(ctx, a.ID); err != nil || ok {
		t.Fatalf("before Put: %v %v", ok, err)
	}
	tx.Rollback()
	if _, err := s.Put(ctx, []*kent.Article{a}); err != nil {
		t.Fatal(err)
	}
	if ok, err := s.Stored(ctx, a.ID); err != nil || !ok {
		t.Fatalf("after Put: %v %v", ok, err)
	}
	if ok, _ := s.Stored(ctx, a.ID[:6]); ok {
		t.Fatal("a prefix of the ID counts as stored")
	}
}
