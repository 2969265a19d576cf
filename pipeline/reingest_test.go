package pipeline

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/kentnews/kent/internal/peakrss"
	"github.com/kentnews/kent/sqlite"
)

// A folder read again is only cleaned: articles the store has are counted
// as already stored without being analysed again. A processor without its
// quote stage would fail on every article it analysed, so a second run
// with one reports no error, and does once told to reanalyse.
func TestRerunSkipsStoredArticles(t *testing.T) {
	st, err := sqlite.Open(filepath.Join(t.TempDir(), "kent.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	first, err := (&Runner{Proc: testProc(t), Store: st, Workers: 2}).Run(ctx, []string{"../examples/belarus"})
	if err != nil || first.New == 0 || len(first.Errors) > 0 {
		t.Fatalf("first run: %+v %v", first, err)
	}
	crippled := *testProc(t)
	crippled.Quotes = nil
	again, err := (&Runner{Proc: &crippled, Store: st, Workers: 2}).Run(ctx, []string{"../examples/belarus"})
	if err != nil || len(again.Errors) > 0 {
		t.Fatalf("second run analysed stored articles: %v %v", again.Errors, err)
	}
	if again.Articles != first.Articles || again.New != 0 || again.Existing != first.Articles {
		t.Fatalf("second run %+v after %+v", again, first)
	}
	if len(again.IDs) != len(first.IDs) {
		t.Fatalf("second run lists %d articles, first %d", len(again.IDs), len(first.IDs))
	}
	forced, _ := (&Runner{Proc: &crippled, Store: st, Workers: 2, Reanalyse: true}).Run(ctx, []string{"../examples/belarus"})
	if len(forced.Errors) != first.Articles {
		t.Fatalf("Reanalyse: %d errors for %d articles", len(forced.Errors), first.Articles)
	}
	if n, _ := st.Count(ctx); n != first.New {
		t.Fatalf("store holds %d articles after three runs, want %d", n, first.New)
	}
}

// BenchmarkReingest reads a folder of 2,000 stored articles again: "skip"
// is the default (cleaning only for stored articles), "reanalyse" runs
// every stage as ingest did before.
func BenchmarkReingest(b *testing.B) {
	dir := b.TempDir()
	const n = 2000
	syntheticCorpus(b, filepath.Join(dir, "corpus"), n)
	st, err := sqlite.Open(filepath.Join(dir, "kent.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	corpus := []string{filepath.Join(dir, "corpus")}
	if rep, err := (&Runner{Proc: testProc(b), Store: st}).Run(context.Background(), corpus); err != nil || rep.New != n {
		b.Fatalf("%+v %v", rep, err)
	}
	for _, mode := range []string{"skip", "reanalyse"} {
		b.Run(mode, func(b *testing.B) {
			cpu := peakrss.CPUSeconds()
			for range b.N {
				r := &Runner{Proc: testProc(b), Store: st, Reanalyse: mode == "reanalyse"}
				if rep, err := r.Run(context.Background(), corpus); err != nil || rep.Existing != n {
					b.Fatalf("%+v %v", rep, err)
				}
			}
			b.ReportMetric(float64(n*b.N)/(peakrss.CPUSeconds()-cpu), "articles/CPU-s")
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}
