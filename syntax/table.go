package syntax

import "iter"

// rowTable maps feature keys to rows of a linear model. The keys are
// already hashes, so open addressing on their low bits finds a row in one
// or two probes of flat arrays: faster than a Go map, which hashes again.
type rowTable struct {
	keys  []uint32 // 0 marks an empty slot; fh.key never returns 0
	spans []span
	n     int
}

// newRowTable makes a table for up to n rows, at most half full.
func newRowTable(n int) rowTable {
	size := 8
	for size < 2*n {
		size <<= 1
	}
	return rowTable{keys: make([]uint32, size), spans: make([]span, size)}
}

func (t *rowTable) get(k uint32) (span, bool) {
	mask := uint32(len(t.keys) - 1)
	for i := k & mask; ; i = (i + 1) & mask {
		switch t.keys[i] {
		case k:
			return t.spans[i], true
		case 0:
			return span{}, false
		}
	}
}

// put adds or replaces a row; the table must have been made big enough.
func (t *rowTable) put(k uint32, s span) {
	mask := uint32(len(t.keys) - 1)
	for i := k & mask; ; i = (i + 1) & mask {
		if t.keys[i] == 0 {
			t.n++
			t.keys[i], t.spans[i] = k, s
			return
		}
		if t.keys[i] == k {
			t.spans[i] = s
			return
		}
	}
}

func (t *rowTable) len() int { return t.n }

func (t *rowTable) all() iter.Seq2[uint32, span] {
	return func(yield func(uint32, span) bool) {
		for i, k := range t.keys {
			if k != 0 && !yield(k, t.spans[i]) {
				return
			}
		}
	}
}
