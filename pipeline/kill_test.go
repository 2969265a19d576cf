//go:build unix

package pipeline

import (
	"context"
	"database/sql"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/kentnews/kent/sqlite"
)

// killChild is set in the child process the test below starts and kills.
const killChild = "KENT_TEST_KILL_CHILD"

// kill -9 at random moments during an ingest leaves a consistent store:
// integrity_check passes, the search index agrees with the articles, and a
// re-run stores the rest without duplicates.
func TestKillNineKeepsTheStoreConsistent(t *testing.T) {
	if spec := os.Getenv(killChild); spec != "" {
		corpus, db := filepath.Dir(spec), spec
		st, err := sqlite.Open(db)
		if err != nil {
			os.Exit(3)
		}
		(&Runner{Proc: testProc(t), Store: st, Workers: 1, BatchSize: 5}).Run(context.Background(), []string{filepath.Join(corpus, "corpus")})
		os.Exit(0)
	}
	if testing.Short() {
		t.Skip("starts and kills ingests")
	}
	dir := t.TempDir()
	syntheticCorpus(t, filepath.Join(dir, "corpus"), 80)
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
		target := before + 3 + rng.IntN(15)
		for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
			if n, _ := stored(db); n >= target {
				break
			}
		}
		time.Sleep(time.Duration(rng.IntN(200)) * time.Millisecond)
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
	rep, err := (&Runner{Proc: testProc(t), Store: st}).Run(context.Background(), []string{filepath.Join(dir, "corpus")})
	st.Close()
	if err != nil || rep.New != 80-before || rep.Existing != before {
		t.Errorf("re-run: %v, %d new, %d existing, %d before", err, rep.New, rep.Existing, before)
	}
	if articles, _ := consistent(t, db); articles != 80 {
		t.Errorf("%d articles after the re-run", articles)
	}
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
