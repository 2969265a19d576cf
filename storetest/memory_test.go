package storetest_test

import (
	"cmp"
	"context"
	"iter"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/storetest"
)

// memStore keeps articles in memory: a second implementation of the
// contract, written from kent's documentation alone, to show that the suite
// asks for what the contract says and nothing of SQLite's.
type memStore struct {
	mu   sync.Mutex
	arts []*kent.Article // in ingest order
	byID map[string]*kent.Article
	// stories: assignments in ingest order and the clusterer snapshot.
	assigned []kent.StoryAssignment
	snapshot []byte
	snapUpto int64
}

func TestMemoryStorePassesTheSuite(t *testing.T) {
	storetest.Run(t, func(*testing.T) kent.Store { return &memStore{byID: map[string]*kent.Article{}} })
}

func (m *memStore) Close() error { return nil }

func (m *memStore) Put(_ context.Context, arts []*kent.Article) ([]bool, error) {
	for _, a := range arts {
		if err := a.Validate(); err != nil {
			return nil, err
		}
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	added := make([]bool, len(arts))
	for i, a := range arts {
		if m.byID[a.ID] != nil {
			continue
		}
		if a.IngestedAt.IsZero() {
			a.IngestedAt = time.Now().UTC()
		}
		c := clone(a)
		m.arts = append(m.arts, c)
		m.byID[a.ID] = c
		added[i] = true
	}
	return added, nil
}

// clone copies an article deeply enough that neither the caller nor a
// reader can change what is stored.
func clone(a *kent.Article) *kent.Article {
	c := *a
	c.Paragraphs = slices.Clone(a.Paragraphs)
	for i := range c.Paragraphs {
		c.Paragraphs[i].Sentences = slices.Clone(a.Paragraphs[i].Sentences)
	}
	c.Blocks, c.Warnings, c.Mentions = slices.Clone(a.Blocks), slices.Clone(a.Warnings), slices.Clone(a.Mentions)
	c.Quotes = slices.Clone(a.Quotes)
	for i, q := range c.Quotes {
		if q.Speaker != nil {
			sp := *q.Speaker
			c.Quotes[i].Speaker = &sp
		}
	}
	c.Judgements = slices.Clone(a.Judgements)
	for i, j := range c.Judgements {
		if j.Holder != nil {
			h := *j.Holder
			c.Judgements[i].Holder = &h
		}
		c.Judgements[i].Proposition.Entities = slices.Clone(j.Proposition.Entities)
		c.Judgements[i].Proposition.Events = slices.Clone(j.Proposition.Events)
	}
	return &c
}

func (m *memStore) Get(_ context.Context, id string) (*kent.Article, error) {
	id = strings.ToLower(strings.TrimSpace(id))
	if id == "" {
		return nil, kent.Errorf(kent.EINVALID, "invalid article ID %q", id)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	var found []*kent.Article
	for _, a := range m.arts {
		if strings.HasPrefix(a.ID, id) {
			found = append(found, a)
		}
	}
	switch len(found) {
	case 0:
		return nil, kent.Errorf(kent.ENOTFOUND, "no article with ID %s", id)
	case 1:
		c := clone(found[0])
		c.Mentions = nil // Get returns quotes and judgements, not mentions
		return c, nil
	}
	return nil, kent.Errorf(kent.EINVALID, "ID prefix %s matches more than one article; give more of it", id)
}

func (m *memStore) Copies(_ context.Context, a *kent.Article) ([]string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var ids []string
	for _, b := range m.arts {
		if b.TextHash == a.TextHash && b.ID != a.ID {
			ids = append(ids, b.ID)
		}
	}
	slices.Sort(ids)
	return ids, nil
}

func (m *memStore) Count(context.Context) (int, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.arts), nil
}

// inPeriod is the filters every listing shares.
func inPeriod(a *kent.Article, since, until time.Time) bool {
	if !since.IsZero() && (a.Published.IsZero() || a.Published.Before(since)) {
		return false
	}
	return until.IsZero() || !a.Published.IsZero() && a.Published.Before(until)
}

// byPublication is the listings' order: publication time, undated last,
// then article ID.
func (m *memStore) byPublication() []*kent.Article {
	arts := slices.Clone(m.arts)
	slices.SortFunc(arts, func(a, b *kent.Article) int {
		if a.Published.IsZero() != b.Published.IsZero() {
			if a.Published.IsZero() {
				return 1
			}
			return -1
		}
		return cmp.Or(a.Published.Compare(b.Published), strings.Compare(a.ID, b.ID))
	})
	return arts
}

// pageOf cuts a page out of a whole listing and returns it with the total.
func pageOf[T any](all []T, p kent.Page) ([]T, int) {
	if p.Offset >= len(all) {
		return nil, len(all)
	}
	out := all[p.Offset:]
	if p.Limit > 0 && len(out) > p.Limit {
		out = out[:p.Limit]
	}
	return out, len(all)
}

func (m *memStore) Quotes(_ context.Context, q kent.QuoteQuery) ([]kent.QuoteHit, int, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var all []kent.QuoteHit
	for _, a := range m.byPublication() {
		for _, qt := range clone(a).Quotes {
			switch {
			case q.Language != "" && !strings.EqualFold(q.Language, qt.Language),
				q.Attributed && qt.Speaker == nil,
				!q.Speaker.IsZero() && (qt.Speaker == nil || !qt.Speaker.Key.Matches(q.Speaker)):
				continue
			}
			all = append(all, kent.QuoteHit{Quote: qt, ArticleID: a.ID, Title: a.Title, Outlet: a.Outlet, Published: a.Published})
		}
	}
	hits, total := pageOf(all, q.Page)
	return hits, total, nil
}

func (m *memStore) Judgements(_ context.Context, q kent.JudgementQuery) ([]kent.JudgementHit, int, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var all []kent.JudgementHit
	for _, a := range m.byPublication() {
		if len(q.ArticleIDs) > 0 && !slices.Contains(q.ArticleIDs, a.ID) || !inPeriod(a, q.Since, q.Until) {
			continue
		}
		has := func(keys []string) bool {
			return slices.ContainsFunc(a.Judgements, func(j kent.Judgement) bool { return j.Keys != nil && keysMatch(j.Keys, keys) })
		}
		keyed := len(q.Keys) == 0 || has(q.Keys)
		if len(q.ExceptKeys) > 0 && has(q.ExceptKeys) {
			continue
		}
		for _, h := range clone(a).JudgementHits() {
			if q.Language != "" && !strings.EqualFold(q.Language, h.Language) || !holderMatches(h.Holder, q) || !keyed && h.Keys != nil {
				continue
			}
			if len(q.ExceptKeys) > 0 && h.Keys == nil || q.OwnKeys && len(q.Keys) > 0 && h.Keys != nil && !keysMatch(h.Keys, q.Keys) {
				continue
			}
			all = append(all, h)
		}
	}
	hits, total := pageOf(all, q.Page)
	return hits, total, nil
}

// keysMatch reports whether keys has one of want (a want ending in "*" is
// a prefix).
func keysMatch(keys, want []string) bool {
	for _, w := range want {
		for _, k := range keys {
			if p, ok := strings.CutSuffix(w, "*"); ok && strings.HasPrefix(k, p) || k == w {
				return true
			}
		}
	}
	return false
}

func holderMatches(h *kent.Speaker, q kent.JudgementQuery) bool {
	if q.Holder.IsZero() && q.HolderWords == "" {
		return true
	}
	if h == nil {
		return false
	}
	return !q.Holder.IsZero() && h.Key.Matches(q.Holder) ||
		q.HolderWords != "" && strings.Contains(strings.ToLower(h.Name), strings.ToLower(q.HolderWords))
}

func (m *memStore) MentionRows(_ context.Context, q kent.MentionQuery) iter.Seq2[kent.MentionRow, error] {
	return func(yield func(kent.MentionRow, error) bool) {
		for a := range m.walk() {
			type k struct{ key, text string }
			counts := map[k]*kent.MentionRow{}
			var rows []*kent.MentionRow
			for _, mt := range a.Mentions {
				if q.Kind != "" && mt.Kind != q.Kind {
					continue
				}
				r := counts[k{mt.Key, mt.Text}]
				if r == nil {
					r = &kent.MentionRow{ArticleID: a.ID, Language: a.Language, Kind: mt.Kind, Key: mt.Key, Text: mt.Text, Name: mt.Name}
					counts[k{mt.Key, mt.Text}] = r
					rows = append(rows, r)
				}
				r.Count++
			}
			for _, r := range rows {
				if !yield(*r, nil) {
					return
				}
			}
		}
	}
}

// walk yields the stored articles in ingest order without holding the lock
// while the caller works, so the caller may use the store meanwhile.
func (m *memStore) walk() iter.Seq[*kent.Article] {
	return func(yield func(*kent.Article) bool) {
		for i := 0; ; i++ {
			m.mu.Lock()
			if i >= len(m.arts) {
				m.mu.Unlock()
				return
			}
			a := m.arts[i]
			m.mu.Unlock()
			if !yield(a) {
				return
			}
		}
	}
}
