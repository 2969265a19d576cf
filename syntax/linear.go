package syntax

import (
	"math"
	"math/rand/v2"
)

// Every classifier in the package (UPOS, morphology, lemma scripts) is the
// same linear model: hashed feature keys select sparse rows of class
// weights; a prediction sums the rows and takes the best class of each
// segment. Sparse rows keep the models small (most features only ever
// touch a few classes) and scoring cheap (one map lookup per feature).

// fh is a running FNV-1a hash of one feature: template number, then values.
type fh uint64

const fnvPrime = 1099511628211

func feat(tpl byte) fh { return (14695981039346656037 ^ fh(tpl)) * fnvPrime }

// s adds a string value followed by a separator, so ("ab","c") ≠ ("a","bc").
func (h fh) s(v string) fh {
	for i := 0; i < len(v); i++ {
		h = (h ^ fh(v[i])) * fnvPrime
	}
	return (h ^ 0xff) * fnvPrime
}

// bs is s for bytes.
func (h fh) bs(v []byte) fh {
	for _, c := range v {
		h = (h ^ fh(c)) * fnvPrime
	}
	return (h ^ 0xff) * fnvPrime
}

// b adds a small value (a tag or shape code).
func (h fh) b(v byte) fh { return (h ^ fh(v)) * fnvPrime }

// key folds the hash to 32 bits: with a few hundred thousand features per
// model collisions are a handful, and keys cost half the bytes.
func (h fh) key() uint32 {
	x := uint64(h)
	x ^= x >> 31
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 29
	return max(uint32(x^x>>32), 1) // 0 marks an empty rowTable slot
}

// entry is one class weight, quantised to int16 against its model's scale:
// four bytes, so more rows stay in the cache.
type entry struct {
	c uint16
	w int16
}

type span struct{ off, n uint32 }

// linear is a trained, read-only model; a weight is entry.w × scale.
type linear struct {
	nclass int
	scale  float32
	rows   rowTable
	ents   []entry
}

// add sums the rows of keys into scores (len nclass), in units of scale.
// The rows are found a batch at a time (rowTable.find), so their cache
// misses overlap; the sums are added in the same order.
func (l *linear) add(scores []float32, keys []uint32) {
	var rows [lookupBatch]span
	for len(keys) > 0 {
		batch := keys[:min(len(keys), lookupBatch)]
		keys = keys[len(batch):]
		l.rows.find(batch, rows[:])
		for _, sp := range rows[:len(batch)] {
			for _, e := range l.ents[sp.off : sp.off+sp.n] {
				scores[e.c] += float32(e.w)
			}
		}
	}
}

func (l *linear) has(k uint32) bool {
	_, ok := l.rows.get(k)
	return ok
}

// argmax returns the best class in scores[lo:hi] (as an index from lo).
func argmax(scores []float32, lo, hi int) int {
	best, bi := float32(math.Inf(-1)), 0
	for i := lo; i < hi; i++ {
		if scores[i] > best {
			best, bi = scores[i], i-lo
		}
	}
	return bi
}

// tentry is one weight during training, with what averaging needs: the sum
// of the weight over all past steps up to ts.
type tentry struct {
	c   uint16
	ts  int32
	w   float64
	tot float64
}

// perceptron trains a linear model; the result is the average of the
// weights over every training step (Collins 2002), computed lazily.
type perceptron struct {
	nclass int
	index  map[uint32]int32
	rows   [][]tentry
	now    int32
}

func newPerceptron(nclass int) *perceptron {
	return &perceptron{nclass: nclass, index: map[uint32]int32{}}
}

// tick marks one training instance (the unit the average is taken over).
func (p *perceptron) tick() { p.now++ }

func (p *perceptron) score(scores []float64, keys []uint32) {
	for _, k := range keys {
		if i, ok := p.index[k]; ok {
			for _, e := range p.rows[i] {
				scores[e.c] += e.w
			}
		}
	}
}

// update moves the weights of keys toward gold and away from pred (none
// when pred < 0).
func (p *perceptron) update(keys []uint32, gold, pred int) {
	if gold == pred || gold < 0 {
		return
	}
	for _, k := range keys {
		p.bump(k, gold, 1)
		if pred >= 0 {
			p.bump(k, pred, -1)
		}
	}
}

func (p *perceptron) bump(k uint32, c int, d float64) {
	i, ok := p.index[k]
	if !ok {
		i = int32(len(p.rows))
		p.index[k] = i
		p.rows = append(p.rows, nil)
	}
	row := p.rows[i]
	for j := range row {
		if int(row[j].c) == c {
			e := &row[j]
			e.tot += float64(p.now-e.ts) * e.w
			e.ts, e.w = p.now, e.w+d
			return
		}
	}
	p.rows[i] = append(row, tentry{c: uint16(c), ts: p.now, w: d})
}

// average returns the averaged model, quantised, leaving out weights below
// prune and those that quantise to 0.
func (p *perceptron) average(prune float64) *linear {
	l := &linear{nclass: p.nclass, rows: newRowTable(len(p.index))}
	now := float64(max(p.now, 1))
	avg := func(e *tentry) float64 { return (e.tot + (now-float64(e.ts))*e.w) / now }
	maxAbs := 0.0
	for _, row := range p.rows {
		for j := range row {
			if a := math.Abs(avg(&row[j])); a >= prune {
				maxAbs = max(maxAbs, a)
			}
		}
	}
	l.scale = float32(maxAbs / math.MaxInt16)
	if l.scale == 0 {
		l.scale = 1
	}
	for k, i := range p.index {
		off := len(l.ents)
		for j := range p.rows[i] {
			e := &p.rows[i][j]
			a := avg(e)
			if q := math.Round(a / float64(l.scale)); math.Abs(a) >= prune && q != 0 {
				l.ents = append(l.ents, entry{c: e.c, w: int16(q)})
			}
		}
		if n := len(l.ents) - off; n > 0 {
			l.rows.put(k, span{uint32(off), uint32(n)})
		}
	}
	return l
}

// shuffled calls visit on 0…n-1 in a new seeded order for each epoch.
func shuffled(rng *rand.Rand, n, epochs int, visit func(i int)) {
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	for range epochs {
		rng.Shuffle(n, func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			visit(i)
		}
	}
}
