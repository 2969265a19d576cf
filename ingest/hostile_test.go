package ingest

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

// page is a small article page; record wraps it as a WARC response.
func page(title string) []byte {
	return []byte("<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1>" +
		strings.Repeat("<p>Belarusian troops are unlikely to enter the war, analysts in Minsk and Vilnius said on Friday.</p>", 5) +
		"</article></body></html>")
}

func record(uri string, payload []byte, encoding string, contentLength int64) []byte {
	h := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
	if encoding != "" {
		h += "Content-Encoding: " + encoding + "\r\n"
	}
	body := append([]byte(h+"\r\n"), payload...)
	if contentLength < 0 {
		contentLength = int64(len(body))
	}
	return append([]byte(fmt.Sprintf("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n", uri, contentLength)),
		append(body, "\r\n\r\n"...)...)
}

func gz(t *testing.T, write func(*gzip.Writer)) []byte {
	var b bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&b, gzip.BestSpeed)
	write(zw)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// bomb is n bytes of repeated HTML, gzipped to a few hundred kilobytes.
func bomb(t *testing.T, n int) []byte {
	chunk := bytes.Repeat([]byte("<div><p>aaaa bbbb cccc</p></div>"), 1<<15)
	return gz(t, func(zw *gzip.Writer) {
		for w := 0; w < n; w += len(chunk) {
			zw.Write(chunk)
		}
	})
}

func urls(docs []Doc) []string {
	var out []string
	for _, d := range docs {
		out = append(out, d.URL)
	}
	return out
}

// Each hostile WARC costs its bad record only: the records around it are read.
func TestHostileWARC(t *testing.T) {
	good1, good2 := record("https://a.example/1", page("First"), "", -1), record("https://a.example/2", page("Second"), "", -1)
	cases := []struct {
		name string
		data []byte
		want []string // URLs read
		err  string   // the one error's reason, if any
	}{
		{"gzip bomb payload", bytes.Join([][]byte{good1, record("https://bomb.example/", bomb(t, 10<<20), "gzip", -1), good2}, nil),
			[]string{"https://a.example/1", "https://a.example/2"}, "bomb.warc#2: bad HTTP body for https://bomb.example/: more than 8 MB in one record's payload after decompression (bound record)"},
		{"first response gzip-encoded", bytes.Join([][]byte{record("https://gz.example/", gz(t, func(zw *gzip.Writer) { zw.Write(page("Zipped")) }), "gzip", -1), good2}, nil),
			[]string{"https://gz.example/", "https://a.example/2"}, ""},
		{"Content-Length near 2^63", bytes.Join([][]byte{good1, record("https://huge.example/", page("Huge"), "", 1<<63-100), good2}, nil),
			[]string{"https://a.example/1", "https://a.example/2"}, "#2: WARC record of 9223372036854775708 bytes, more than 8 MB (bound record=8 MB)"},
		{"Content-Length too small", bytes.Join([][]byte{record("https://small.example/", page("Small"), "", 100), good1, good2}, nil),
			[]string{"https://a.example/1", "https://a.example/2"}, "#1: WARC record longer than its Content-Length of 100 bytes"},
		// Junk after a record cannot be told from a Content-Length that is
		// too small: the record is reported, the next one read.
		{"junk between records", bytes.Join([][]byte{good1, []byte("junk line\r\nmore junk\r\n"), good2}, nil),
			[]string{"https://a.example/2"}, "#1: WARC record longer than its Content-Length"},
		{"cut off", append(good1, good2[:len(good2)/2]...),
			[]string{"https://a.example/1"}, "#2: WARC file cut off in the middle of a record"},
	}
	for _, c := range cases {
		for _, zipped := range []bool{false, true} {
			data := c.data
			if zipped {
				data = gz(t, func(zw *gzip.Writer) { zw.Write(c.data) })
			}
			docs, errs := Read("bomb.warc", data)
			if got := strings.Join(urls(docs), " "); got != strings.Join(c.want, " ") {
				t.Errorf("%s (gzip %v): read %s, want %s; errors %v", c.name, zipped, got, c.want, errs)
			}
			if c.err == "" && len(errs) > 0 || c.err != "" && (len(errs) != 1 || !strings.Contains(errs[0].Error(), c.err)) {
				t.Errorf("%s (gzip %v): errors %v, want one with %q", c.name, zipped, errs, c.err)
			}
		}
	}
}

// A gzip bomb of text stops at the text bound: the rest is never inflated.
func TestGzipBombText(t *testing.T) {
	line := []byte(strings.Repeat("The minister said it is unlikely that troops will move. ", 100) + "\n")
	data := gz(t, func(zw *gzip.Writer) {
		for w := 0; w < 8<<20; w += len(line) { // four times the text bound
			zw.Write(line)
		}
	})
	docs, errs := Read("bomb.txt.gz", data)
	if len(errs) > 0 || len(docs) != 1 || len(docs[0].Text) > 2<<20 || len(docs[0].Warnings) != 1 {
		t.Fatalf("docs %d errs %v", len(docs), errs)
	}
	// The file bound stops a stream that would decompress without end.
	errs = Stream("bomb.warc.gz", bytes.NewReader(bytes.Join([][]byte{[]byte("WARC/1.0\r\nWARC-Type: resource\r\nContent-Type: text/html\r\nContent-Length: 300000000\r\n\r\n"), make([]byte, 1<<20)}, nil)),
		Limits{File: 1 << 20}, func(Doc) {})
	if len(errs) != 2 || !strings.Contains(errs[1].Error(), "more than 1 MB after decompression (bound file)") {
		t.Errorf("file bound: %v", errs)
	}
}

// A JSONL line past the record bound is skipped; the next lines are read.
func TestJSONLLineBound(t *testing.T) {
	data := []byte(`{"url":"https://a.example/1","text":"Troops are unlikely to move, officials said."}` + "\n" +
		`{"text":"` + strings.Repeat("x", 2000) + `"}` + "\n" +
		`{"url":"https://a.example/3","text":"A third line."}`)
	var docs []Doc
	errs := Stream("export.jsonl", bytes.NewReader(data), Limits{Record: 1000}, func(d Doc) { docs = append(docs, d) })
	if got := strings.Join(urls(docs), " "); got != "https://a.example/1 https://a.example/3" {
		t.Errorf("read %s", got)
	}
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "export.jsonl:2: line longer than 1000 bytes (bound record=1000 bytes)") {
		t.Errorf("errors %v", errs)
	}
}

// The fixtures read the same through Stream from a file as through Read.
func TestStreamFromFile(t *testing.T) {
	f, err := os.Open("testdata/crawl.warc.gz")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	n := 0
	if errs := Stream("crawl.warc.gz", f, Limits{}, func(Doc) { n++ }); len(errs) > 0 || n != 2 {
		t.Errorf("%d docs, %v", n, errs)
	}
}

func TestLimitsSet(t *testing.T) {
	var l Limits
	for _, s := range []string{"text=4MB", "file=1GB", "quotes=20"} {
		if err := l.Set(s); err != nil {
			t.Fatal(err)
		}
	}
	l = l.OrDefault()
	if l.Text != 4<<20 || l.File != 1<<30 || l.Quotes != 20 || l.Record != DefaultLimits().Record {
		t.Errorf("%+v", l)
	}
	for _, bad := range []string{"text", "text=-1", "texts=1MB", "text=1TB"} {
		if err := l.Set(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

// A stray NUL byte in a text costs the byte, not the article; a file of
// NULs is still binary.
func TestStrayNULs(t *testing.T) {
	text := strings.Repeat("Belarusian troops are unlikely to enter the war, analysts said. ", 30)
	docs, errs := Read("nul.txt", []byte(text[:900]+"\x00\x00"+text[900:]))
	if len(errs) > 0 || len(docs) != 1 || docs[0].Text != text || len(docs[0].Warnings) != 1 || !strings.Contains(docs[0].Warnings[0], "nul.txt: 2 NUL bytes dropped") {
		t.Fatalf("%v %v", docs, errs)
	}
	if _, errs := Read("zeros.bin", make([]byte, 2000)); len(errs) != 1 || !strings.Contains(errs[0].Error(), "binary file") {
		t.Errorf("%v", errs)
	}
}

// A page of thousands of paragraphs is read in one linear pass, not by the
// extractor whose time grows with their square.
func TestPageOfManyParagraphs(t *testing.T) {
	var b strings.Builder
	b.WriteString("<html><head><title>Long page</title></head><body><nav>Home · World</nav><article>")
	for i := range 3000 {
		fmt.Fprintf(&b, "<p>Paragraph %d: Belarusian troops are unlikely to enter the war, analysts said.</p>", i)
	}
	b.WriteString("</article></body></html>")
	start := time.Now()
	docs, errs := Read("long.html", []byte(b.String()))
	if len(errs) > 0 || len(docs) != 1 || len(docs[0].Blocks) != 3000 || docs[0].Title != "Long page" {
		t.Fatalf("%d docs, %v", len(docs), errs)
	}
	if w := docs[0].Warnings; len(w) != 1 || !strings.Contains(w[0], "long.html: page of 3006 elements and 3000 paragraphs read without the extractor (bounds 20000 elements, 2000 paragraphs)") {
		t.Errorf("warnings %q", w)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("took %v", d)
	}
}

// A plain-text article whose first line is its address takes it as URL
// and outlet, so the brief can link to it.
func TestTextWithLeadingURL(t *testing.T) {
	docs, errs := Read("a.txt", []byte("https://www.delfi.lt/news/minsk-123\nMinsk holds back\n\nBelarusian troops are unlikely to enter the war, analysts said.\n"))
	if len(errs) > 0 || len(docs) != 1 {
		t.Fatal(errs)
	}
	d := docs[0]
	if d.URL != "https://www.delfi.lt/news/minsk-123" || d.Outlet != "delfi.lt" || strings.Contains(d.Text, "https://") || !strings.HasPrefix(d.Text, "Minsk holds back") {
		t.Errorf("%+v", d)
	}
	docs, _ = Read("b.txt", []byte("https://example.org is where it was said\nBelarusian troops are unlikely to move.\n"))
	if docs[0].URL != "" || !strings.HasPrefix(docs[0].Text, "https://example.org is") {
		t.Errorf("a sentence starting with an address is text: %+v", docs[0])
	}
}

// A .warc.gz compressed record by record: a member that inflates past the
// record bound (a bomb of zeros inside one member, under a metadata header
// whose body would only be skipped) stops the file at that member, after
// the records before it, without inflating the rest; a WARC gzipped whole
// (one member past the bound) is read under the file bound as before.
func TestGzipMemberBomb(t *testing.T) {
	good1, good2 := record("https://a.example/1", page("First"), "", -1), record("https://a.example/2", page("Second"), "", -1)
	bomb := gz(t, func(zw *gzip.Writer) {
		zw.Write([]byte("WARC/1.0\r\nWARC-Type: metadata\r\nContent-Length: 1000000000000\r\n\r\n"))
		zw.Write(make([]byte, 1<<20)) // 1 MB of zeros in 1 KB of gzip
	})
	member := func(b []byte) []byte { return gz(t, func(zw *gzip.Writer) { zw.Write(b) }) }
	file := bytes.Join([][]byte{member(good1), member(good2), bomb, member(good1)}, nil)
	var docs []Doc
	errs := Stream("crawl.warc.gz", bytes.NewReader(file), Limits{Record: 256 << 10}, func(d Doc) { docs = append(docs, d) })
	if got := strings.Join(urls(docs), " "); got != "https://a.example/1 https://a.example/2" {
		t.Errorf("read %s", got)
	}
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "crawl.warc.gz: gzip member 3 inflates to more than 256 KB (bound record=256 KB") {
		t.Errorf("errors %v", errs)
	}
	// The same records gzipped whole, with a page past the bound's size.
	whole := gz(t, func(zw *gzip.Writer) {
		zw.Write(good1)
		for range 3 {
			zw.Write(record("https://big.example/", bytes.Repeat([]byte("<p>filler</p>"), 10000), "", -1))
		}
		zw.Write(good2)
	})
	docs = nil
	Stream("whole.warc.gz", bytes.NewReader(whole), Limits{Record: 256 << 10}, func(d Doc) { docs = append(docs, d) })
	if got := urls(docs); len(got) != 5 || got[4] != "https://a.example/2" {
		t.Errorf("whole: read %v", got)
	}
}
