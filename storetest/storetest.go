// Package storetest is the suite every implementation of kent.Store must
// pass: the SQLite store runs it in its tests, and a second backend
// (PostgreSQL) proves it agrees with the first by running it too. The
// suite writes articles as the pipeline hands them over (speaker keys set by
// the names stage) and checks what the store's readers return. Its own test
// runs it against an in-memory store written from the contract alone, which
// shows that passing it asks nothing of SQLite.
package storetest

import (
	"context"
	"slices"
	"testing"

	"github.com/kentnews/kent"
)

// Open returns an empty store for one test; Run closes it.
type Open func(t *testing.T) kent.Store

// Run runs every check of the contract, each on a fresh store from open.
func Run(t *testing.T, open Open) {
	tests := []struct {
		name string
		fn   func(*testing.T, kent.Store)
	}{
		{"PutGet", testPutGet},
		{"GetByPrefix", testGetByPrefix},
		{"IdempotentPut", testIdempotentPut},
		{"InvalidBatchStoresNothing", testInvalidBatch},
		{"Copies", testCopies},
		{"Search", testSearch},
		{"QuotesBySpeakerAnySpelling", testQuotes},
		{"JudgementsByHolder", testJudgements},
		{"EntitiesMerged", testEntities},
		{"ListingsPage", testPages},
		{"Streams", testStreams},
		{"Stories", testStories},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t)
			t.Cleanup(func() {
				if err := s.Close(); err != nil {
					t.Errorf("close: %v", err)
				}
			})
			tc.fn(t, s)
		})
	}
}

// put stores articles and fails the test unless all are new.
func put(t *testing.T, s kent.Store, arts ...*kent.Article) {
	t.Helper()
	added, err := s.Put(context.Background(), arts)
	if err != nil {
		t.Fatalf("put: %v", err)
	}
	for i, ok := range added {
		if !ok {
			t.Fatalf("put: article %d (%s) not new", i, arts[i].Source)
		}
	}
}

// ids returns what each item's id function gives, in order.
func ids[T any](items []T, id func(T) string) []string {
	out := make([]string, len(items))
	for i, x := range items {
		out[i] = id(x)
	}
	return out
}

func sameIDs(t *testing.T, what string, got, want []string) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Errorf("%s: got %v, want %v", what, got, want)
	}
}

// firstOf and secondOf order two articles published together as the
// listings do: by ID.
func firstOf(a, b *kent.Article) string {
	if a.ID < b.ID {
		return a.Outlet
	}
	return b.Outlet
}

func secondOf(a, b *kent.Article) string {
	if a.ID < b.ID {
		return b.Outlet
	}
	return a.Outlet
}

func sortStrings(s []string) { slices.Sort(s) }
