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
	if ok, err := s.Stored(ctx, a.ID); err != nil || ok {
		t.Fatalf("before Put: %v %v", ok, err)
	}
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
