package names_test

import (
	"os"
	"path/filepath"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/ingest"
	"github.com/kentnews/kent/names"
	"github.com/kentnews/kent/pipeline"
	"github.com/kentnews/kent/syntax"
	"github.com/kentnews/kent/tokens"
)

// demoArticles runs the pipeline over the example files a glob names, in
// file order.
func demoArticles(tb testing.TB, p *pipeline.Processor, glob string) (files []string, arts []*kent.Article) {
	tb.Helper()
	files, _ = filepath.Glob(glob)
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		docs, errs := ingest.Read(f, data)
		if len(errs) > 0 || len(docs) == 0 {
			tb.Fatalf("%s: %v", f, errs)
		}
		a, err := p.Process(docs[0])
		if err != nil {
			tb.Fatal(err)
		}
		arts = append(arts, a)
	}
	return files, arts
}

// BenchmarkFind measures mentions and keys (base forms, skeletons, person
// evidence) per demo article on one core; the goal is 2,000 articles per
// CPU-second with the tagger. It finds the demo articles' mentions with
// the syntax tagger (on demand) and without it, from the lexicons alone,
// from the article's tokens as ingest hands them to every stage (one token
// pass for all: pipeline.Process); "syntax+tokens" tokenizes each article
// too, as Find does when called alone.
func BenchmarkFind(b *testing.B) {
	for _, c := range []struct {
		name           string
		tagged, tokens bool
	}{{"syntax", true, false}, {"lexicons", false, false}, {"syntax+tokens", true, true}} {
		tagged := c.tagged
		b.Run(c.name, func(b *testing.B) {
			proc, err := pipeline.NewProcessor()
			if err != nil {
				b.Fatal(err)
			}
			var windows atomic.Int64
			proc.Names.Tagger = countTags(&windows)
			if !tagged {
				proc.Names.Tagger = nil
			}
			_, arts := demoArticles(b, proc, "../examples/*/*.txt")
			for _, a := range arts {
				a.Mentions = proc.Names.Find(a) // load the taggers before timing
				if !c.tokens {
					a.Tokens = tokens.Article(a)
				}
			}
			n := 0
			windows.Store(0)
			cpu0 := cpuTime()
			b.ResetTimer()
			for b.Loop() {
				for _, a := range arts {
					a.Mentions = proc.Names.Find(a)
					n++
				}
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
			// The machine is shared: CPU time, not the wall clock, says
			// what one core does.
			b.ReportMetric(float64(n)/(cpuTime()-cpu0).Seconds(), "articles/cpu-s")
			// The tagger is most of the cost: how often it runs does not
			// depend on the machine's load.
			b.ReportMetric(float64(windows.Load())/float64(n), "tagged-windows/article")
		})
	}
}

// countingTagger counts the windows of words the finder tags.
type countingTagger struct {
	t names.Tagger
	n *atomic.Int64
}

func (c countingTagger) Tag(forms []string) []syntax.Token {
	c.n.Add(1)
	return c.t.Tag(forms)
}

// countTags returns the embedded taggers, counting their calls in n.
func countTags(n *atomic.Int64) func(lang string) (names.Tagger, bool) {
	return func(lang string) (names.Tagger, bool) {
		t, ok := names.SyntaxTagger(lang)
		if !ok {
			return nil, false
		}
		return countingTagger{t, n}, true
	}
}

// cpuTime is the process's user and system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
