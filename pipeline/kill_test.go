//go:build unix

package pipeline

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/gob"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/ingest"
	"github.com/kentnews/kent/sqlite"
)

// killChild is set in the child process the test below starts and kills.
const killChild = "KENT_TEST_KILL_CHILD"

// kill -9 at random moments during an ingest leaves a consistent store:
// integrity_check passes, the search index agrees with the articles, and a
// re-run stores the rest without duplicates.
//
// The child process runs the Runner's writer on articles the parent has
// already processed, fed at the pace of a worker: crash safety is the
// writer's and the store's, and a child that loaded every model under the
// race detector first spent a minute of CPU before storing anything (on a
// busy machine the test then killed it before it had stored a single
// article). The re-run at the end is a whole Runner over the files.
func TestKillNineKeepsTheStoreConsistent(t *testing.T) {
	if spec := os.Getenv(killChild); spec != "" {
		killChildWrites(spec)
		return
	}
	if testing.Short() {
		t.Skip("starts and kills ingests")
	}
	dir := t.TempDir()
	const n = 40
	syntheticCorpus(t, filepath.Join(dir, "corpus"), n)
	files, _ := filepath.Glob(filepath.Join(dir, "corpus", "*", "*.txt"))
	var arts []*kent.Article
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := testProc(t).Process(ingest.Doc{Source: f, Format: kent.FormatText, Text: string(text)})
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	var enc bytes.Buffer
	if err := gob.NewEncoder(&enc).Encode(arts); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "articles.gob"), enc.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "kent.db")
	rng := rand.New(rand.NewPCG(7, 11))
	for i := range 3 {
		cmd := exec.Command(os.Args[0], "-test.run=^TestKillNineKeepsTheStoreConsistent$")
		cmd.Env = append(os.Environ(), killChild+"="+db)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Kill it at a random moment once it is storing: after a random
		// number of further articles, mid-batch or mid-commit.
		before, _ := stored(db)
		target := before + 2 + rng.IntN(8)
		for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
			if n, _ := stored(db); n >= target {
				break
			}
		}
		time.Sleep(time.Duration(rng.IntN(60)) * time.Millisecond)
		cmd.Process.Kill()
		cmd.Wait()
		articles, indexed := consistent(t, db)
		t.Logf("kill %d: %d articles stored", i+1, articles)
		if articles != indexed {
			t.Fatalf("after kill %d: %d articles, %d indexed", i+1, articles, indexed)
		}
	}
	st, err := sqlite.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	before, _ := st.Count(context.Background())
	if before == 0 || before == n {
		t.Logf("the kills struck before the first commit or after the last (%d of %d stored)", before, n)
	}
	rep, err := (&Runner{Proc: testProc(t), Store: st}).Run(context.Background(), []string{filepath.Join(dir, "corpus")})
	st.Close()
	if err != nil || rep.New != n-before || rep.Existing != before {
		t.Errorf("re-run: %v, %d new, %d existing, %d before", err, rep.New, rep.Existing, before)
	}
	if articles, _ := consistent(t, db); articles != n {
		t.Errorf("%d articles after the re-run", articles)
	}
}

// killChildWrites is the child's side: it hands the parent's processed
// articles to the Runner's writer (batches of 5, as in a small run) at
// about a worker's pace, until it is killed or done.
func killChildWrites(db string) {
	data, err := os.ReadFile(filepath.Join(filepath.Dir(db), "articles.gob"))
	if err != nil {
		os.Exit(3)
	}
	var arts []*kent.Article
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&arts); err != nil {
		os.Exit(3)
	}
	st, err := sqlite.Open(db)
	if err != nil {
		os.Exit(3)
	}
	ch := make(chan result, 5)
	go func() {
		for _, a := range arts {
			time.Sleep(5 * time.Millisecond)
			ch <- result{a: a}
		}
		close(ch)
	}()
	var rep Report
	w := &writer{store: st, ctx: context.Background(), batch: 5, stop: func() {}, rep: &rep, seen: map[string]bool{}}
	w.run(ch, nil)
	if w.err != nil {
		os.Exit(4)
	}
	os.Exit(0)
}

// stored counts the articles in the store, while another process writes.
func stored(db string) (int, error) {
	raw, err := sql.Open("sqlite", "file:"+db+"?mode=ro")
	if err != nil {
		return 0, err
	}
	defer raw.Close()
	var n int
	err = raw.QueryRow(`SELECT COUNT(*) FROM articles`).Scan(&n)
	return n, err
}

// consistent checks the store file and returns its article and index counts.
func consistent(t *testing.T, db string) (articles, indexed int) {
	t.Helper()
	if _, err := os.Stat(db); err != nil {
		return 0, 0 // killed before the store was made
	}
	raw, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	var check string
	var distinct int
	raw.QueryRow(`PRAGMA integrity_check`).Scan(&check)
	raw.QueryRow(`SELECT COUNT(*), COUNT(DISTINCT text_hash) FROM articles`).Scan(&articles, &distinct)
	raw.QueryRow(`SELECT COUNT(*) FROM articles_fts`).Scan(&indexed)
	if check != "ok" || distinct != articles {
		t.Fatalf("integrity %q, %d articles, %d distinct", check, articles, distinct)
	}
	return articles, indexed
}
