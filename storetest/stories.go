package storetest

import (
	"context"
	"testing"

	"github.com/kentnews/kent"
)

// inputs streams the articles after ingest position after.
func inputs(t *testing.T, s kent.Store, after int64) []kent.StoryInput {
	t.Helper()
	var out []kent.StoryInput
	for in, err := range s.StoryInputs(context.Background(), after) {
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, in)
	}
	return out
}

func testStories(t *testing.T, s kent.Store) {
	ctx := context.Background()
	if st, err := s.StoryState(ctx); err != nil || st.Upto != 0 || st.Snapshot != nil || st.SnapshotUpto != 0 {
		t.Fatalf("fresh story state = %+v, %v; want zero", st, err)
	}
	if ss, total, err := s.Stories(ctx, kent.Page{}); err != nil || total != 0 || len(ss) != 0 {
		t.Fatalf("fresh stories = %v of %d, %v; want none", ss, total, err)
	}
	c := newCorpus()
	put(t, s, c.sv, c.en, c.ru)
	in := inputs(t, s, 0)
	if len(in) != 3 || in[0].ID != c.sv.ID || in[2].ID != c.ru.ID || !(in[0].Seq > 0 && in[0].Seq < in[1].Seq && in[1].Seq < in[2].Seq) {
		t.Fatalf("story inputs = %+v; want sv, en, ru with increasing positions", in)
	}
	if rest := inputs(t, s, in[0].Seq); len(rest) != 2 || rest[0].ID != c.en.ID {
		t.Fatalf("inputs after the first = %d, want en and ru", len(rest))
	}

	// sv and ru in story 0, en in story 1, a snapshot after en.
	first := []kent.StoryAssignment{{Seq: in[0].Seq, ArticleID: c.sv.ID, Story: 0}, {Seq: in[1].Seq, ArticleID: c.en.ID, Story: 1}}
	if err := s.AssignStories(ctx, 0, first, []byte("state after en")); err != nil {
		t.Fatal(err)
	}
	if st, err := s.StoryState(ctx); err != nil || st.Upto != in[1].Seq || string(st.Snapshot) != "state after en" || st.SnapshotUpto != in[1].Seq {
		t.Fatalf("story state = %+v, %v; want up to en with its snapshot", st, err)
	}
	// A second writer that started from the same state conflicts.
	if err := s.AssignStories(ctx, 0, first[:1], nil); kent.ErrorCode(err) != kent.ECONFLICT {
		t.Fatalf("stale assignment: %v; want %s", err, kent.ECONFLICT)
	}
	if err := s.AssignStories(ctx, in[1].Seq, []kent.StoryAssignment{{Seq: in[2].Seq, ArticleID: c.ru.ID, Story: 0}}, nil); err != nil {
		t.Fatal(err)
	}
	if st, err := s.StoryState(ctx); err != nil || st.Upto != in[2].Seq || string(st.Snapshot) != "state after en" || st.SnapshotUpto != in[1].Seq {
		t.Fatalf("story state = %+v, %v; want up to ru, the snapshot kept", st, err)
	}

	ss, total, err := s.Stories(ctx, kent.Page{})
	if err != nil || total != 2 || len(ss) != 2 {
		t.Fatalf("stories = %d of %d, %v; want 2", len(ss), total, err)
	}
	big := ss[0]
	if big.ID != 0 || len(big.Members) != 2 || big.Members[0] != (kent.StoryMember{ArticleID: c.sv.ID, Title: c.sv.Title, Language: "sv", Outlet: "svt.se"}) || big.Members[1].ArticleID != c.ru.ID {
		t.Errorf("largest story = %+v; want sv then ru", big)
	}
	if page, total, err := s.Stories(ctx, kent.Page{Limit: 1, Offset: 1}); err != nil || total != 2 || len(page) != 1 || page[0].ID != 1 || page[0].Members[0].ArticleID != c.en.ID {
		t.Errorf("second page of stories = %+v of %d, %v; want story 1 with en", page, total, err)
	}

	put(t, s, c.lt)
	if more := inputs(t, s, in[2].Seq); len(more) != 1 || more[0].ID != c.lt.ID || more[0].Seq <= in[2].Seq {
		t.Errorf("inputs after assignment = %+v; want the new lt article, later", more)
	}
}
