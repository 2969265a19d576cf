package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/ingest"
	"github.com/kentnews/kent/internal/peakrss"
	"github.com/kentnews/kent/sqlite"
)

// BenchmarkStore is the writer's part alone: 2,000 processed articles put
// into a fresh store in the Runner's batches.
func BenchmarkStore(b *testing.B) {
	dir := b.TempDir()
	const n = 2000
	syntheticCorpus(b, filepath.Join(dir, "corpus"), n)
	files, _ := filepath.Glob(filepath.Join(dir, "corpus", "*", "*.txt"))
	p := testProc(b)
	var arts []*kent.Article
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		a, err := p.Process(ingest.Doc{Source: f, Format: kent.FormatText, Text: string(text)})
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, a)
	}
	b.ResetTimer()
	cpu := peakrss.CPUSeconds()
	for i := range b.N {
		st, err := sqlite.Open(filepath.Join(dir, "db"+strconv.Itoa(i), "kent.db"))
		if err != nil {
			b.Fatal(err)
		}
		for j := 0; j < len(arts); j += defaultBatch {
			if _, err := st.Put(context.Background(), arts[j:min(j+defaultBatch, len(arts))]); err != nil {
				b.Fatal(err)
			}
		}
		st.Close()
	}
	b.ReportMetric(n/(b.Elapsed().Seconds()/float64(b.N)), "articles/s")
	b.ReportMetric((peakrss.CPUSeconds()-cpu)*1e3/float64(n*b.N), "CPU-ms/article")
}
