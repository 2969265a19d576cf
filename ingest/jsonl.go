package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
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

// streamJSONL reads one article per line. A line longer than lim.Record is
// skipped unread and reported as FILE:LINE, like a line that is not JSON.
func streamJSONL(name string, br *bufio.Reader, lim Limits, emit func(Doc)) (errs []error) {
	for lineNo := 1; ; lineNo++ {
		src := name + ":" + strconv.Itoa(lineNo)
		line, long, err := readLine(br, lim.Record)
		if long {
			errs = append(errs, errorf(src, "line longer than %s (bound record=%s)", Size(int64(lim.Record)), Size(int64(lim.Record))))
		} else if line = bytes.TrimSpace(bytes.TrimPrefix(line, []byte("\xef\xbb\xbf"))); len(line) > 0 {
			if e := safely(src, func() error { return jsonlDoc(src, line, emit) }); e != nil {
				errs = append(errs, e)
			}
		}
		if err != nil {
			if err != io.EOF {
				errs = append(errs, readError(name, err))
			}
			return errs
		}
	}
}

func jsonlDoc(src string, line []byte, emit func(Doc)) error {
	var r jsonlRecord
	if err := json.Unmarshal(line, &r); err != nil {
		return errorf(src, "invalid or truncated JSON line: %v", err)
	}
	d, err := r.doc(src)
	if err != nil {
		return err
	}
	emit(d)
	return nil
}

// readLine returns the next line without its newline, or long if it has
// more than max bytes (then the line is read past, not kept).
func readLine(br *bufio.Reader, max int) (line []byte, long bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !long {
			if len(line)+len(chunk) > max+1 {
				long, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if err != bufio.ErrBufferFull {
			return bytes.TrimSuffix(line, []byte("\n")), long, err
		}
	}
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
