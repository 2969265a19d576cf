package question_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/internal/peakrss"
	"github.com/kentnews/kent/lexicon"
	"github.com/kentnews/kent/pipeline"
	"github.com/kentnews/kent/question"
	"github.com/kentnews/kent/sqlite"
)

// BenchmarkBrief measures what `kent brief --question-file` does against a
// store of 10,000 articles (built from the demo corpus: each article is one
// seed's headline and a random three quarters of its lines, numbered): read
// every judgement, decide relevance, pool. The store is built once, outside
// the timer.
func BenchmarkBrief(b *testing.B) {
	dir := b.TempDir()
	const n = 10000
	files, _ := filepath.Glob("../examples/belarus/*.txt")
	var seeds [][]string
	for _, f := range files {
		data, _ := os.ReadFile(f)
		seeds = append(seeds, strings.Split(string(data), "\n"))
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for i := range n {
		lines := seeds[i%len(seeds)]
		mid := append([]string(nil), lines[1:]...)
		rng.Shuffle(len(mid), func(a, c int) { mid[a], mid[c] = mid[c], mid[a] })
		mid = mid[:len(mid)*3/4]
		mid = append(mid, "Report "+strconv.Itoa(i)+".")
		p := filepath.Join(dir, "c", fmt.Sprintf("%03d", i%100), fmt.Sprintf("%05d.txt", i))
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(lines[0]+"\n"+strings.Join(mid, "\n")), 0o644)
	}
	dbPath := filepath.Join(dir, "kent.db")
	st, err := sqlite.Open(dbPath)
	if err != nil {
		b.Fatal(err)
	}
	proc, _ := pipeline.NewProcessor()
	rep, err := (&pipeline.Runner{Proc: proc, Store: st}).Run(context.Background(), []string{filepath.Join(dir, "c")})
	st.Close()
	if err != nil || rep.New < n*9/10 {
		b.Fatalf("%+v %v", rep, err)
	}
	m, _ := question.New(lexicon.MustDefault())
	q := m.Parse("Will Belarusian armed forces enter the war against Ukraine?")
	runtime.GC()
	b.ResetTimer()
	var judged int
	for b.Loop() {
		st, err := sqlite.Open(dbPath)
		if err != nil {
			b.Fatal(err)
		}
		hits, _, err := st.Judgements(context.Background(), kent.JudgementQuery{})
		if err != nil {
			b.Fatal(err)
		}
		o := m.Outlook(q, hits, n, question.Options{})
		if o.Pooled == nil {
			b.Fatal("no outlook")
		}
		judged = len(hits)
		st.Close()
	}
	b.ReportMetric(float64(judged), "judgements")
	b.ReportMetric(peakrss.MB(), "peak-RSS-MB")
}

// BenchmarkJudgementKeys measures the keys a judgement is found by
// (places, names, organisations, families of its sentence), computed at
// ingest for every judgement: placesOf runs for each word.
func BenchmarkJudgementKeys(b *testing.B) {
	m, err := question.New(lexicon.MustDefault())
	if err != nil {
		b.Fatal(err)
	}
	j := kent.Judgement{Words: "Analysts in Warsaw said it was very unlikely that the ECB would raise rates in July, while Taiwaniin and Ranskassa nothing changed for the Bundesregierung.",
		Proposition: kent.Proposition{Text: "the ECB would raise rates in July", Events: []string{"rate-raise"}}}
	for b.Loop() {
		m.Keys(j)
	}
}
