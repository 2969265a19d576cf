package pipeline

import (
	"context"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/ingest"
	"github.com/kentnews/kent/internal/peakrss"
	"github.com/kentnews/kent/lexicon"
	"github.com/kentnews/kent/sqlite"
	"github.com/kentnews/kent/story"
)

var (
	procOnce sync.Once
	proc     *Processor
)

func testProc(tb testing.TB) *Processor {
	procOnce.Do(func() {
		var err error
		if proc, err = NewProcessor(); err != nil {
			tb.Fatal(err)
		}
	})
	return proc
}

func TestProcessKeepsSpansAndStableIDs(t *testing.T) {
	text, err := os.ReadFile("../examples/belarus/001_f15f1aa9a78ce15d.txt")
	if err != nil {
		t.Fatal(err)
	}
	d := ingest.Doc{Source: "x.txt", Format: kent.FormatText, Text: string(text)}
	a, err := testProc(t).Process(d)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range a.Paragraphs {
		if len(p.Sentences) == 0 {
			t.Fatalf("paragraph without sentences: %q", a.SpanText(p.Span))
		}
		for _, s := range p.Sentences {
			if got := a.SpanText(s.Span); got == "" || strings.HasPrefix(got, " ") {
				t.Fatalf("bad sentence span %+v: %q", s, got)
			}
		}
	}
	// Sentences cite exact words: the Cancian quote is one sentence.
	found := false
	for _, p := range a.Paragraphs {
		for _, s := range p.Sentences {
			if a.SpanText(s.Span) == "“It certainly wouldn’t be critical,” said Mark Cancian, a former US Marine Corps colonel now at the Center for Strategic and International Studies think tank in Washington." {
				found = true
			}
		}
	}
	if !found {
		t.Error("Cancian sentence not segmented as one span")
	}
	b, _ := testProc(t).Process(d)
	if a.ID != b.ID {
		t.Error("ID not stable")
	}
	d.Outlet = "other.example"
	c, _ := testProc(t).Process(d)
	if c.ID == a.ID || c.TextHash != a.TextHash {
		t.Error("the same text from another outlet must be a copy with its own ID")
	}
}

func TestRunnerStoresOnceAndReportsErrors(t *testing.T) {
	dir := t.TempDir()
	st, err := sqlite.Open(filepath.Join(dir, "kent.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	r := &Runner{Proc: testProc(t), Store: st, Workers: 2, BatchSize: 2}
	rep, err := r.Run(context.Background(), []string{"../examples/belarus", "../examples/belarus/000_b53c41c42f077bc6.txt", "nope.txt"})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Articles != 6 || rep.New != 5 || rep.Existing != 1 || len(rep.Errors) != 1 {
		t.Fatalf("report %+v", rep)
	}
	if n, _ := st.Count(context.Background()); n != 5 {
		t.Fatalf("stored %d", n)
	}
}

// syntheticCorpus writes n distinct plain-text articles built from the demo
// corpus: each takes one seed's headline, a random selection of its body
// lines in random order, and its chrome, so cleaning, language ID and
// segmentation do the same work as on real scraped pages.
func syntheticCorpus(tb testing.TB, dir string, n int) int64 {
	files, _ := filepath.Glob("../examples/belarus/*.txt")
	var seeds [][]string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		seeds = append(seeds, strings.Split(string(b), "\n"))
	}
	rng := rand.New(rand.NewPCG(1, 2))
	var total int64
	for i := range n {
		lines := seeds[i%len(seeds)]
		out := []string{lines[0]}
		mid := append([]string(nil), lines[1:len(lines)-3]...)
		rng.Shuffle(len(mid), func(a, b int) { mid[a], mid[b] = mid[b], mid[a] })
		mid = mid[:len(mid)*3/4]
		// The longest kept line carries the article's number, so every
		// article has its own text in any language.
		longest := 0
		for j := range mid {
			if len(mid[j]) > len(mid[longest]) {
				longest = j
			}
		}
		mid[longest] += " (" + strconv.Itoa(i) + ")"
		out = append(out, mid...)
		out = append(out, lines[len(lines)-3:]...)
		body := strings.Join(out, "\n")
		p := filepath.Join(dir, fmt.Sprintf("%03d", i%100), fmt.Sprintf("a%05d.txt", i))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			tb.Fatal(err)
		}
		total += int64(len(body))
	}
	return total
}

// ingestArticles is BenchmarkIngest's corpus size: 10,000 for the numbers
// the README quotes, fewer for a quick comparison on a busy machine.
var ingestArticles = flag.Int("ingest.articles", 10000, "articles in BenchmarkIngest's synthetic corpus")

// BenchmarkIngest measures the whole ingest path — read, detect format,
// clean with language ID, segment, store in SQLite with FTS, assign stories
// — on 10,000 articles, and reports articles/s and the process's peak RSS.
func BenchmarkIngest(b *testing.B) {
	dir := b.TempDir()
	n := *ingestArticles
	bytes := syntheticCorpus(b, filepath.Join(dir, "corpus"), n)
	p := testProc(b)
	TuneGC() // as kent ingest runs
	b.ResetTimer()
	// CPU time as well as wall time: on a shared machine wall time says
	// more about the neighbours than about Kent.
	cpu := peakrss.CPUSeconds()
	gc0, user0 := gcCPU()
	for i := range b.N {
		st, err := sqlite.Open(filepath.Join(dir, "db"+strconv.Itoa(i), "kent.db"))
		if err != nil {
			b.Fatal(err)
		}
		r := &Runner{Proc: p, Store: st, Stories: story.NewKeeper(st, lexicon.MustDefault())}
		rep, err := r.Run(context.Background(), []string{filepath.Join(dir, "corpus")})
		st.Close()
		if err != nil || rep.New != n {
			b.Fatalf("%+v %v", rep, err)
		}
	}
	b.StopTimer()
	secs := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(float64(n)/secs, "articles/s")
	b.ReportMetric(float64(bytes)/secs/1e6, "MB/s")
	b.ReportMetric(float64(n*b.N)/(peakrss.CPUSeconds()-cpu), "articles/CPU-s")
	b.ReportMetric(peakrss.MB(), "peak-RSS-MB")
	// The collector's share of the Go code's CPU, as the runtime
	// estimates it: a ratio the machine's load moves far less than
	// CPU-seconds.
	gc1, user1 := gcCPU()
	b.ReportMetric(100*(gc1-gc0)/(gc1-gc0+user1-user0), "GC-%")
}

// gcCPU returns the CPU-seconds the runtime estimates it spent collecting
// garbage and running Go code.
func gcCPU() (gc, user float64) {
	s := []metrics.Sample{{Name: "/cpu/classes/gc/total:cpu-seconds"}, {Name: "/cpu/classes/user:cpu-seconds"}}
	metrics.Read(s)
	return s[0].Value.Float64(), s[1].Value.Float64()
}

// BenchmarkProcess is the CPU part alone (no files, no store), per article.
func BenchmarkProcess(b *testing.B) {
	text, _ := os.ReadFile("../examples/belarus/002_87f583545b90d6d8.txt")
	p := testProc(b)
	d := ingest.Doc{Source: "x", Format: kent.FormatText, Text: string(text)}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := p.Process(d); err != nil {
			b.Fatal(err)
		}
	}
}
