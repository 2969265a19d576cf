package eval

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/kentnews/kent/ingest"
	"github.com/kentnews/kent/pipeline"
)

// ExtractResult is one extractor's score on an HTML benchmark.
type ExtractResult struct {
	Name      string
	Docs      int
	Failed    int
	Precision float64
	Recall    float64
	F1        float64
}

// extracted is what Kent made of one page: the library's text and Kent's
// cleaned text, so the cost or gain of Kent's own cleaning is visible.
type extracted struct {
	library, kent string
}

func extractAll(paths []string, proc *pipeline.Processor, progress func(int)) (map[string]extracted, time.Duration) {
	out := make(map[string]extracted, len(paths))
	var mu sync.Mutex
	ch := make(chan string)
	var wg sync.WaitGroup
	start := time.Now()
	done := 0
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range ch {
				e := extractOne(p, proc)
				mu.Lock()
				out[p] = e
				done++
				if progress != nil {
					progress(done)
				}
				mu.Unlock()
			}
		}()
	}
	for _, p := range paths {
		ch <- p
	}
	close(ch)
	wg.Wait()
	return out, time.Since(start)
}

func extractOne(path string, proc *pipeline.Processor) extracted {
	data, err := readMaybeGzip(path)
	if err != nil {
		return extracted{}
	}
	docs, _ := ingest.Read(path, data)
	if len(docs) == 0 {
		return extracted{}
	}
	e := extracted{library: strings.Join(docs[0].Blocks, "\n")}
	if a, err := proc.Process(docs[0]); err == nil {
		e.kent = a.Text
	}
	return e
}

func readMaybeGzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if !strings.HasSuffix(path, ".gz") {
		return io.ReadAll(f)
	}
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}

// ScrapingHub scores the article-body benchmark in dir (ground-truth.json and
// html/ID.html.gz) the way its evaluate.py does: per page, precision and
// recall over multisets of 4-word shingles; averaged over pages; F1 of the
// averages. A page with no output scores precision 0 and recall 0.
func ScrapingHub(dir string, proc *pipeline.Processor, w io.Writer) ([]ExtractResult, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, err
	}
	var gold map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(raw, &gold); err != nil {
		return nil, fmt.Errorf("%s: %v", filepath.Join(dir, "ground-truth.json"), err)
	}
	ids := make([]string, 0, len(gold))
	var paths []string
	for id := range gold {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		paths = append(paths, filepath.Join(dir, "html", id+".html.gz"))
	}
	got, took := extractAll(paths, proc, nil)
	var lib, kent [][3]float64
	failed := [2]int{}
	for i, id := range ids {
		e := got[paths[i]]
		if e.library == "" {
			failed[0]++
		}
		if e.kent == "" {
			failed[1]++
		}
		lib = append(lib, shingleMatch(gold[id].ArticleBody, e.library))
		kent = append(kent, shingleMatch(gold[id].ArticleBody, e.kent))
	}
	res := []ExtractResult{score("go-trafilatura (as wrapped)", lib, failed[0]), score("kent (extract + clean)", kent, failed[1])}
	fmt.Fprintf(w, "ScrapingHub article-body benchmark: %d pages, %.1f pages/s with cleaning and language ID\n", len(ids), float64(len(ids))/took.Seconds())
	for _, r := range res {
		printRow(w, r.Name, r.Precision, r.Recall, r.F1, fmt.Sprintf("(%d pages without text)", r.Failed))
	}
	return res, nil
}

func score(name string, counts [][3]float64, failed int) ExtractResult {
	var sp, sr float64
	for _, c := range counts {
		tp, fp, fn := c[0], c[1], c[2]
		if tp+fp > 0 {
			sp += tp / (tp + fp)
		}
		if tp+fn > 0 {
			sr += tp / (tp + fn)
		} else {
			sr++
		}
	}
	n := float64(len(counts))
	p, r := sp/n, sr/n
	return ExtractResult{Name: name, Docs: len(counts), Failed: failed, Precision: p, Recall: r, F1: f1(p, r)}
}

// shingleMatch returns tp, fp, fn over multisets of 4-word shingles.
func shingleMatch(truth, pred string) [3]float64 {
	t, p := shingles(truth), shingles(pred)
	var tp, fp, fn float64
	for s, n := range p {
		m := min(n, t[s])
		tp += float64(m)
		fp += float64(n - m)
	}
	for s, n := range t {
		if n > p[s] {
			fn += float64(n - p[s])
		}
	}
	return [3]float64{tp, fp, fn}
}

func shingles(text string) map[string]int {
	toks := wordRe.FindAllString(text, -1)
	out := map[string]int{}
	if len(toks) < 4 {
		if len(toks) > 0 {
			out[strings.Join(toks, " ")]++
		}
		return out
	}
	for i := 0; i+4 <= len(toks); i++ {
		out[strings.Join(toks[i:i+4], " ")]++
	}
	return out
}

// Trafilatura scores trafilatura's benchmark in dir (evaldata.json and
// html/FILE.gz): a "with" snippet found is a true positive, missed a false
// negative; a "without" snippet found is a false positive. Pages whose HTML
// is not shipped are skipped.
func Trafilatura(dir string, proc *pipeline.Processor, w io.Writer) ([]ExtractResult, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "evaldata.json"))
	if err != nil {
		return nil, err
	}
	var gold map[string]struct {
		File    string   `json:"file"`
		With    []string `json:"with"`
		Without []string `json:"without"`
	}
	if err := json.Unmarshal(raw, &gold); err != nil {
		return nil, fmt.Errorf("%s: %v", filepath.Join(dir, "evaldata.json"), err)
	}
	urls := make([]string, 0, len(gold))
	var paths []string
	for u, g := range gold {
		p := filepath.Join(dir, "html", g.File+".gz")
		if _, err := os.Stat(p); err == nil {
			urls = append(urls, u)
		}
	}
	sort.Strings(urls)
	for _, u := range urls {
		paths = append(paths, filepath.Join(dir, "html", gold[u].File+".gz"))
	}
	got, took := extractAll(paths, proc, nil)
	var lib, kent PRF
	failed := [2]int{}
	for i, u := range urls {
		e := got[paths[i]]
		if e.library == "" {
			failed[0]++
		}
		if e.kent == "" {
			failed[1]++
		}
		count := func(m *PRF, text string) {
			for _, s := range gold[u].With {
				if strings.Contains(text, s) {
					m.TP++
				} else {
					m.FN++
				}
			}
			for _, s := range gold[u].Without {
				if strings.Contains(text, s) {
					m.FP++
				}
			}
		}
		count(&lib, e.library)
		count(&kent, e.kent)
	}
	fmt.Fprintf(w, "trafilatura benchmark: %d pages with HTML (of %d), %.1f pages/s\n", len(urls), len(gold), float64(len(urls))/took.Seconds())
	res := []ExtractResult{
		{Name: "go-trafilatura (as wrapped)", Docs: len(urls), Failed: failed[0], Precision: lib.Precision(), Recall: lib.Recall(), F1: lib.F1()},
		{Name: "kent (extract + clean)", Docs: len(urls), Failed: failed[1], Precision: kent.Precision(), Recall: kent.Recall(), F1: kent.F1()},
	}
	for _, r := range res {
		printRow(w, r.Name, r.Precision, r.Recall, r.F1, fmt.Sprintf("(%d pages without text)", r.Failed))
	}
	return res, nil
}
