// Package ingest reads articles out of files in the formats Kent's users
// have: plain text from scrapers, saved HTML pages, JSONL exports, RSS/Atom
// feeds and WARC crawls (plain or gzipped). The format is recognised from the
// content, not the file name, and text in legacy encodings is decoded.
//
// A reader returns every article it could read and one error per part it
// could not (a truncated JSONL line, a WARC cut off mid-record), so one bad
// record never costs the rest of a file.
package ingest

import (
	"bytes"
	"fmt"
	"time"
	"unicode/utf8"

	"github.com/kentnews/kent"
)

// Doc is one article as a reader found it, before cleaning.
type Doc struct {
	Source string      // file path, with #n for the n-th record of a multi-article file
	Format kent.Format // the reader that produced it
	// Text is raw article text (plain-text files, JSONL "text").
	Text string
	// Blocks are paragraphs an HTML extractor separated; set instead of Text.
	Blocks    []string
	Title     string
	URL       string
	Outlet    string
	Author    string
	Language  string
	Published time.Time
	// Warnings say what a bound cut from the article.
	Warnings []string
}

// Read recognises the format of data read from the file called name and
// returns the articles in it, within DefaultLimits. errs holds one error per
// part that could not be read; each names the file (and record) and the
// reason. Stream does the same without holding the file in memory.
func Read(name string, data []byte) (docs []Doc, errs []error) {
	errs = Stream(name, bytes.NewReader(data), Limits{}, func(d Doc) { docs = append(docs, d) })
	return docs, errs
}

func head(b []byte, n int) []byte {
	if len(b) < n {
		return b
	}
	return b[:n]
}

// Detect names the format of data from its first bytes, or "binary".
func Detect(data []byte) kent.Format {
	h := data[:min(len(data), 4096)]
	h = bytes.TrimPrefix(h, []byte("\xef\xbb\xbf"))
	// A WARC's records may hold gzip-encoded payloads: binary bytes in a
	// text format.
	if bytes.HasPrefix(bytes.TrimLeft(h, " \t\r\n"), []byte("WARC/")) {
		return kent.FormatWARC
	}
	if isBinary(h) {
		return "binary"
	}
	t := bytes.TrimLeft(h, " \t\r\n")
	lower := bytes.ToLower(t[:min(len(t), 1024)])
	switch {
	case bytes.HasPrefix(t, []byte("WARC/")):
		return kent.FormatWARC
	case bytes.HasPrefix(lower, []byte("<?xml")) || bytes.HasPrefix(lower, []byte("<rss")) || bytes.HasPrefix(lower, []byte("<feed")) || bytes.HasPrefix(lower, []byte("<rdf:rdf")):
		if bytes.Contains(lower, []byte("<rss")) || bytes.Contains(lower, []byte("<feed")) || bytes.Contains(lower, []byte("<rdf:rdf")) || bytes.Contains(lower, []byte("<channel")) {
			return kent.FormatFeed
		}
		if bytes.Contains(lower, []byte("<html")) {
			return kent.FormatHTML
		}
		return kent.FormatFeed // an XML file that claims nothing else: let the feed parser say why not
	case bytes.HasPrefix(lower, []byte("<!doctype html")) || bytes.HasPrefix(lower, []byte("<html")) || bytes.HasPrefix(lower, []byte("<!--")) || bytes.HasPrefix(lower, []byte("<head")) || bytes.HasPrefix(lower, []byte("<body")):
		return kent.FormatHTML
	case bytes.HasPrefix(t, []byte("{")):
		return kent.FormatJSONL
	}
	hl := bytes.ToLower(h)
	if bytes.Contains(hl, []byte("<body")) || bytes.Contains(hl, []byte("</p>")) && bytes.Contains(hl, []byte("<div")) {
		return kent.FormatHTML
	}
	return kent.FormatText
}

// isBinary reports more than a stray NUL byte or many control characters:
// text in any encoding Kent reads has neither (a scraper's stray NUL is
// dropped from the text, not taken for a binary file). UTF-16 text is
// recognised by its BOM.
func isBinary(h []byte) bool {
	if bytes.HasPrefix(h, []byte{0xff, 0xfe}) || bytes.HasPrefix(h, []byte{0xfe, 0xff}) {
		return false
	}
	ctrl, nul := 0, 0
	for _, c := range h {
		if c == 0 {
			nul++
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctrl++
		}
	}
	return nul*500 > len(h) || ctrl*20 > len(h)
}

// validUTF8Text is valid UTF-8 without a BOM.
func validUTF8Text(b []byte) (string, bool) {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	if utf8.Valid(b) {
		return string(b), true
	}
	return "", false
}

// errorf is a shorthand for an EINVALID error about one file.
func errorf(name, format string, args ...any) error {
	return kent.Errorf(kent.EINVALID, "%s: %s", name, fmt.Sprintf(format, args...))
}
