package ingest

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Limits bound what one file can cost, so no input can exhaust memory or
// time. Past a bound the part is cut (an article's text) or skipped (a
// record, a line) with a message naming the file, the record and the bound;
// the rest of the file and of the run goes on. Zero fields take the
// defaults of DefaultLimits.
type Limits struct {
	// File bounds the bytes read from one file or stream after
	// decompression: a gzip bomb stops here.
	File int64
	// Record bounds one part read whole: a WARC record, its HTTP payload
	// after decompression, a JSONL line, an HTML page, a feed.
	Record int
	// Text bounds one article's text; a longer one is cut at a line or
	// word break.
	Text int
	// Paragraph bounds one paragraph; a longer one is split at sentence or
	// word breaks (the text is kept).
	Paragraph int
	// SentenceWords bounds the words of one sentence; a longer one is split.
	SentenceWords int
	// Quotes and Judgements bound what one article keeps of each.
	Quotes, Judgements int
}

// DefaultLimits are generous for news (the longest articles are a few
// hundred kilobytes) and keep a run under 400 MB on any input.
func DefaultLimits() Limits {
	return Limits{
		File:          16 << 30,
		Record:        8 << 20,
		Text:          2 << 20,
		Paragraph:     64 << 10,
		SentenceWords: 1000,
		Quotes:        1000,
		Judgements:    1000,
	}
}

// counts names the bounds that are counts and sizes below 1 GB, for
// OrDefault and Set.
func (l *Limits) counts() map[string]*int {
	return map[string]*int{
		"record": &l.Record, "text": &l.Text, "paragraph": &l.Paragraph,
		"sentence-words": &l.SentenceWords, "quotes": &l.Quotes, "judgements": &l.Judgements,
	}
}

// OrDefault fills zero fields from DefaultLimits.
func (l Limits) OrDefault() Limits {
	d := DefaultLimits()
	if l.File <= 0 {
		l.File = d.File
	}
	defaults := d.counts()
	for name, p := range l.counts() {
		if *p <= 0 {
			*p = *defaults[name]
		}
	}
	return l
}

// limitNames are the names Set takes, as `kent ingest --limit NAME=VALUE`.
var limitNames = "file, record, text, paragraph, sentence-words, quotes, judgements"

// Set changes one bound from NAME=VALUE; sizes take a KB, MB or GB suffix.
func (l *Limits) Set(s string) error {
	name, val, ok := strings.Cut(s, "=")
	if !ok {
		return fmt.Errorf("limit %q: want NAME=VALUE with NAME one of %s", s, limitNames)
	}
	n, err := parseSize(val)
	if err != nil || n <= 0 {
		return fmt.Errorf("limit %q: %q is not a positive number (sizes may end in KB, MB or GB)", s, val)
	}
	name = strings.TrimSpace(name)
	if name == "file" {
		l.File = n
		return nil
	}
	p, ok := l.counts()[name]
	if !ok {
		return fmt.Errorf("limit %q: unknown bound %q (one of %s)", s, name, limitNames)
	}
	*p = int(min(n, 1<<30))
	return nil
}

func parseSize(s string) (int64, error) {
	s = strings.ToUpper(strings.TrimSpace(s))
	mult := int64(1)
	for suf, m := range map[string]int64{"KB": 1 << 10, "MB": 1 << 20, "GB": 1 << 30} {
		if strings.HasSuffix(s, suf) {
			s, mult = strings.TrimSpace(strings.TrimSuffix(s, suf)), m
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n > (1<<62)/mult {
		return 0, errors.New("bad size")
	}
	return n * mult, nil
}

// Size prints a byte count the way the bounds are written: 8 MB, 64 KB,
// 254.4 KB.
func Size(n int64) string {
	for _, u := range []struct {
		unit  string
		shift uint
	}{{"GB", 30}, {"MB", 20}, {"KB", 10}} {
		switch {
		case n >= 1<<u.shift && n%(1<<u.shift) == 0:
			return strconv.FormatInt(n>>u.shift, 10) + " " + u.unit
		case n >= 1<<u.shift:
			return strconv.FormatFloat(float64(n)/float64(int64(1)<<u.shift), 'f', 1, 64) + " " + u.unit
		}
	}
	return strconv.FormatInt(n, 10) + " bytes"
}

// errTooLarge is what a boundedReader returns past its bound.
type errTooLarge struct {
	what  string
	bound int64
}

func (e errTooLarge) Error() string {
	return fmt.Sprintf("more than %s %s (bound %s)", Size(e.bound), e.what, e.boundName())
}

func (e errTooLarge) boundName() string {
	if e.what == "after decompression" {
		return "file"
	}
	return "record"
}

// boundedReader reads at most n bytes from r and then fails, unlike
// io.LimitReader, which would end quietly as if the input ended there.
type boundedReader struct {
	r    io.Reader
	left int64
	err  errTooLarge
}

func bounded(r io.Reader, n int64, what string) *boundedReader {
	return &boundedReader{r: r, left: n, err: errTooLarge{what, n}}
}

func (b *boundedReader) Read(p []byte) (int, error) {
	if b.left <= 0 {
		// One byte more tells "exactly n" from "more than n".
		var one [1]byte
		if n, _ := b.r.Read(one[:]); n == 0 {
			return 0, io.EOF
		}
		return 0, b.err
	}
	if int64(len(p)) > b.left {
		p = p[:b.left]
	}
	n, err := b.r.Read(p)
	b.left -= int64(n)
	return n, err
}
