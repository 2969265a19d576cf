package ingest

import (
	"bytes"
	"encoding/json"
	"net/url"
	"strings"
	"time"

	"codeberg.org/readeck/go-readability/v2"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/meta"
)

// readHTML extracts the main text and metadata of a page with go-trafilatura
// (F1 0.962 on the ScrapingHub benchmark), falling back to readeck's
// go-readability when trafilatura finds nothing. pageURL and contentType come
// from the WARC record or JSONL line when known.
func readHTML(name string, data []byte, pageURL, contentType string) (Doc, error) {
	text, err := decodeHTML(data, contentType)
	if err != nil {
		return Doc{}, errorf(name, "%v", err)
	}
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return Doc{}, errorf(name, "unparseable HTML: %v", err)
	}
	if findElement(doc, "body") == nil || !hasText(findElement(doc, "body")) {
		return Doc{}, errorf(name, "HTML has no body text")
	}
	if elems, paras := elements(doc); elems > MaxExtractElements || paras > MaxExtractParagraphs {
		return largePage(name, doc, pageURL, elems, paras), nil
	}
	var u *url.URL
	if pageURL != "" {
		u, _ = url.Parse(pageURL)
	}
	d := Doc{Source: name, Format: kent.FormatHTML, URL: pageURL}
	res, terr := trafilatura.ExtractDocument(doc, trafilatura.Options{
		OriginalURL:     u,
		EnableFallback:  true, // +0.010 F1 on the trafilatura benchmark, -0.001 on ScrapingHub, 30% slower
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Fast,
	})
	if terr == nil && res != nil && res.ContentNode != nil {
		d.Blocks = Blocks(res.ContentNode)
		m := res.Metadata
		d.Title, d.Author, d.Outlet, d.Language = m.Title, m.Author, m.Sitename, m.Language
		if m.URL != "" && d.URL == "" {
			d.URL = m.URL
		}
		if !m.Date.IsZero() {
			d.Published = m.Date
		}
	}
	if len(d.Blocks) == 0 {
		// trafilatura refuses pages with little text; readability is more
		// lenient, which is what a single short article needs.
		rp := readability.NewParser()
		art, rerr := rp.ParseDocument(doc, u)
		if rerr != nil || art.Node == nil {
			if terr != nil {
				return Doc{}, errorf(name, "no article text found in HTML (%v)", terr)
			}
			return Doc{}, errorf(name, "no article text found in HTML")
		}
		d.Blocks = Blocks(art.Node)
		d.Title, d.Author, d.Outlet, d.Language = art.Title(), art.Byline(), art.SiteName(), art.Language()
		if t, err := art.PublishedTime(); err == nil {
			d.Published = t
		}
	}
	if len(d.Blocks) == 0 {
		return Doc{}, errorf(name, "no article text found in HTML")
	}
	// trafilatura keeps only the day of the publication date; the page's
	// own metadata usually has the time and zone too.
	if t := metaDate(doc); !t.IsZero() && (d.Published.IsZero() || sameDay(t, d.Published)) {
		d.Published = t
	}
	if d.Outlet == "" {
		d.Outlet = meta.OutletFromURL(d.URL)
	}
	if len(d.Language) > 2 {
		d.Language = d.Language[:2]
	}
	return d, nil
}

func sameDay(a, b time.Time) bool {
	return a.UTC().Format("2006-01-02") == b.UTC().Format("2006-01-02")
}

// decodeHTML converts a page to UTF-8 using its declared charset (HTTP
// header, BOM or <meta>), or Kent's legacy-encoding guess if it declares
// none and is not UTF-8.
func decodeHTML(data []byte, contentType string) (string, error) {
	enc, name, certain := charset.DetermineEncoding(data, contentType)
	if !certain {
		if s, ok := validUTF8Text(data); ok {
			return s, nil
		}
		if s, n := guessLegacy(data); n != "" {
			return s, nil
		}
	}
	if name == "utf-8" {
		if s, ok := validUTF8Text(data); ok {
			return s, nil
		}
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", err
	}
	return string(out), nil
}

// Blocks returns the paragraph-sized texts under n: each paragraph, heading,
// list item, quote or table row is one block; text directly inside
// containers becomes a block of its own.
func Blocks(n *html.Node) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if t := strings.Join(strings.Fields(cur.String()), " "); t != "" {
			out = append(out, t)
		}
		cur.Reset()
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript", "template", "iframe", "svg", "button", "form", "nav":
				return
			case "br":
				cur.WriteString(" ")
				return
			}
			if blockTags[n.Data] {
				flush()
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					walk(c)
				}
				flush()
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	flush()
	return out
}

var blockTags = map[string]bool{
	"p": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "blockquote": true, "pre": true, "tr": true, "dd": true, "dt": true,
	"figcaption": true, "div": true, "section": true, "article": true, "ul": true, "ol": true,
	"table": true, "header": true, "footer": true, "aside": true, "main": true, "body": true,
	"head": true, "item": true, "list": true, "quote": true, "title": true,
}

func findElement(n *html.Node, tag string) *html.Node {
	if n.Type == html.ElementNode && n.Data == tag {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findElement(c, tag); f != nil {
			return f
		}
	}
	return nil
}

func hasText(n *html.Node) bool {
	if n == nil {
		return false
	}
	if n.Type == html.TextNode && strings.TrimSpace(n.Data) != "" {
		p := n.Parent
		return p == nil || (p.Data != "script" && p.Data != "style")
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if hasText(c) {
			return true
		}
	}
	return false
}

var dateMetaNames = map[string]bool{
	"article:published_time": true, "og:published_time": true, "datepublished": true,
	"pubdate": true, "publishdate": true, "date": true, "dc.date": true, "dc.date.issued": true,
	"sailthru.date": true, "parsely-pub-date": true,
}

// metaDate returns the publication time a page states in <meta>, JSON-LD
// or <time datetime>, in that order of trust.
func metaDate(doc *html.Node) time.Time {
	var metaT, ldT, timeT time.Time
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "meta":
				key := strings.ToLower(attr(n, "property") + attr(n, "name") + attr(n, "itemprop"))
				if dateMetaNames[key] && metaT.IsZero() {
					metaT = parseISO(attr(n, "content"))
				}
			case "time":
				if timeT.IsZero() {
					timeT = parseISO(attr(n, "datetime"))
				}
			case "script":
				if attr(n, "type") == "application/ld+json" && n.FirstChild != nil && ldT.IsZero() {
					ldT = ldDate([]byte(n.FirstChild.Data))
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	for _, t := range []time.Time{metaT, ldT, timeT} {
		if !t.IsZero() {
			return t
		}
	}
	return time.Time{}
}

func ldDate(b []byte) time.Time {
	var v any
	if json.Unmarshal(bytes.TrimSpace(b), &v) != nil {
		return time.Time{}
	}
	var find func(any) time.Time
	find = func(v any) time.Time {
		switch x := v.(type) {
		case map[string]any:
			if s, ok := x["datePublished"].(string); ok {
				if t := parseISO(s); !t.IsZero() {
					return t
				}
			}
			for _, c := range x {
				if t := find(c); !t.IsZero() {
					return t
				}
			}
		case []any:
			for _, c := range x {
				if t := find(c); !t.IsZero() {
					return t
				}
			}
		}
		return time.Time{}
	}
	return find(v)
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// parseISO parses the machine-readable date formats pages put in metadata.
func parseISO(s string) time.Time {
	s = strings.TrimSpace(s)
	for _, f := range []string{time.RFC3339Nano, time.RFC3339, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05", "2006-01-02T15:04Z07:00", "2006-01-02 15:04:05", "2006-01-02", time.RFC1123Z, time.RFC1123} {
		if t, err := time.Parse(f, s); err == nil {
			return t
		}
	}
	return time.Time{}
}
