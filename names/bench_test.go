package names_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/ingest"
	"github.com/kentnews/kent/pipeline"
)

// BenchmarkFind measures mentions and keys (base forms, skeletons, person
// evidence) per demo article on one core; the goal is 2,000 articles/s.
func BenchmarkFind(b *testing.B) {
	proc, err := pipeline.NewProcessor()
	if err != nil {
		b.Fatal(err)
	}
	files, _ := filepath.Glob("../examples/*/*.txt")
	var arts []*kent.Article
	for _, f := range files {
		data, _ := os.ReadFile(f)
		docs, _ := ingest.Read(f, data)
		a, err := proc.Process(docs[0])
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, a)
	}
	n := 0
	b.ResetTimer()
	for b.Loop() {
		for _, a := range arts {
			a.Mentions = proc.Names.Find(a)
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}
