package pipeline

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kentnews/kent/sqlite"
)

func gzipped(tb testing.TB, chunk []byte, n int) []byte {
	var b bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&b, gzip.BestSpeed)
	for w := 0; w < n; w += len(chunk) {
		zw.Write(chunk)
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return b.Bytes()
}

func copyFile(tb testing.TB, from, to string) {
	b, err := os.ReadFile(from)
	if err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		tb.Fatal(err)
	}
}

// Bombs beside good files cost only themselves: the good articles are
// stored, the bombs reported on one line each naming the file and bound.
func TestBombsBesideGoodFiles(t *testing.T) {
	dir := t.TempDir()
	good, _ := filepath.Glob("../examples/belarus/*.txt")
	for _, f := range good {
		copyFile(t, f, filepath.Join(dir, filepath.Base(f)))
	}
	// 4 MB of text in a .gz of a few dozen kilobytes, twice the default
	// text bound and 16 times the one below (more only costs time under
	// the race detector).
	line := []byte(strings.Repeat("The minister said it is unlikely that troops will move. ", 50) + "\n")
	os.WriteFile(filepath.Join(dir, "bomb.txt.gz"), gzipped(t, line, 4<<20), 0o644)
	// A WARC whose one response is an HTML gzip bomb past the 8 MB bound
	// on a record.
	payload := gzipped(t, bytes.Repeat([]byte("<div><p>aaaa bbbb</p></div>"), 1<<15), 12<<20)
	body := append([]byte("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n"), payload...)
	warc := append([]byte(fmt.Sprintf("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://bomb.example/\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n", len(body))), body...)
	os.WriteFile(filepath.Join(dir, "bomb.warc"), append(warc, "\r\n\r\n"...), 0o644)
	// A source file and a YAML file are not articles.
	os.WriteFile(filepath.Join(dir, "main.go"), []byte("package main\n\nfunc main() {}\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "config.yaml"), []byte("name: kent\n"), 0o644)

	st, err := sqlite.Open(filepath.Join(t.TempDir(), "kent.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	// A smaller text bound keeps the test quick under the race detector.
	proc := *testProc(t)
	proc.Limits.Text = 256 << 10
	rep, err := (&Runner{Proc: &proc, Store: st, Workers: 2}).Run(context.Background(), []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	// The good files and the cut text bomb are stored.
	if n, _ := st.Count(context.Background()); n != len(good)+1 || rep.New != len(good)+1 {
		t.Errorf("stored %d, report %+v", n, rep)
	}
	var msgs []string
	for _, e := range rep.Errors {
		msgs = append(msgs, e.Error())
	}
	all := strings.Join(msgs, "\n")
	for _, want := range []string{
		"bomb.warc#1: bad HTTP body for https://bomb.example/: more than 8 MB in one record's payload after decompression (bound record)",
		"main.go: Go source code, not articles",
		"config.yaml: a YAML file, not articles",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("errors %q lack %q", all, want)
		}
	}
	if len(rep.Errors) != 3 || len(rep.Warnings) != 1 || !strings.Contains(rep.Warnings[0], "bomb.txt.gz: text cut at 254.4 KB (bound text=256 KB)") {
		t.Errorf("errors %q, warnings %q", msgs, rep.Warnings)
	}
}

// Long paragraphs and sentences are split, not dropped: every word of the
// text is still in the stored article, and each warning names the bound.
func TestBoundsSplitAndCap(t *testing.T) {
	p := *testProc(t)
	p.Limits.Paragraph = 4 << 10
	p.Limits.SentenceWords = 50
	p.Limits.Quotes = 2
	text := strings.Repeat("„Das ist sehr unwahrscheinlich“, sagte der Minister Jan Kowalski heute in Berlin. ", 600)
	a, warn, err := p.ProcessBounded(docText("long.txt", text))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(strings.Fields(a.Text), " ") != strings.Join(strings.Fields(text), " ") {
		t.Error("text changed")
	}
	for _, para := range a.Paragraphs {
		if para.Len() > 4<<10 {
			t.Errorf("paragraph of %d bytes", para.Len())
		}
		for _, s := range para.Sentences {
			if n := len(strings.Fields(a.SpanText(s.Span))); n > 50 {
				t.Errorf("sentence of %d words", n)
			}
		}
	}
	if len(a.Quotes) != 2 || len(warn) != 1 || !strings.Contains(warn[0], "long.txt: 600 quotes, only the first 2 kept (bound quotes=2)") {
		t.Errorf("%d quotes, warnings %q", len(a.Quotes), warn)
	}
	if len(a.Paragraphs) < 10 {
		t.Errorf("%d paragraphs", len(a.Paragraphs))
	}
}

// A panic in a stage costs its article, reported on one line naming the
// file; the run goes on. (A processor without its names stage stands in
// for a bug.)
func TestPanicCostsOneArticle(t *testing.T) {
	broken := *testProc(t)
	broken.Names = nil
	st, err := sqlite.Open(filepath.Join(t.TempDir(), "kent.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	rep, err := (&Runner{Proc: &broken, Store: st}).Run(context.Background(), []string{"../examples/belarus"})
	if err != nil || len(rep.Errors) != 5 || rep.Files != 5 {
		t.Fatalf("%v %+v", err, rep)
	}
	for _, e := range rep.Errors {
		if msg := e.Error(); !strings.Contains(msg, "../examples/belarus/0") || !strings.Contains(msg, "internal error, please report") || strings.Contains(msg, "\n") {
			t.Errorf("%q", msg)
		}
	}
}
