package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/url"
	"runtime/debug"
	"strings"
	"sync"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/meta"
)

// Stream reads the articles in r, the content of the file called name, and
// calls emit with each as soon as it is read, so memory does not grow with
// the file: a WARC is read record by record (a .gz member by member), a
// JSONL file line by line, and a text file only up to lim.Text. The
// returned errors name the file (and record or line) and the reason, one
// per part that could not be read.
func Stream(name string, r io.Reader, lim Limits, emit func(Doc)) (errs []error) {
	return stream(name, r, lim, emit, nil)
}

// stream is Stream; gz is the gzip file r decompresses, if it does.
func stream(name string, r io.Reader, lim Limits, emit func(Doc), gz *gzMembers) (errs []error) {
	lim = lim.OrDefault()
	br := readers.Get().(*bufio.Reader)
	defer readers.Put(br)
	br.Reset(bounded(r, lim.File, "after decompression"))
	head, err := br.Peek(4096)
	if len(head) == 0 {
		if err != nil && err != io.EOF {
			return []error{readError(name, err)}
		}
		return []error{kent.Errorf(kent.EINVALID, "%s: empty file", name)}
	}
	if len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := newGzMembers(br)
		if err != nil {
			return []error{kent.Errorf(kent.EINVALID, "%s: bad gzip header: %v", name, err)}
		}
		// Members are read one after another: a .warc.gz stays a stream.
		return stream(name, zr, lim, emit, zr)
	}
	switch Detect(head) {
	case kent.FormatWARC:
		if gz != nil {
			gz.perRecord, gz.limit = true, int64(lim.Record)+maxHeader
		}
		return streamWARC(name, br, lim, emit)
	case kent.FormatJSONL:
		return streamJSONL(name, br, lim, emit)
	case kent.FormatFeed:
		return whole(name, br, lim, func(data []byte) ([]Doc, []error) { return readFeed(name, data) }, emit)
	case kent.FormatHTML:
		return whole(name, br, lim, func(data []byte) ([]Doc, []error) {
			d, err := readHTML(name, data, "", "")
			if err != nil {
				return nil, []error{err}
			}
			return []Doc{d}, nil
		}, emit)
	case "binary":
		return []error{kent.Errorf(kent.EINVALID, "%s: binary file, not text (first bytes % x)", name, head[:min(len(head), 8)])}
	}
	return streamText(name, br, lim, emit)
}

// readers are reused: a run of 100,000 small files would otherwise
// allocate a 64 KB buffer for each.
var readers = sync.Pool{New: func() any { return bufio.NewReaderSize(nil, 64<<10) }}

// whole reads a format that needs all of its bytes at once (a feed, a page)
// up to lim.Record and hands them to read.
func whole(name string, r io.Reader, lim Limits, read func([]byte) ([]Doc, []error), emit func(Doc)) []error {
	data, err := io.ReadAll(bounded(r, int64(lim.Record), "in one page or feed"))
	if err != nil {
		return []error{readError(name, err)}
	}
	var docs []Doc
	var errs []error
	if err := safely(name, func() error { docs, errs = read(data); return nil }); err != nil {
		return []error{err}
	}
	for _, d := range docs {
		emit(d)
	}
	return errs
}

// streamText reads a plain-text article up to lim.Text; a longer one is cut
// at the last line or word break before the bound, and the rest is not read.
func streamText(name string, r io.Reader, lim Limits, emit func(Doc)) []error {
	data, err := io.ReadAll(io.LimitReader(r, int64(lim.Text)+1))
	if err != nil {
		return []error{readError(name, err)}
	}
	var warn []string
	if len(data) > lim.Text {
		data = data[:CutPoint(data, lim.Text)]
		warn = append(warn, fmt.Sprintf("%s: text cut at %s (bound text=%s); the rest of the file was not read", name, Size(int64(len(data))), Size(int64(lim.Text))))
	}
	text, err := DecodeText(data)
	if err != nil {
		return []error{kent.Errorf(kent.EINVALID, "%s: %v", name, err)}
	}
	if n := strings.Count(text, "\x00"); n > 0 {
		text = strings.ReplaceAll(text, "\x00", "")
		warn = append(warn, fmt.Sprintf("%s: %d NUL bytes dropped from the text", name, n))
	}
	d := Doc{Source: name, Format: kent.FormatText, Text: text, Warnings: warn}
	d.URL, d.Text = leadingURL(text)
	d.Outlet = meta.OutletFromURL(d.URL)
	emit(d)
	return nil
}

// leadingURL takes a first line that is only an http(s) address, as
// scrapers write it, for the article's URL, and returns the rest.
func leadingURL(text string) (string, string) {
	trimmed := strings.TrimLeft(text, " \t\r\n\ufeff")
	line, rest, _ := strings.Cut(trimmed, "\n")
	line = strings.TrimSpace(line)
	if !strings.HasPrefix(line, "http://") && !strings.HasPrefix(line, "https://") || strings.ContainsAny(line, " \t") {
		return "", text
	}
	if u, err := url.Parse(line); err != nil || u.Host == "" {
		return "", text
	}
	return line, rest
}

// CutPoint returns where to cut data to at most n bytes: after the last
// newline, else the last space, in its second half, else at a UTF-8
// character boundary; UTF-16 text (with its BOM) is cut at an even byte.
func CutPoint[T string | []byte](data T, n int) int {
	if n >= len(data) {
		return len(data)
	}
	if len(data) >= 2 && (data[0] == 0xff && data[1] == 0xfe || data[0] == 0xfe && data[1] == 0xff) {
		return n &^ 1
	}
	for _, sep := range []byte{'\n', ' '} {
		for i := n - 1; i > n/2; i-- {
			if data[i] == sep {
				return i + 1
			}
		}
	}
	for n > 0 && data[n]&0xc0 == 0x80 {
		n-- // not inside a UTF-8 sequence
	}
	return n
}

// readError names the file and says why reading stopped.
func readError(name string, err error) error {
	var tl errTooLarge
	var ml errMemberTooLarge
	switch {
	case errors.As(err, &tl):
		return kent.Errorf(kent.EINVALID, "%s: %v", name, tl)
	case errors.As(err, &ml):
		return kent.Errorf(kent.EINVALID, "%s: %v", name, ml)
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, gzip.ErrChecksum), errors.Is(err, gzip.ErrHeader):
		return kent.Errorf(kent.EINVALID, "%s: file cut off or corrupt: %v", name, err)
	}
	return kent.Errorf(kent.EINVALID, "%s: %v", name, err)
}

// safely runs f, turning a panic inside a library (an HTML extractor, a
// feed parser) into an error naming src, so one record costs only itself.
func safely(src string, f func() error) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = kent.Errorf(kent.EINTERNAL, "%s: internal error, please report: %v (at %s)", src, p, firstFrames(debug.Stack()))
		}
	}()
	return f()
}

// firstFrames keeps the top of a stack trace: enough to report, one line.
func firstFrames(stack []byte) string {
	lines := bytes.Split(stack, []byte("\n"))
	var out [][]byte
	for _, l := range lines {
		if bytes.HasPrefix(l, []byte("\t")) && !bytes.Contains(l, []byte("runtime/")) {
			out = append(out, bytes.TrimSpace(l))
			if len(out) == 3 {
				break
			}
		}
	}
	return string(bytes.Join(out, []byte(" < ")))
}
