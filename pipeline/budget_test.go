package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/sqlite"
)

// slowStore is a real store whose writes take a while, as when another
// process holds the write lock; it records the text each write carries.
type slowStore struct {
	*sqlite.Store
	mu      sync.Mutex
	batches [][]int // each write's articles' text lengths
}

func (s *slowStore) Put(ctx context.Context, arts []*kent.Article) ([]bool, error) {
	var n []int
	for _, a := range arts {
		n = append(n, len(a.Text))
	}
	s.mu.Lock()
	s.batches = append(s.batches, n)
	s.mu.Unlock()
	time.Sleep(50 * time.Millisecond)
	return s.Store.Put(ctx, arts)
}

// Processed articles wait for the writer within a bound on their text, not
// only on their number: with a small bound every write carries at most
// about half of it (and one article more), an article longer than the whole
// bound is stored alone, and every article is stored.
func TestInFlightTextIsBounded(t *testing.T) {
	dir := t.TempDir()
	syntheticCorpus(t, filepath.Join(dir, "corpus"), 40)
	long := "Long Report\n\nPublished: 2024-05-01 | Example Outlet\n\n" +
		strings.Repeat("The council met again on Monday and said the talks would go on next week. ", 300)
	if err := os.WriteFile(filepath.Join(dir, "corpus", "long.txt"), []byte(long), 0o644); err != nil {
		t.Fatal(err)
	}
	st, err := sqlite.Open(filepath.Join(dir, "kent.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	slow := &slowStore{Store: st}
	const bound = 12 << 10
	r := &Runner{Proc: testProc(t), Store: slow, Workers: 2, InFlightText: bound}
	rep, err := r.Run(context.Background(), []string{filepath.Join(dir, "corpus")})
	if err != nil || rep.New != 41 || len(rep.Errors) != 0 {
		t.Fatalf("report %+v, %v", rep, err)
	}
	if n, _ := st.Count(context.Background()); n != 41 {
		t.Fatalf("stored %d articles, want 41", n)
	}
	longest := 0 // of the short articles
	for _, b := range slow.batches {
		for _, n := range b {
			if n < bound {
				longest = max(longest, n)
			}
		}
	}
	alone := false
	for _, b := range slow.batches {
		sum := 0
		for _, n := range b {
			sum += n
			if n >= bound {
				alone = len(b) == 1
			}
		}
		if sum >= bound/2+longest && len(b) > 1 {
			t.Errorf("a write carried %d articles with %d bytes of text; the bound is %d", len(b), sum, bound)
		}
	}
	if !alone {
		t.Errorf("the article longer than the bound was not stored alone: %v", slow.batches)
	}
}
