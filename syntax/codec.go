package syntax

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
)

// The model file is a sequence of uvarints, length-prefixed strings and
// linear models; the whole is gzip-compressed by the caller. Linear models
// store their rows sorted by key with delta-coded keys and weights quantised
// to int16 against one scale, so a weight costs two bytes or less.

type enc struct{ b []byte }

func (e *enc) uint(v uint64)  { e.b = binary.AppendUvarint(e.b, v) }
func (e *enc) int(v int64)    { e.b = binary.AppendVarint(e.b, v) }
func (e *enc) str(s string)   { e.uint(uint64(len(s))); e.b = append(e.b, s...) }
func (e *enc) f32(f float32)  { e.b = binary.LittleEndian.AppendUint32(e.b, math.Float32bits(f)) }
func (e *enc) bytes(p []byte) { e.uint(uint64(len(p))); e.b = append(e.b, p...) }

func (e *enc) strs(ss []string) {
	e.uint(uint64(len(ss)))
	for _, s := range ss {
		e.str(s)
	}
}

func (e *enc) linear(l *linear) {
	rows := map[uint32][]entry{}
	keys := make([]uint32, 0, l.rows.len())
	for k, sp := range l.rows.all() {
		row := slices.Clone(l.ents[sp.off : sp.off+sp.n])
		slices.SortFunc(row, func(a, b entry) int { return int(a.c) - int(b.c) })
		rows[k] = row
		keys = append(keys, k)
	}
	slices.Sort(keys)
	e.uint(uint64(l.nclass))
	e.f32(l.scale)
	e.uint(uint64(len(keys)))
	prev := uint32(0)
	for _, k := range keys {
		e.uint(uint64(k - prev))
		prev = k
		e.uint(uint64(len(rows[k])))
		for _, x := range rows[k] {
			e.uint(uint64(x.c))
			e.int(int64(x.w))
		}
	}
}

// dec reads what enc wrote; the first error sticks and later reads return
// zero values, so callers check err once.
type dec struct {
	b   []byte
	err error
}

var errShort = errors.New("truncated model")

// The decoders below (and readWeights, rowTable.put) run once per model,
// in one goroutine (Load's sync.Once), so the race detector has nothing to
// find in them: //go:norace leaves them uninstrumented, and loading a
// model under `go test -race` (which every test that parses does, in most
// packages) costs about a sixth less CPU (pl: 1.25 → 1.05 CPU-s).

//go:norace
func (d *dec) uint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.err = errShort
		return 0
	}
	d.b = d.b[n:]
	return v
}

//go:norace
func (d *dec) int() int64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.err = errShort
		return 0
	}
	d.b = d.b[n:]
	return v
}

// count reads a length and checks it against what is left, so a corrupt
// file cannot make us allocate gigabytes.
//
//go:norace
func (d *dec) count() int {
	n := d.uint()
	if n > uint64(len(d.b)) {
		d.err = fmt.Errorf("bad length %d", n)
		return 0
	}
	return int(n)
}

//go:norace
func (d *dec) raw() []byte {
	n := d.count()
	if d.err != nil {
		return nil
	}
	p := d.b[:n]
	d.b = d.b[n:]
	return p
}

//go:norace
func (d *dec) str() string { return string(d.raw()) }

//go:norace
func (d *dec) f32() float32 {
	if d.err != nil || len(d.b) < 4 {
		d.err = errShort
		return 0
	}
	v := math.Float32frombits(binary.LittleEndian.Uint32(d.b))
	d.b = d.b[4:]
	return v
}

//go:norace
func (d *dec) strs() []string {
	n := d.count()
	ss := make([]string, 0, n)
	for range n {
		ss = append(ss, d.str())
	}
	return ss
}

//go:norace
func (d *dec) linear() *linear {
	l := &linear{nclass: int(d.uint())}
	l.scale = d.f32()
	n := d.count()
	l.rows = newRowTable(n)
	key := uint32(0)
	for range n {
		key += uint32(d.uint())
		m := d.count()
		off := len(l.ents)
		for range m {
			c := d.uint()
			w := d.int()
			if c >= uint64(l.nclass) || w < math.MinInt16 || w > math.MaxInt16 {
				d.err = fmt.Errorf("class %d of %d, weight %d", c, l.nclass, w)
			}
			l.ents = append(l.ents, entry{c: uint16(c), w: int16(w)})
		}
		if d.err != nil {
			return l
		}
		if key == 0 {
			d.err = fmt.Errorf("row key 0")
			return l
		}
		l.rows.put(key, span{uint32(off), uint32(m)})
	}
	return l
}
