package ingest

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
)

// gzMembers reads a gzip file member by member. A .warc.gz compressed the
// recommended way holds one record per member, so once the first member
// has ended within the bound (the file is compressed record by record),
// every member is bounded too: a member that inflates past it (a bomb
// hidden in one member) stops the file there, after the records before it,
// instead of inflating up to the file bound. A WARC gzipped whole is one
// member larger than the bound and reads on under the file bound alone.
type gzMembers struct {
	br    *bufio.Reader
	zr    *gzip.Reader
	n     int   // the member being read, from 1
	read  int64 // its decompressed bytes so far
	first int64 // the first member's size, once it has ended (else -1)
	// perRecord is set when the content is a WARC: members after the
	// first are bounded by limit if the first ended within it.
	perRecord bool
	limit     int64
	done      bool
}

// bound is the current member's bound; 0 for none.
func (g *gzMembers) bound() int64 {
	if g.perRecord && g.n > 1 && g.first >= 0 && g.first <= g.limit {
		return g.limit
	}
	return 0
}

func newGzMembers(br *bufio.Reader) (*gzMembers, error) {
	zr, err := gzip.NewReader(br)
	if err != nil {
		return nil, err
	}
	zr.Multistream(false)
	return &gzMembers{br: br, zr: zr, n: 1, first: -1}, nil
}

// errMemberTooLarge is a member past the bound.
type errMemberTooLarge struct {
	member int
	bound  int64
}

func (e errMemberTooLarge) Error() string {
	return fmt.Sprintf("gzip member %d inflates to more than %s (bound record=%s, plus 64 KB for a WARC header); the rest of the file was not read",
		e.member, Size(e.bound-maxHeader), Size(e.bound-maxHeader))
}

func (g *gzMembers) Read(p []byte) (int, error) {
	for !g.done {
		bound := g.bound()
		if bound > 0 && g.read >= bound {
			// One byte more tells "exactly the bound" from "past it".
			var one [1]byte
			if n, err := g.zr.Read(one[:]); n > 0 || err != io.EOF {
				g.done = true
				return 0, errMemberTooLarge{g.n, bound}
			}
		} else {
			q := p
			if bound > 0 && int64(len(q)) > bound-g.read {
				q = q[:bound-g.read]
			}
			n, err := g.zr.Read(q)
			g.read += int64(n)
			if err != io.EOF {
				return n, err
			}
			if n > 0 {
				return n, nil // EOF again on the next call
			}
		}
		// This member ended: the next one, if any.
		if g.n == 1 {
			g.first = g.read
		}
		if err := g.zr.Reset(g.br); err != nil {
			g.done = true
			if err == io.EOF {
				return 0, io.EOF
			}
			return 0, err
		}
		g.zr.Multistream(false)
		g.n++
		g.read = 0
	}
	return 0, io.EOF
}
