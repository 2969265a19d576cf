package brief_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/brief"
)

// hostile is an outlook whose article-borne fields try to inject HTML,
// Markdown links and terminal escapes.
func hostile() *kent.Outlook {
	p := 0.3
	evil := "<img src=x onerror=alert(1)>"
	c := kent.Contribution{
		Holder: "Jan [Kowalski](javascript:alert(1))", HolderKind: "person", P: 0.3, Band: "unlikely", Weight: 1, Kind: "words",
		Cue: "unlikely", Words: "It is *unlikely*\x1b]0;pwned\x07 that troops \x1b[2J move.", Language: "en", Outlet: evil,
		Published: time.Date(2022, 4, 1, 0, 0, 0, 0, time.UTC), ArticleID: "abc", Source: "a.txt",
		URL: "https://news.example/a_(b)?q=1", Proposition: "troops move",
	}
	bad := c
	bad.Holder, bad.Outlet, bad.URL, bad.Source = "Anna", "Bad Outlet", "javascript:alert(1)", "b.txt"
	return &kent.Outlook{
		Schema: kent.OutlookSchema, Question: "Will <b>Belarus</b> enter the war?", Pooled: &p, Band: "unlikely", Direction: "against",
		Holders: 2, Contributions: []kent.Contribution{c, bad},
		Disagreement: &kent.Disagreement{For: []string{evil}, Against: []string{"Anna"}},
		Method:       kent.Method{Name: "weighted mean of log-odds", Extremize: 1, Window: "week", Weights: "words 1"},
	}
}

func TestHostileTextIsEscapedAndCited(t *testing.T) {
	o := hostile()
	var md, html, text, js bytes.Buffer
	if err := brief.Markdown(&md, o); err != nil {
		t.Fatal(err)
	}
	brief.HTML(&html, o)
	brief.Text(brief.Terminal(&text, false), o, false, 80)
	brief.JSON(&js, o)
	// Brackets are escaped, so no article text makes a link.
	for _, bad := range []string{"<img", "<b>", "Kowalski](", "\x1b"} {
		if strings.Contains(md.String(), bad) {
			t.Errorf("markdown carries %q:\n%s", bad, md.String())
		}
	}
	for _, bad := range []string{"<img", "<b>", `href="javascript`, "#ZgotmplZ"} {
		if strings.Contains(html.String(), bad) {
			t.Errorf("html carries %q:\n%s", bad, html.String())
		}
	}
	if !strings.Contains(md.String(), "[&lt;img src=x onerror=alert(1)&gt;](https://news.example/a_%28b%29?q=1)") {
		t.Errorf("markdown does not link the article:\n%s", md.String())
	}
	if !strings.Contains(html.String(), `<a href="https://news.example/a_%28b%29?q=1" rel="noopener noreferrer">&lt;img`) {
		t.Errorf("html does not link the article:\n%s", html.String())
	}
	tx := text.String()
	if strings.Contains(tx, "\x1b") || !strings.Contains(tx, "␛]0;pwned␇") || !strings.Contains(tx, "https://news.example/a_%28b%29?q=1") || !strings.Contains(tx, "source: b.txt") {
		t.Errorf("text:\n%s", tx)
	}
	// A judgement set aside is cited too.
	aside := hostile()
	aside.SetAside = []kent.Contribution{aside.Contributions[0]}
	aside.SetAside[0].Reason, aside.SetAside[0].URL = "about something else: the talks", "https://news.example/aside"
	var at bytes.Buffer
	brief.Text(brief.Terminal(&at, false), aside, false, 80)
	if !strings.Contains(at.String(), "Set aside") || !strings.Contains(at.String(), "https://news.example/aside") {
		t.Errorf("set-aside line without its url:\n%s", at.String())
	}
	if !strings.Contains(js.String(), `"url": "https://news.example/a_(b)?q=1"`) {
		t.Errorf("json lacks the url:\n%s", js.String())
	}
}

func TestPrintable(t *testing.T) {
	cases := map[string]string{
		"plain Łukaszenka\tok\n": "plain Łukaszenka\tok\n",
		"\x1b[2Jclear":           "␛[2Jclear",
		"title\x1b]0;pwned\x07":  "title␛]0;pwned␇",
		"cr\roverwrite":          "cr␍overwrite",
		"c1 \u009b31m":           "c1 <U+009B>31m",
		"rtl \u202eevil":         "rtl <U+202E>evil",
		"bad \xff utf8":          "bad \uFFFD utf8",
		"nul\x00del\x7f":         "nul␀del␡",
	}
	for in, want := range cases {
		if got := brief.Printable(in); got != want {
			t.Errorf("Printable(%q) = %q, want %q", in, got, want)
		}
		var b bytes.Buffer
		// Written a byte at a time, a Terminal shows the same.
		w := brief.Terminal(&b, false)
		for i := range len(in) {
			w.Write([]byte{in[i]})
		}
		if b.String() != want {
			t.Errorf("Terminal(%q) = %q, want %q", in, b.String(), want)
		}
	}
	var b bytes.Buffer
	brief.Terminal(&b, true).Write([]byte("\x1b[1mbold\x1b[0m \x1b[2J"))
	if b.String() != "\x1b[1mbold\x1b[0m ␛[2J" {
		t.Errorf("colour terminal: %q", b.String())
	}
}

// The holder chart colours each voice by its side, with a legend: a 0.75
// voice is not drawn in the colour of "against".
func TestHolderChartColoursBySide(t *testing.T) {
	o := hostile()
	o.Contributions[1].P = 0.75
	var b bytes.Buffer
	if err := brief.HTML(&b, o); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{`r="7.0" fill="#b3261e"`, `r="7.0" fill="#1b7f3b"`, "for the event (above 0.50)", "against it (below 0.50)"} {
		if !strings.Contains(out, want) {
			t.Errorf("chart lacks %q", want)
		}
	}
}
