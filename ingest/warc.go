package ingest

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"io"
	"net/http"
	"strconv"
	"strings"
)

// readWARC reads WARC 1.0/1.1 files: every response (or resource) record
// whose payload is HTML becomes an article. The format is a header block and
// a Content-Length-sized body per record, which this reader walks directly
// rather than pulling in a WARC library's large dependency graph.
func readWARC(name string, data []byte) (docs []Doc, errs []error) {
	pos, n := 0, 0
	for pos < len(data) {
		// Skip the blank lines between records.
		for pos < len(data) && (data[pos] == '\r' || data[pos] == '\n') {
			pos++
		}
		if pos >= len(data) {
			break
		}
		n++
		src := name + "#" + strconv.Itoa(n)
		if !bytes.HasPrefix(data[pos:], []byte("WARC/")) {
			errs = append(errs, errorf(src, "expected a WARC record at byte %d", pos))
			break
		}
		end := bytes.Index(data[pos:], []byte("\r\n\r\n"))
		sep := 4
		if end < 0 {
			end = bytes.Index(data[pos:], []byte("\n\n"))
			sep = 2
		}
		if end < 0 {
			errs = append(errs, errorf(src, "WARC record header cut off at byte %d", pos))
			break
		}
		hdr := parseWARCHeader(data[pos : pos+end])
		length, err := strconv.Atoi(strings.TrimSpace(hdr["content-length"]))
		if err != nil || length < 0 {
			errs = append(errs, errorf(src, "WARC record without a valid Content-Length"))
			break
		}
		bodyStart := pos + end + sep
		if bodyStart+length > len(data) {
			errs = append(errs, errorf(src, "WARC file cut off in the middle of a record (%d of %d bytes)", len(data)-bodyStart, length))
			break
		}
		body := data[bodyStart : bodyStart+length]
		pos = bodyStart + length
		typ := hdr["warc-type"]
		uri := strings.Trim(hdr["warc-target-uri"], "<>")
		var payload []byte
		var ctype string
		switch typ {
		case "response":
			if !strings.HasPrefix(hdr["content-type"], "application/http") {
				continue
			}
			resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(body)), nil)
			if err != nil {
				errs = append(errs, errorf(src, "bad HTTP response in WARC record: %v", err))
				continue
			}
			ctype = resp.Header.Get("Content-Type")
			payload, err = readHTTPBody(resp)
			if err != nil {
				errs = append(errs, errorf(src, "bad HTTP body for %s: %v", uri, err))
				continue
			}
			if resp.StatusCode != http.StatusOK {
				continue
			}
		case "resource":
			ctype, payload = hdr["content-type"], body
		default:
			continue // requests, metadata, warcinfo
		}
		if ctype != "" && !strings.Contains(ctype, "html") {
			continue
		}
		d, err := readHTML(src, payload, uri, ctype)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		d.Format = "warc"
		docs = append(docs, d)
	}
	return docs, errs
}

func readHTTPBody(resp *http.Response) ([]byte, error) {
	defer resp.Body.Close()
	var r io.Reader = resp.Body
	switch strings.ToLower(resp.Header.Get("Content-Encoding")) {
	case "gzip":
		zr, err := gzip.NewReader(resp.Body)
		if err != nil {
			return nil, err
		}
		r = zr
	case "deflate":
		r = flate.NewReader(resp.Body)
	}
	return io.ReadAll(io.LimitReader(r, MaxFileSize))
}

// parseWARCHeader returns the named fields of a record header (the version
// line skipped), with lower-case names.
func parseWARCHeader(b []byte) map[string]string {
	h := map[string]string{}
	for i, line := range strings.Split(string(b), "\n") {
		if i == 0 {
			continue
		}
		k, v, ok := strings.Cut(strings.TrimRight(line, "\r"), ":")
		if ok {
			h[strings.ToLower(strings.TrimSpace(k))] = strings.TrimSpace(v)
		}
	}
	return h
}
