package storetest_test

import (
	"cmp"
	"context"
	"iter"
	"slices"

	"github.com/kentnews/kent"
)

// The ingest position of an article in memStore is its index in arts plus 1.

func (m *memStore) StoryInputs(_ context.Context, after int64) iter.Seq2[kent.StoryInput, error] {
	return func(yield func(kent.StoryInput, error) bool) {
		seq := int64(0)
		for a := range m.walk() {
			if seq++; seq <= after {
				continue
			}
			if !yield(kent.StoryInput{Seq: seq, ID: a.ID, Language: a.Language, Title: a.Title, Text: a.Text, Outlet: a.Outlet, Published: a.Published}, nil) {
				return
			}
		}
	}
}

func (m *memStore) StoryState(context.Context) (kent.StoryState, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return kent.StoryState{Upto: m.upto(), Snapshot: m.snapshot, SnapshotUpto: m.snapUpto}, nil
}

func (m *memStore) upto() int64 {
	if len(m.assigned) == 0 {
		return 0
	}
	return m.assigned[len(m.assigned)-1].Seq
}

func (m *memStore) AssignStories(_ context.Context, from int64, as []kent.StoryAssignment, snapshot []byte) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.upto() != from {
		return kent.Errorf(kent.ECONFLICT, "assigned up to %d, not %d", m.upto(), from)
	}
	last := from
	for _, a := range as {
		if a.Seq <= last || a.Seq > int64(len(m.arts)) || m.arts[a.Seq-1].ID != a.ArticleID {
			return kent.Errorf(kent.EINVALID, "bad assignment %+v", a)
		}
		last = a.Seq
	}
	m.assigned = append(m.assigned, as...)
	if snapshot != nil {
		m.snapshot, m.snapUpto = snapshot, m.upto()
	}
	return nil
}

func (m *memStore) Stories(_ context.Context, p kent.Page) ([]kent.StoredStory, int, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	byID := map[int]*kent.StoredStory{}
	var all []*kent.StoredStory
	for _, a := range m.assigned {
		st := byID[a.Story]
		if st == nil {
			st = &kent.StoredStory{ID: a.Story}
			byID[a.Story] = st
			all = append(all, st)
		}
		art := m.arts[a.Seq-1]
		st.Members = append(st.Members, kent.StoryMember{ArticleID: art.ID, Title: art.Title, Language: art.Language, Outlet: art.Outlet})
	}
	slices.SortFunc(all, func(a, b *kent.StoredStory) int {
		return cmp.Or(cmp.Compare(len(b.Members), len(a.Members)), cmp.Compare(a.ID, b.ID))
	})
	var out []kent.StoredStory
	for i, st := range all {
		if i >= p.Offset && (p.Limit <= 0 || len(out) < p.Limit) {
			out = append(out, *st)
		}
	}
	return out, len(all), nil
}
