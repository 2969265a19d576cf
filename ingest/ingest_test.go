package ingest

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/kentnews/kent"
)

func read(t *testing.T, name string) ([]Doc, []error) {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return Read("testdata/"+name, b)
}

func joined(d Doc) string {
	if d.Text != "" {
		return d.Text
	}
	return strings.Join(d.Blocks, "\n")
}

func TestHTML(t *testing.T) {
	docs, errs := read(t, "page.html")
	if len(errs) > 0 || len(docs) != 1 {
		t.Fatalf("docs=%d errs=%v", len(docs), errs)
	}
	d := docs[0]
	if d.Format != kent.FormatHTML || d.Title != "Minsk schickt keine Soldaten" || d.Outlet != "Beispiel-Zeitung" || d.Author != "Anna Schmidt" || d.Language != "de" {
		t.Errorf("metadata: %+v", d)
	}
	if want := time.Date(2022, 3, 18, 8, 30, 0, 0, time.UTC); !d.Published.Equal(want) {
		t.Errorf("published = %v, want %v (with the time from <meta>)", d.Published, want)
	}
	text := joined(d)
	if !strings.Contains(text, "sehr unwahrscheinlich") || !strings.Contains(text, "Michał Baranowski") {
		t.Errorf("body missing:\n%s", text)
	}
	if strings.Contains(text, "Startseite") || strings.Contains(text, "Impressum") {
		t.Errorf("navigation kept:\n%s", text)
	}
}

func TestJSONL(t *testing.T) {
	docs, errs := read(t, "export.jsonl")
	if len(docs) != 2 {
		t.Fatalf("got %d docs, want 2 (errs %v)", len(docs), errs)
	}
	if len(errs) != 2 || !strings.Contains(errs[0].Error(), "export.jsonl:2") || !strings.Contains(errs[1].Error(), "neither text nor html") {
		t.Errorf("errs = %v", errs)
	}
	if d := docs[0]; d.Outlet != "Example Times" || d.Language != "en" || d.Published.IsZero() || d.Source != "testdata/export.jsonl:1" {
		t.Errorf("doc 1: %+v", d)
	}
	d := docs[1]
	if !strings.Contains(joined(d), "mało prawdopodobny") || d.Outlet != "example.pl" {
		t.Errorf("doc from html: %+v", d)
	}
	if want := time.Date(2022, 3, 20, 0, 0, 0, 0, time.UTC); !d.Published.Equal(want) {
		t.Errorf("Polish date: %v", d.Published)
	}
}

func TestFeeds(t *testing.T) {
	docs, errs := read(t, "feed.rss")
	if len(errs) > 0 || len(docs) != 2 {
		t.Fatalf("rss: docs=%d errs=%v", len(docs), errs)
	}
	if d := docs[0]; d.Title != "Belarus denies troop plans" || d.Outlet != "Example Wire" || len(d.Blocks) != 2 || d.Published.IsZero() || d.Language != "en" {
		t.Errorf("rss item: %+v", d)
	}
	docs, errs = read(t, "feed.atom")
	if len(errs) > 0 || len(docs) != 1 || !strings.Contains(joined(docs[0]), "Łukaszenka") {
		t.Fatalf("atom: %+v %v", docs, errs)
	}
}

func TestWARC(t *testing.T) {
	for _, f := range []string{"crawl.warc", "crawl.warc.gz"} {
		docs, errs := read(t, f)
		if len(errs) > 0 || len(docs) != 2 {
			t.Fatalf("%s: docs=%d errs=%v", f, len(docs), errs)
		}
		if docs[0].URL != "https://zeitung.example.de/minsk" || docs[1].Title != "Kiew bleibt wachsam" {
			t.Errorf("%s: %+v", f, docs)
		}
	}
	docs, errs := read(t, "cut.warc")
	if len(docs) != 1 || len(errs) != 1 || !strings.Contains(errs[0].Error(), "cut off") {
		t.Errorf("cut.warc: docs=%d errs=%v", len(docs), errs)
	}
}

func TestLegacyEncodings(t *testing.T) {
	cases := map[string]string{
		"cp1251.txt":    "Лукашэнка",
		"cp1257.txt":    "įsitraukimas į karą yra mažai tikėtinas",
		"iso885913.txt": "Žmonės bijo",
	}
	for f, want := range cases {
		docs, errs := read(t, f)
		if len(errs) > 0 || len(docs) != 1 || !strings.Contains(docs[0].Text, want) {
			t.Errorf("%s: %v %v", f, docs, errs)
		}
	}
}

func TestBadInputNamesFileAndReason(t *testing.T) {
	cases := map[string]string{
		"binary.bin":       "binary file",
		"empty.txt":        "empty file",
		"nobody.html":      "no body text",
		"notxml.rss":       "not a readable RSS/Atom feed",
		"latin1-noise.txt": "binary file",
	}
	for f, reason := range cases {
		docs, errs := read(t, f)
		if len(docs) != 0 || len(errs) != 1 {
			t.Errorf("%s: docs=%d errs=%v", f, len(docs), errs)
			continue
		}
		if msg := errs[0].Error(); !strings.Contains(msg, f) || !strings.Contains(msg, reason) {
			t.Errorf("%s: error %q should name the file and say %q", f, msg, reason)
		}
		if kent.ErrorCode(errs[0]) != kent.EINVALID {
			t.Errorf("%s: code %q", f, kent.ErrorCode(errs[0]))
		}
	}
}

func TestDetect(t *testing.T) {
	cases := map[string]kent.Format{
		"WARC/1.1\r\n":                kent.FormatWARC,
		"  <?xml version='1.0'?><rss": kent.FormatFeed,
		"<feed xmlns=":                kent.FormatFeed,
		"<!DOCTYPE html><html>":       kent.FormatHTML,
		"{\"text\": \"x\"}\n":         kent.FormatJSONL,
		"Home » today » World":        kent.FormatText,
		"\xef\xbb\xbfPlain text":      kent.FormatText,
	}
	for in, want := range cases {
		if got := Detect([]byte(in)); got != want {
			t.Errorf("Detect(%q) = %s, want %s", in, got, want)
		}
	}
}

// Each reader must survive arbitrary bytes: an error, never a panic.
func FuzzRead(f *testing.F) {
	for _, n := range []string{"page.html", "export.jsonl", "feed.rss", "feed.atom", "crawl.warc", "cut.warc", "cp1251.txt"} {
		b, _ := os.ReadFile("testdata/" + n)
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		docs, _ := Read("fuzz", data)
		for _, d := range docs {
			if d.Source == "" {
				t.Fatal("doc without source")
			}
		}
	})
}

// An 8 MB text (four times the bound; more only costs time under the race
// detector) is cut at the text bound with a warning naming the file and the
// bound; 8 MB of zeros is refused as binary.
func TestLargeFiles(t *testing.T) {
	line := strings.Repeat("Belarusian troops will not enter the war, analysts in Minsk said. ", 10) + "\n"
	big := []byte(strings.Repeat(line, 8<<20/len(line)))
	docs, errs := Read("big.txt", big)
	if len(errs) > 0 || len(docs) != 1 || len(docs[0].Text) > DefaultLimits().Text || len(docs[0].Text) < DefaultLimits().Text-len(line) {
		t.Fatalf("8 MB text: %d docs, errs %v", len(docs), errs)
	}
	if w := docs[0].Warnings; len(w) != 1 || !strings.Contains(w[0], "big.txt: text cut at") || !strings.Contains(w[0], "bound text=2 MB") {
		t.Errorf("warnings %q", w)
	}
	bin := make([]byte, 8<<20)
	if _, errs := Read("big.bin", bin); len(errs) != 1 || !strings.Contains(errs[0].Error(), "big.bin: binary file") {
		t.Fatalf("8 MB of zeros: %v", errs)
	}
}
