package ingest

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"time"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/meta"
)

// jsonlRecord is one line of a JSONL export. Only text or html is required;
// the alternative names are the ones common scrapers write.
type jsonlRecord struct {
	URL       string `json:"url"`
	Link      string `json:"link"`
	Title     string `json:"title"`
	Headline  string `json:"headline"`
	Text      string `json:"text"`
	Content   string `json:"content"`
	Body      string `json:"body"`
	HTML      string `json:"html"`
	Published string `json:"published"`
	Date      string `json:"date"`
	Outlet    string `json:"outlet"`
	Source    string `json:"source"`
	Site      string `json:"site"`
	Language  string `json:"language"`
	Lang      string `json:"lang"`
	Author    string `json:"author"`
}

func readJSONL(name string, data []byte) (docs []Doc, errs []error) {
	lineNo := 0
	for len(data) > 0 {
		lineNo++
		var line []byte
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			line, data = data, nil
		}
		line = bytes.TrimSpace(bytes.TrimPrefix(line, []byte("\xef\xbb\xbf")))
		if len(line) == 0 {
			continue
		}
		src := name + ":" + strconv.Itoa(lineNo)
		var r jsonlRecord
		if err := json.Unmarshal(line, &r); err != nil {
			errs = append(errs, errorf(src, "invalid or truncated JSON line: %v", err))
			continue
		}
		d, err := r.doc(src)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		docs = append(docs, d)
	}
	return docs, errs
}

func (r jsonlRecord) doc(src string) (Doc, error) {
	url := first(r.URL, r.Link)
	text := first(r.Text, r.Content, r.Body)
	var d Doc
	switch {
	case strings.TrimSpace(text) != "":
		d = Doc{Source: src, Format: kent.FormatJSONL, Text: text}
	case strings.TrimSpace(r.HTML) != "":
		h, err := readHTML(src, []byte(r.HTML), url, "text/html; charset=utf-8")
		if err != nil {
			return Doc{}, err
		}
		d = h
		d.Format = kent.FormatJSONL
	default:
		return Doc{}, errorf(src, "record has neither text nor html")
	}
	d.URL = first(url, d.URL)
	d.Title = first(r.Title, r.Headline, d.Title)
	d.Outlet = first(r.Outlet, r.Source, r.Site, d.Outlet, meta.OutletFromURL(url))
	d.Author = first(r.Author, d.Author)
	d.Language = strings.ToLower(first(r.Language, r.Lang, d.Language))
	if p := first(r.Published, r.Date); p != "" {
		t := parseISO(p)
		if t.IsZero() {
			t, _ = meta.FindDate(p, d.Language, time.Now())
		}
		if !t.IsZero() {
			d.Published = t
		}
	}
	return d, nil
}

func first(s ...string) string {
	for _, x := range s {
		if strings.TrimSpace(x) != "" {
			return strings.TrimSpace(x)
		}
	}
	return ""
}
