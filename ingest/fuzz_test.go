package ingest

import (
	"bufio"
	"bytes"
	"os"
	"testing"
)

// One fuzz target per reader, each fed its own format's seeds, so the
// fuzzer explores that reader instead of mostly Detect's choice among
// them (FuzzRead). A reader may return errors; it must not panic, emit a
// document without a source or a record larger than its bound.

func fuzzSeeds(f *testing.F, files ...string) {
	for _, n := range files {
		b, err := os.ReadFile("testdata/" + n)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
}

// checkDocs fails on a document that breaks what every reader promises.
func checkDocs(t *testing.T, lim Limits, docs ...Doc) {
	t.Helper()
	for _, d := range docs {
		if d.Source == "" {
			t.Fatal("doc without source")
		}
		if len(d.Text) > 3*lim.Text { // a legacy byte decodes to at most 3 UTF-8 bytes
			t.Fatalf("text of %d bytes past the bound of %d", len(d.Text), lim.Text)
		}
	}
}

func fuzzStream(t *testing.T, data []byte, read func(*bufio.Reader, Limits, func(Doc)) []error) {
	lim := DefaultLimits()
	lim.Text, lim.Record = 64<<10, 256<<10 // small bounds: reachable by the fuzzer
	read(bufio.NewReader(bytes.NewReader(data)), lim, func(d Doc) { checkDocs(t, lim, d) })
}

func FuzzReadWARC(f *testing.F) {
	fuzzSeeds(f, "crawl.warc", "cut.warc")
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzStream(t, data, func(r *bufio.Reader, lim Limits, emit func(Doc)) []error {
			return streamWARC("fuzz.warc", r, lim, emit)
		})
	})
}

func FuzzReadJSONL(f *testing.F) {
	fuzzSeeds(f, "export.jsonl")
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzStream(t, data, func(r *bufio.Reader, lim Limits, emit func(Doc)) []error {
			return streamJSONL("fuzz.jsonl", r, lim, emit)
		})
	})
}

func FuzzReadText(f *testing.F) {
	fuzzSeeds(f, "cp1251.txt", "cp1257.txt", "iso885913.txt", "latin1-noise.txt")
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzStream(t, data, func(r *bufio.Reader, lim Limits, emit func(Doc)) []error { return streamText("fuzz.txt", r, lim, emit) })
	})
}

func FuzzReadFeed(f *testing.F) {
	fuzzSeeds(f, "feed.rss", "feed.atom", "notxml.rss")
	f.Fuzz(func(t *testing.T, data []byte) {
		docs, _ := readFeed("fuzz.rss", data)
		checkDocs(t, DefaultLimits(), docs...)
	})
}

func FuzzReadHTML(f *testing.F) {
	fuzzSeeds(f, "page.html", "nobody.html")
	f.Fuzz(func(t *testing.T, data []byte) {
		if d, err := readHTML("fuzz.html", data, "", ""); err == nil {
			checkDocs(t, DefaultLimits(), d)
		}
	})
}
