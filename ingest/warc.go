package ingest

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
)

// streamWARC reads WARC 1.0/1.1 record by record: every response (or
// resource) record whose payload is HTML becomes an article. The format is a
// header block and a Content-Length-sized body per record, which this reader
// walks directly rather than pulling in a WARC library's large dependency
// graph. A record whose Content-Length is wrong, or larger than lim.Record,
// is reported and the reader finds the next record by its "WARC/" line, so
// one bad record costs only itself.
func streamWARC(name string, br *bufio.Reader, lim Limits, emit func(Doc)) (errs []error) {
	w := &warcReader{br: br, lim: lim}
	for n := 1; ; n++ {
		src := name + "#" + strconv.Itoa(n)
		if !w.skipBlank() {
			return append(errs, w.errs(name)...)
		}
		hdr, err := w.header()
		if err != nil {
			errs = append(errs, errorf(src, "%v", err))
			if !w.resync() {
				return append(errs, w.errs(name)...)
			}
			continue
		}
		length, err := strconv.ParseInt(strings.TrimSpace(hdr["content-length"]), 10, 64)
		wanted := hdr["warc-type"] == "response" || hdr["warc-type"] == "resource"
		switch {
		case err != nil || length < 0:
			errs = append(errs, errorf(src, "WARC record without a valid Content-Length (%q)", hdr["content-length"]))
			if !w.resync() {
				return append(errs, w.errs(name)...)
			}
			continue
		case !wanted || length > int64(lim.Record):
			// Requests, metadata and oversized records are passed over
			// unread; an absurd Content-Length is caught by the resync.
			if wanted {
				errs = append(errs, errorf(src, "WARC record of %d bytes, more than %s (bound record=%s)", length, Size(int64(lim.Record)), Size(int64(lim.Record))))
			}
			if !w.skip(length) {
				return append(errs, w.errs(name)...)
			}
			continue
		}
		body := make([]byte, length)
		if got, err := io.ReadFull(br, body); err != nil {
			if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
				err = fmt.Errorf("WARC file cut off in the middle of a record (%d of %d bytes)", got, length)
			}
			return append(errs, readError(src, err))
		}
		if !w.atRecordEnd() {
			errs = append(errs, errorf(src, "WARC record longer than its Content-Length of %d bytes", length))
			if !w.resync() {
				return append(errs, w.errs(name)...)
			}
			continue
		}
		if err := safely(src, func() error { return warcDoc(src, hdr, body, lim, emit) }); err != nil {
			errs = append(errs, err)
		}
	}
}

// warcDoc turns one response or resource record into an article, if its
// payload is an HTML page.
func warcDoc(src string, hdr map[string]string, body []byte, lim Limits, emit func(Doc)) error {
	uri := strings.Trim(hdr["warc-target-uri"], "<>")
	var payload []byte
	var ctype string
	if hdr["warc-type"] == "response" {
		if !strings.HasPrefix(hdr["content-type"], "application/http") {
			return nil
		}
		resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(body)), nil)
		if err != nil {
			return errorf(src, "bad HTTP response in WARC record: %v", err)
		}
		ctype = resp.Header.Get("Content-Type")
		if resp.StatusCode != http.StatusOK || ctype != "" && !strings.Contains(ctype, "html") {
			resp.Body.Close()
			return nil
		}
		if payload, err = readHTTPBody(resp, lim); err != nil {
			return errorf(src, "bad HTTP body for %s: %v", uri, err)
		}
	} else {
		ctype, payload = hdr["content-type"], body
	}
	if ctype != "" && !strings.Contains(ctype, "html") {
		return nil
	}
	d, err := readHTML(src, payload, uri, ctype)
	if err != nil {
		return err
	}
	d.Format = "warc"
	emit(d)
	return nil
}

// readHTTPBody decompresses a payload up to lim.Record: a gzip bomb in one
// record costs only that record.
func readHTTPBody(resp *http.Response, lim Limits) ([]byte, error) {
	defer resp.Body.Close()
	var r io.Reader = resp.Body
	switch strings.ToLower(resp.Header.Get("Content-Encoding")) {
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(resp.Body)
		if err != nil {
			return nil, err
		}
		r = zr
	case "deflate":
		r = flate.NewReader(resp.Body)
	}
	return io.ReadAll(bounded(r, int64(lim.Record), "in one record's payload after decompression"))
}

// warcReader walks records in a buffered stream.
type warcReader struct {
	br  *bufio.Reader
	lim Limits
	err error // why the stream ended early, if it did
}

// errs reports a read error that ended the stream, naming the file.
func (w *warcReader) errs(name string) []error {
	if w.err == nil || w.err == io.EOF {
		return nil
	}
	return []error{readError(name, w.err)}
}

// skipBlank passes the blank lines between records; false at the end.
func (w *warcReader) skipBlank() bool {
	for {
		c, err := w.br.ReadByte()
		if err != nil {
			w.err = err
			return false
		}
		if c != '\r' && c != '\n' {
			w.br.UnreadByte()
			return true
		}
	}
}

// maxHeader bounds a record's header block.
const maxHeader = 64 << 10

// header reads a record's header block and returns its named fields with
// lower-case names.
func (w *warcReader) header() (map[string]string, error) {
	h := map[string]string{}
	size := 0
	for i := 0; ; i++ {
		line, err := w.br.ReadSlice('\n')
		size += len(line)
		switch {
		case err == bufio.ErrBufferFull || size > maxHeader:
			return nil, fmt.Errorf("WARC record header longer than %s", Size(maxHeader))
		case err != nil:
			w.err = err
			return nil, fmt.Errorf("WARC record header cut off")
		}
		s := strings.TrimRight(string(line), "\r\n")
		if i == 0 {
			if !strings.HasPrefix(s, "WARC/") {
				return nil, fmt.Errorf("expected a WARC record, found %q", head([]byte(s), 20))
			}
			continue
		}
		if s == "" {
			return h, nil
		}
		if k, v, ok := strings.Cut(s, ":"); ok {
			h[strings.ToLower(strings.TrimSpace(k))] = strings.TrimSpace(v)
		}
	}
}

// skip passes over a record body of n bytes without keeping it. A body
// larger than the record bound is not trusted (Content-Length may be
// absurd): the next record is found by its header line instead.
func (w *warcReader) skip(n int64) bool {
	if n > int64(w.lim.Record) {
		return w.resync()
	}
	if _, err := io.CopyN(io.Discard, w.br, n); err != nil {
		w.err = err
		if err == io.EOF {
			w.err = io.ErrUnexpectedEOF
		}
		return false
	}
	if !w.atRecordEnd() {
		return w.resync()
	}
	return true
}

// atRecordEnd reports whether what follows a body is the end of the file
// or blank lines and the next record, as a right Content-Length leaves it.
func (w *warcReader) atRecordEnd() bool {
	for i := 0; ; i++ {
		b, err := w.br.Peek(i + 1)
		if len(b) <= i {
			return err == io.EOF && i == len(b)
		}
		if c := b[i]; c != '\r' && c != '\n' {
			next, _ := w.br.Peek(i + 5)
			return bytes.HasPrefix(next[i:], []byte("WARC/"))
		}
		if i > 64 {
			return false
		}
	}
}

// resync reads on to the next line that starts a record ("WARC/1.0");
// false when the stream ends first.
func (w *warcReader) resync() bool {
	lineStart := true
	for {
		if lineStart {
			if b, _ := w.br.Peek(6); bytes.HasPrefix(b, []byte("WARC/")) && len(b) == 6 && b[5] >= '0' && b[5] <= '9' {
				return true
			}
		}
		_, err := w.br.ReadSlice('\n')
		lineStart = err == nil
		if err != nil && err != bufio.ErrBufferFull {
			if err != io.EOF {
				w.err = err
			}
			return false
		}
	}
}
