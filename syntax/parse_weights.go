package syntax

import (
	"math"
	"slices"
)

// weights is the compact trained model: for each feature hash the
// (class, int16 weight) pairs that survived pruning, in one flat slice.
type weights struct {
	index   hashIndex // feature → its entries
	keys    []uint32  // feature i's hash, ascending
	offs    []uint32  // entries of feature i are entries[offs[i]:offs[i+1]]
	entries []weightEntry
}

type weightEntry struct {
	class uint16
	w     int16
}

// Limits of hashIndex's packed slots: a model holds fewer than
// maxModelEntries entries and a feature at most maxFeatureEntries, so
// there are at most maxLabels labels.
const (
	maxModelEntries   = 1 << 23
	maxFeatureEntries = 1<<9 - 1
	maxLabels         = (maxFeatureEntries - actFirstArc) / 2
)

// hashIndex maps feature hashes (already uniform) to their entries with
// linear probing over a power-of-two table. A slot packs key<<32 |
// offset<<9 | count, so a lookup touches one cache line before the
// entries; 0 marks an empty slot (every stored feature has an entry).
type hashIndex struct {
	slots []uint64
	mask  uint32
}

func newHashIndex(keys, offs []uint32) hashIndex {
	size := 16
	for size < 2*len(keys) {
		size *= 2
	}
	h := hashIndex{slots: make([]uint64, size), mask: uint32(size - 1)}
	for i, k := range keys {
		j := k & h.mask
		for h.slots[j] != 0 {
			j = (j + 1) & h.mask
		}
		h.slots[j] = uint64(k)<<32 | uint64(offs[i])<<9 | uint64(offs[i+1]-offs[i])
	}
	return h
}

// table returns the features' hashes in ascending order and where each
// one's entries start (with the end of the last): kept as built in
// training, rebuilt from the index for a loaded model.
func (m *weights) table() (keys, offs []uint32) {
	if m.keys != nil {
		return m.keys, m.offs
	}
	for _, s := range m.index.slots {
		if s != 0 {
			keys = append(keys, uint32(s>>32))
		}
	}
	slices.Sort(keys)
	offs = make([]uint32, 0, len(keys)+1)
	for _, k := range keys {
		off, _ := m.index.get(k)
		offs = append(offs, off)
	}
	return keys, append(offs, uint32(len(m.entries)))
}

// get returns where feature k's entries start and how many there are.
func (h *hashIndex) get(k uint32) (off, n uint32) {
	if len(h.slots) == 0 {
		return 0, 0
	}
	for j := k & h.mask; ; j = (j + 1) & h.mask {
		s := h.slots[j]
		if s == 0 {
			return 0, 0
		}
		if uint32(s>>32) == k {
			return uint32(s>>9) & (maxModelEntries - 1), uint32(s) & maxFeatureEntries
		}
	}
}

// lookupBatch is how many features score looks up before adding any.
const lookupBatch = 64

// score sets scores to the sum of the weights of the features. The
// features are taken a batch at a time, in three passes that each issue
// independent loads, so their cache misses overlap instead of waiting one
// after the other: the home slots, then the first entry of each feature
// (which also pulls its row into cache), then the rest of the rows.
// Integer sums do not depend on the order of adding.
func (m *weights) score(feats []uint32, scores []int32) {
	clear(scores)
	h := &m.index
	if len(h.slots) == 0 {
		return
	}
	var home [lookupBatch]uint64
	var rows [lookupBatch]struct{ off, n uint32 }
	for len(feats) > 0 {
		batch := feats[:min(len(feats), lookupBatch)]
		feats = feats[len(batch):]
		for i, f := range batch {
			home[i] = h.slots[f&h.mask]
		}
		for i, f := range batch {
			s := home[i]
			var off, n uint32
			switch {
			case s == 0:
			case uint32(s>>32) == f:
				off, n = uint32(s>>9)&(maxModelEntries-1), uint32(s)&maxFeatureEntries
			default: // a collision: probe on
				off, n = h.get(f)
			}
			rows[i].off, rows[i].n = off, n
			if n > 0 {
				e := m.entries[off]
				scores[e.class] += int32(e.w)
			}
		}
		for _, r := range rows[:len(batch)] {
			if r.n > 1 {
				for _, e := range m.entries[r.off+1 : r.off+r.n] {
					scores[e.class] += int32(e.w)
				}
			}
		}
	}
}

// avgWeights is the averaged perceptron under training. Each feature's row
// holds only the classes it was ever updated for; the running totals give
// the average in one pass at the end (Daumé's lazy-update trick).
type avgWeights struct {
	index map[uint32]int32
	rows  [][]avgEntry
	now   int64 // number of training decisions so far
}

type avgEntry struct {
	class uint16
	w     int32
	total int64 // sum of w over the decisions up to ts
	ts    int64
}

func newAvgWeights() *avgWeights { return &avgWeights{index: map[uint32]int32{}} }

func (m *avgWeights) score(feats []uint32, scores []int32) {
	clear(scores)
	for _, f := range feats {
		i, ok := m.index[f]
		if !ok {
			continue
		}
		for _, e := range m.rows[i] {
			scores[e.class] += e.w
		}
	}
}

// update adds delta to the weight of class for every feature.
func (m *avgWeights) update(feats []uint32, class int, delta int32) {
	for _, f := range feats {
		i, ok := m.index[f]
		if !ok {
			i = int32(len(m.rows))
			m.index[f] = i
			m.rows = append(m.rows, nil)
		}
		row := m.rows[i]
		j := slices.IndexFunc(row, func(e avgEntry) bool { return int(e.class) == class })
		if j < 0 {
			row = append(row, avgEntry{class: uint16(class), ts: m.now})
			j = len(row) - 1
			m.rows[i] = row
		}
		e := &row[j]
		e.total += int64(e.w) * (m.now - e.ts)
		e.ts, e.w = m.now, e.w+delta
	}
}

// quantScale maps averaged weights to int16: a weight of 1 (one update
// held for the whole training) becomes quantScale.
const quantScale = 16

// compact averages, quantizes and prunes the weights: entries whose
// quantized value is below minAbs are dropped.
func (m *avgWeights) compact(minAbs int) *weights {
	keys := make([]uint32, 0, len(m.index))
	for k := range m.index {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	out := &weights{offs: []uint32{0}}
	now := float64(max(m.now, 1))
	for _, k := range keys {
		n := len(out.entries)
		for _, e := range m.rows[m.index[k]] {
			avg := float64(e.total+int64(e.w)*(m.now-e.ts)) / now
			q := math.Round(avg * quantScale)
			q = max(min(q, math.MaxInt16), math.MinInt16)
			if math.Abs(q) >= float64(max(minAbs, 1)) {
				out.entries = append(out.entries, weightEntry{class: e.class, w: int16(q)})
			}
		}
		if len(out.entries) == n {
			continue
		}
		slices.SortFunc(out.entries[n:], func(a, b weightEntry) int { return int(a.class) - int(b.class) })
		out.keys = append(out.keys, k)
		out.offs = append(out.offs, uint32(len(out.entries)))
	}
	out.index = newHashIndex(out.keys, out.offs)
	return out
}
