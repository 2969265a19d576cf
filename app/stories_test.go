package app_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/app"
)

// Ingest assigns stories as it stores articles, so listing them reads the
// assignments; they are the stories one pass over the store would make
// (what a threshold other than the default still computes), and a store
// whose articles have no stories yet (an older store) gets them on the
// first listing.
func TestStoriesAssignedAtIngest(t *testing.T) {
	ctx := context.Background()
	svc := service(t)
	if _, err := svc.Ingest(ctx, app.IngestRequest{Paths: []string{"../examples"}, Workers: 1}); err != nil {
		t.Fatal(err)
	}
	n, err := svc.Store.Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var lastSeq int64
	var order []string // ingest order
	for in, err := range svc.Store.StoryInputs(ctx, 0) {
		if err != nil {
			t.Fatal(err)
		}
		lastSeq, order = in.Seq, append(order, in.ID)
	}
	if st, err := svc.Store.StoryState(ctx); err != nil || st.Upto != lastSeq {
		t.Fatalf("after ingest stories assigned up to %d (%v); the last of %d articles is at %d", st.Upto, err, n, lastSeq)
	}
	kept, err := svc.Stories(ctx, app.StoriesRequest{})
	if err != nil {
		t.Fatal(err)
	}
	// A threshold other than the default (by a hair) clusters afresh.
	fresh, err := svc.Stories(ctx, app.StoriesRequest{Threshold: 0.3000001})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(kept, fresh) || kept.Total < 2 {
		t.Errorf("stored stories %+v\ndiffer from one pass %+v", kept, fresh)
	}

	// An older store: the same articles, stored without stories.
	old := service(t)
	var arts []*kent.Article
	for _, id := range order {
		a, err := svc.Store.Get(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	if _, err := old.Store.Put(ctx, arts); err != nil {
		t.Fatal(err)
	}
	if st, _ := old.Store.StoryState(ctx); st.Upto != 0 {
		t.Fatalf("put assigned stories: %+v", st)
	}
	got, err := old.Stories(ctx, app.StoriesRequest{})
	if err != nil || !reflect.DeepEqual(got, kept) {
		t.Errorf("older store's stories: %+v %v; want %+v like the ingested one", got, err, kept)
	}
}
