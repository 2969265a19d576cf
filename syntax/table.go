package syntax

import "iter"

// rowTable maps feature keys to rows of a linear model. The keys are
// already hashes, so open addressing on their low bits finds a row in one
// or two probes of one flat array, key and row side by side: a lookup costs
// one cache miss, where a Go map hashes again and touches more memory.
type rowTable struct {
	slots []slot
	n     int
}

type slot struct {
	key uint32 // 0 marks an empty slot; fh.key never returns 0
	row span
}

// newRowTable makes a table for up to n rows, at most half full.
func newRowTable(n int) rowTable {
	size := 8
	for size < 2*n {
		size <<= 1
	}
	return rowTable{slots: make([]slot, size)}
}

func (t *rowTable) get(k uint32) (span, bool) {
	mask := uint32(len(t.slots) - 1)
	for i := k & mask; ; i = (i + 1) & mask {
		switch s := &t.slots[i]; s.key {
		case k:
			return s.row, true
		case 0:
			return span{}, false
		}
	}
}

// find sets rows[i] to the row of keys[i] (an empty span when absent). It
// loads every key's home slot before comparing any: the loads do not
// depend on each other, so their cache misses overlap instead of waiting
// one after the other. len(rows) ≥ len(keys).
func (t *rowTable) find(keys []uint32, rows []span) {
	mask := uint32(len(t.slots) - 1)
	var home [lookupBatch]slot
	for len(keys) > 0 {
		batch := keys[:min(len(keys), lookupBatch)]
		for i, k := range batch {
			home[i] = t.slots[k&mask]
		}
		for i, k := range batch {
			switch s := &home[i]; s.key {
			case k:
				rows[i] = s.row
			case 0:
				rows[i] = span{}
			default: // a collision: probe on
				rows[i], _ = t.get(k)
			}
		}
		keys, rows = keys[len(batch):], rows[len(batch):]
	}
}

// put adds or replaces a row; the table must have been made big enough.
//
//go:norace
func (t *rowTable) put(k uint32, row span) {
	mask := uint32(len(t.slots) - 1)
	for i := k & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.key == 0 {
			t.n++
			*s = slot{k, row}
			return
		}
		if s.key == k {
			s.row = row
			return
		}
	}
}

func (t *rowTable) len() int { return t.n }

func (t *rowTable) all() iter.Seq2[uint32, span] {
	return func(yield func(uint32, span) bool) {
		for _, s := range t.slots {
			if s.key != 0 && !yield(s.key, s.row) {
				return
			}
		}
	}
}
