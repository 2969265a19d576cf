package syntax

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"math"
	"slices"
)

// The parser's file format, all integers unsigned varints unless said:
//
//	"KPRS" version(1 byte)
//	nLabels, then each label as length + bytes
//	nFeatures, then per feature (ascending hash): hash delta, nEntries,
//	  then per entry: class delta (ascending), zigzag weight
//	CRC-32 (IEEE) of everything before it, 4 bytes little-endian
const (
	parserMagic   = "KPRS"
	parserVersion = 1
)

// MarshalBinary encodes the parser compactly (hashed features, int16
// weights, pruned entries).
func (p *Parser) MarshalBinary() ([]byte, error) {
	if p == nil || p.model == nil {
		return nil, errors.New("parser: not trained")
	}
	m := p.model
	keys, offs := m.table()
	out := append([]byte(parserMagic), parserVersion)
	out = binary.AppendUvarint(out, uint64(len(p.labels)))
	for _, l := range p.labels {
		out = binary.AppendUvarint(out, uint64(len(l)))
		out = append(out, l...)
	}
	out = binary.AppendUvarint(out, uint64(len(keys)))
	prev := uint32(0)
	for i, k := range keys {
		out = binary.AppendUvarint(out, uint64(k-prev))
		prev = k
		es := m.entries[offs[i]:offs[i+1]]
		out = binary.AppendUvarint(out, uint64(len(es)))
		pc := uint16(0)
		for _, e := range es {
			out = binary.AppendUvarint(out, uint64(e.class-pc))
			pc = e.class
			out = binary.AppendVarint(out, int64(e.w))
		}
	}
	return binary.LittleEndian.AppendUint32(out, crc32.ChecksumIEEE(out)), nil
}

// modelReader decodes varints, remembering the first error.
type modelReader struct {
	data []byte
	err  error
}

//go:norace
func (r *modelReader) uvarint(limit uint64, what string) uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.data)
	switch {
	case n <= 0:
		r.err = fmt.Errorf("parser model: truncated %s", what)
	case v > limit:
		r.err = fmt.Errorf("parser model: %s %d out of range", what, v)
	default:
		r.data = r.data[n:]
		return v
	}
	return 0
}

//go:norace
func (r *modelReader) varint(what string) int64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Varint(r.data)
	if n <= 0 {
		r.err = fmt.Errorf("parser model: truncated %s", what)
		return 0
	}
	r.data = r.data[n:]
	return v
}

// UnmarshalParser decodes a parser written by MarshalBinary; corrupt or
// truncated data gives an error.
func UnmarshalParser(data []byte) (*Parser, error) {
	if len(data) < len(parserMagic)+5 || string(data[:len(parserMagic)]) != parserMagic {
		return nil, errors.New("parser model: not a parser model")
	}
	if data[len(parserMagic)] != parserVersion {
		return nil, fmt.Errorf("parser model: version %d, want %d", data[len(parserMagic)], parserVersion)
	}
	body := data[:len(data)-4]
	if crc32.ChecksumIEEE(body) != binary.LittleEndian.Uint32(data[len(data)-4:]) {
		return nil, errors.New("parser model: checksum mismatch (corrupt file)")
	}
	r := &modelReader{data: body[len(parserMagic)+1:]}
	p := &Parser{rootL: -1}
	nl := r.uvarint(maxLabels, "label count")
	for i := range nl {
		n := r.uvarint(math.MaxInt16, "label length")
		if r.err == nil && n > uint64(len(r.data)) {
			r.err = errors.New("parser model: truncated label")
		}
		if r.err != nil {
			return nil, r.err
		}
		l := string(r.data[:n])
		r.data = r.data[n:]
		if l == "" || slices.Contains(p.labels, l) {
			return nil, fmt.Errorf("parser model: empty or repeated label %q", l)
		}
		p.labels = append(p.labels, l)
		if l == "root" {
			p.rootL = int(i)
		}
	}
	m, err := readWeights(r, nClasses(len(p.labels)))
	if err != nil {
		return nil, err
	}
	p.model = m
	return p, nil
}

//go:norace
func readWeights(r *modelReader, nClass int) (*weights, error) {
	nk := r.uvarint(uint64(len(r.data)), "feature count")
	m := &weights{keys: make([]uint32, 0, nk), offs: make([]uint32, 1, nk+1)}
	key := uint64(0)
	for i := range nk {
		key += r.uvarint(math.MaxUint32, "feature hash")
		if key > math.MaxUint32 {
			r.err = errors.New("parser model: feature hash out of range")
		}
		ne := r.uvarint(uint64(nClass), "entry count")
		if r.err == nil && ne == 0 {
			r.err = errors.New("parser model: feature without weights")
		}
		class := uint64(0)
		for j := range ne {
			delta := r.uvarint(uint64(nClass), "class")
			class += delta
			w := r.varint("weight")
			if r.err == nil && (class >= uint64(nClass) || (j > 0 && delta == 0) || w < math.MinInt16 || w > math.MaxInt16) {
				r.err = errors.New("parser model: entry out of range")
			}
			if r.err != nil {
				return nil, r.err
			}
			if len(m.entries) >= maxModelEntries-1 {
				return nil, errors.New("parser model: too many weights")
			}
			m.entries = append(m.entries, weightEntry{class: uint16(class), w: int16(w)})
		}
		if r.err != nil {
			return nil, r.err
		}
		if i > 0 && uint32(key) == m.keys[i-1] {
			return nil, errors.New("parser model: duplicate feature")
		}
		m.keys = append(m.keys, uint32(key))
		m.offs = append(m.offs, uint32(len(m.entries)))
	}
	if r.err == nil && len(r.data) != 0 {
		r.err = fmt.Errorf("parser model: %d trailing bytes", len(r.data))
	}
	if r.err != nil {
		return nil, r.err
	}
	m.index = newHashIndex(m.keys, m.offs)
	// The index holds every feature's hash and entries, so a loaded model
	// keeps only it (table rebuilds the rest for MarshalBinary), and its
	// entries without the slack of appending: 8 bytes per feature and up
	// to a fifth of the entries, some 20 MB of the twelve models' 120 MB
	// that every multilingual ingest keeps live.
	m.keys, m.offs = nil, nil
	m.entries = slices.Clone(m.entries)
	return m, nil
}
