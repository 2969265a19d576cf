package story_test

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/sqlite"
	"github.com/kentnews/kent/story"
)

// storyStoreOnly hides every method but kent.StoryStore's, as a store that
// cannot read articles by position.
type storyStoreOnly struct{ kent.StoryStore }

// Ordered hands out the articles after a position by publication date,
// then ID, whatever order they were stored in, from a store that reads by
// position and from one that cannot alike.
func TestOrderedIsCanonical(t *testing.T) {
	ctx := context.Background()
	s, err := sqlite.Open(filepath.Join(t.TempDir(), "kent.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	arts := newsArticles(600)
	for i, a := range arts {
		if i%3 == 0 {
			a.Published = a.Published.AddDate(0, 0, -i%7)
		}
	}
	if _, err := s.Put(ctx, arts); err != nil {
		t.Fatal(err)
	}
	first := int64(0)
	for in := range s.StoryInputs(ctx, 0) {
		first = in.Seq
		break
	}
	want := slices.Clone(arts[1:])
	slices.SortStableFunc(want, func(a, b *kent.Article) int {
		if c := a.Published.Compare(b.Published); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	for _, store := range []kent.StoryStore{s, storyStoreOnly{s}} {
		var got []string
		for in, err := range story.Ordered(ctx, store, first) {
			if err != nil {
				t.Fatal(err)
			}
			if in.Text == "" {
				t.Fatalf("%s handed out without its text", in.ID)
			}
			got = append(got, in.ID)
		}
		if len(got) != len(want) {
			t.Fatalf("%T: %d articles after the first; want %d", store, len(got), len(want))
		}
		for i, a := range want {
			if got[i] != a.ID {
				t.Fatalf("%T: article %d is %s; want %s", store, i, got[i], a.ID)
			}
		}
	}
}
