package pipeline

import (
	"context"
	"database/sql"
	"io"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/kentnews/kent/sqlite"
)

// Two ingests into one store at once both succeed: every article is stored
// once, the search index agrees, and the file passes integrity_check.
func TestTwoIngestsIntoOneStore(t *testing.T) {
	corpus := t.TempDir()
	syntheticCorpus(t, corpus, 40) // one article in each of 40 folders
	// The runs overlap: both read folders 016-023, each reads 16 more.
	dirs, _ := filepath.Glob(filepath.Join(corpus, "*"))
	runs := [][]string{dirs[:24], dirs[16:]}
	db := filepath.Join(t.TempDir(), "kent.db")
	var wg sync.WaitGroup
	reps := make([]Report, 2)
	errs := make([]error, 2)
	for i := range runs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			st, err := sqlite.Open(db)
			if err != nil {
				errs[i] = err
				return
			}
			defer st.Close()
			reps[i], errs[i] = (&Runner{Proc: testProc(t), Store: st, Workers: 1, BatchSize: 5}).Run(context.Background(), runs[i])
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil || len(reps[i].Errors) > 0 {
			t.Fatalf("run %d: %v %v", i, err, reps[i].Errors)
		}
	}
	if reps[0].New+reps[1].New != 40 || reps[0].Articles+reps[1].Articles != 48 {
		t.Errorf("new %d+%d, read %d+%d", reps[0].New, reps[1].New, reps[0].Articles, reps[1].Articles)
	}
	raw, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	var check string
	var articles, distinct, indexed int
	raw.QueryRow(`PRAGMA integrity_check`).Scan(&check)
	raw.QueryRow(`SELECT COUNT(*), COUNT(DISTINCT text_hash) FROM articles`).Scan(&articles, &distinct)
	raw.QueryRow(`SELECT COUNT(*) FROM articles_fts`).Scan(&indexed)
	if check != "ok" || articles != 40 || distinct != 40 || indexed != 40 {
		t.Errorf("integrity %q, %d articles, %d distinct texts, %d indexed", check, articles, distinct, indexed)
	}
}

// A cancelled run (Ctrl-C) stores what it read and says it was
// interrupted; a re-run stores the rest without duplicates.
func TestInterruptedRunKeepsWhatItRead(t *testing.T) {
	corpus := t.TempDir()
	syntheticCorpus(t, corpus, 40)
	st, err := sqlite.Open(filepath.Join(t.TempDir(), "kent.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx, cancel := context.WithCancel(context.Background())
	r := &Runner{Proc: testProc(t), Store: st, Workers: 1, BatchSize: 5}
	n := 0
	r.Progress = func(int64, int64) {
		if n++; n == 12 {
			cancel()
		}
	}
	rep, err := r.Run(ctx, []string{corpus})
	if err != nil || !rep.Interrupted || rep.New < 8 || rep.New >= 40 {
		t.Fatalf("interrupted run: %+v %v", rep, err)
	}
	if c, _ := st.Count(context.Background()); c != rep.New {
		t.Errorf("report says %d new, store has %d", rep.New, c)
	}
	r.Progress = nil
	again, err := r.Run(context.Background(), []string{corpus})
	if err != nil || again.New != 40-rep.New || again.Existing != rep.New {
		t.Errorf("re-run: %+v %v", again, err)
	}
}

// Ctrl-C ends a run even while it waits on a pipe that never writes.
func TestInterruptWhileReadingAPipe(t *testing.T) {
	st, err := sqlite.Open(filepath.Join(t.TempDir(), "kent.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	pr, pw := io.Pipe()
	defer pw.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	start := time.Now()
	rep, err := (&Runner{Proc: testProc(t), Store: st, Stdin: pr}).Run(ctx, []string{"-", "../examples/belarus"})
	if err != nil || !rep.Interrupted || time.Since(start) > 10*time.Second {
		t.Errorf("%v %+v after %v", err, rep, time.Since(start))
	}
}
