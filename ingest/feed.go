package ingest

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/meta"
)

// readFeed reads RSS and Atom files with gofeed: one article per item, from
// its content or, failing that, its description.
func readFeed(name string, data []byte) (docs []Doc, errs []error) {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return nil, []error{errorf(name, "not a readable RSS/Atom feed: %v", err)}
	}
	for i, it := range f.Items {
		src := name + "#" + strconv.Itoa(i+1)
		body := first(it.Content, it.Description)
		if body == "" {
			errs = append(errs, errorf(src, "feed item %q has no content or description", it.Title))
			continue
		}
		d := Doc{Source: src, Format: kent.FormatFeed, Title: strings.TrimSpace(it.Title), URL: it.Link, Language: f.Language}
		node, err := html.Parse(strings.NewReader(body))
		if err == nil {
			d.Blocks = Blocks(node)
		}
		if len(d.Blocks) == 0 {
			errs = append(errs, errorf(src, "feed item %q has no text", it.Title))
			continue
		}
		if it.PublishedParsed != nil {
			d.Published = *it.PublishedParsed
		} else if it.UpdatedParsed != nil {
			d.Published = *it.UpdatedParsed
		}
		if it.Author != nil {
			d.Author = it.Author.Name
		}
		d.Outlet = first(f.Title, meta.OutletFromURL(it.Link))
		if len(d.Language) > 2 {
			d.Language = d.Language[:2]
		}
		docs = append(docs, d)
	}
	if len(f.Items) == 0 {
		errs = append(errs, errorf(name, "feed has no items"))
	}
	return docs, errs
}
