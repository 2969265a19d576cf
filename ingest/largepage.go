package ingest

import (
	"fmt"
	"strings"

	"golang.org/x/net/html"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/meta"
)

// Bounds on a page given to go-trafilatura. Its extraction concatenates
// the text of every paragraph one by one, so its time grows with the square
// of their number (a page of 17,000 paragraphs took 35 s and 900 MB), and
// its fallbacks copy the whole tree (a page of 80,000 elements took 13 s
// and 570 MB). A larger page is read by Blocks, in one linear pass, and the
// cleaner removes its chrome.
const (
	MaxExtractParagraphs = 2000
	MaxExtractElements   = 20000
)

// elements counts the elements of a page and its paragraphs.
func elements(n *html.Node) (all, paragraphs int) {
	if n.Type == html.ElementNode {
		all++
		if n.Data == "p" {
			paragraphs++
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		a, p := elements(c)
		all, paragraphs = all+a, paragraphs+p
	}
	return all, paragraphs
}

// largePage reads a page too large for the extractor: every block of its
// body, its title and its date.
func largePage(name string, doc *html.Node, pageURL string, elems, paras int) Doc {
	d := Doc{Source: name, Format: kent.FormatHTML, URL: pageURL, Blocks: Blocks(findElement(doc, "body"))}
	if t := findElement(doc, "title"); t != nil {
		d.Title = strings.Join(strings.Fields(textOf(t)), " ")
	}
	d.Published = metaDate(doc)
	d.Outlet = meta.OutletFromURL(pageURL)
	d.Warnings = append(d.Warnings, fmt.Sprintf("%s: page of %d elements and %d paragraphs read without the extractor (bounds %d elements, %d paragraphs); the cleaner removes its chrome",
		name, elems, paras, MaxExtractElements, MaxExtractParagraphs))
	return d
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}
