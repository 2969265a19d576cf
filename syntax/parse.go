package syntax

import "sync"

// The dependency parser: greedy arc-eager transitions (Nivre 2003) scored by
// an averaged perceptron over hashed Zhang & Nivre (2011) style features,
// trained with Goldberg & Nivre's (2012) dynamic oracle. One pass over the
// words, at most two transitions a word: linear time.

// MaxParseWords bounds the sentence length the parser handles in one piece.
// A longer word sequence is parsed in chunks of MaxParseWords words; the root
// of every later chunk is attached to the root of the first with the generic
// relation "dep", so the result is still one tree.
const MaxParseWords = 200

// ParserOptions tune TrainParser; zero values take the defaults.
type ParserOptions struct {
	Epochs int    // passes over the training sentences; default 10
	Seed   uint64 // shuffling and exploration seed; default 1
}

// Parser is a trained dependency parser. Its zero value (or nil) attaches
// every word flat to the first one.
type Parser struct {
	labels []string // UD relation of each label id
	rootL  int      // label id of "root", -1 when training had none
	model  *weights
}

// The transitions: SHIFT, REDUCE and, per label l, LEFT-l = 2+2l and
// RIGHT-l = 3+2l.
const (
	actShift = iota
	actReduce
	actFirstArc
)

func nClasses(nLabels int) int { return actFirstArc + 2*nLabels }

// pstate is an arc-eager configuration over words 1..n; 0 is the artificial
// root, always at the bottom of the stack.
type pstate struct {
	n         int32
	stack     []int32
	b         int32   // first buffer word; the buffer is empty when b > n
	head      []int32 // -1 while unattached
	label     []int16
	lm, lm2   []int32 // leftmost and second-leftmost child, 0 = none
	rm, rm2   []int32 // rightmost and second-rightmost child, 0 = none
	nl, nr    []uint8 // left and right valency, saturating
	ls, rs    []uint64
	rootChild int32 // the word attached to the root, 0 = none yet
}

func newState(n int) *pstate {
	st := &pstate{}
	st.reset(n)
	return st
}

// reset makes st the initial configuration of an n-word sentence, reusing
// its memory.
func (st *pstate) reset(n int) {
	size := n + 1
	ints := grow(st.head[:0:cap(st.head)], 5*size)
	*st = pstate{
		n: int32(n), b: 1, stack: append(st.stack[:0], 0),
		head: ints[:size], lm: ints[size : 2*size], lm2: ints[2*size : 3*size],
		rm: ints[3*size : 4*size], rm2: ints[4*size:],
		label: grow(st.label, size), nl: grow(st.nl, size), nr: grow(st.nr, size),
		ls: grow(st.ls, size), rs: grow(st.rs, size),
	}
	for i := range st.head {
		st.head[i] = -1
	}
}

// grow returns a zeroed slice of length n, reusing s's memory when it can.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

func (st *pstate) s0() int32      { return st.stack[len(st.stack)-1] }
func (st *pstate) bufEmpty() bool { return st.b > st.n }

// stackAt returns the i-th word from the top of the stack, -1 if none.
func (st *pstate) stackAt(i int) int32 {
	if i >= len(st.stack) {
		return -1
	}
	return st.stack[len(st.stack)-1-i]
}

// bufAt returns the i-th buffer word, -1 past the end.
func (st *pstate) bufAt(i int32) int32 {
	if st.b+i > st.n {
		return -1
	}
	return st.b + i
}

// legal says whether transition a may be taken. Arcs from the root carry
// "root" and no other arc does; the root takes a single child.
func (st *pstate) legal(a, rootL int) bool {
	s0 := st.s0()
	switch a {
	case actShift:
		return !st.bufEmpty()
	case actReduce:
		return s0 != 0 && st.head[s0] >= 0
	}
	if st.bufEmpty() {
		return false
	}
	l := (a - actFirstArc) / 2
	if (a-actFirstArc)%2 == 0 { // LEFT
		return s0 != 0 && st.head[s0] < 0 && l != rootL
	}
	if s0 == 0 {
		return st.rootChild == 0 && (l == rootL || rootL < 0)
	}
	return l != rootL
}

// apply performs a legal transition.
func (st *pstate) apply(a int) {
	switch a {
	case actShift:
		st.stack = append(st.stack, st.b)
		st.b++
	case actReduce:
		st.stack = st.stack[:len(st.stack)-1]
	default:
		l := int16((a - actFirstArc) / 2)
		s0 := st.s0()
		if (a-actFirstArc)%2 == 0 {
			st.attach(st.b, s0, l)
			st.stack = st.stack[:len(st.stack)-1]
			return
		}
		st.attach(s0, st.b, l)
		st.stack = append(st.stack, st.b)
		st.b++
	}
}

// attach records the arc h → d and the features it feeds.
func (st *pstate) attach(h, d int32, l int16) {
	st.head[d], st.label[d] = h, l
	if h == 0 {
		st.rootChild = d
		return
	}
	bit := uint64(1) << (uint(l) & 63)
	if d < h {
		st.nl[h] = min(st.nl[h]+1, 250)
		st.ls[h] |= bit
		switch {
		case st.lm[h] == 0 || d < st.lm[h]:
			st.lm2[h], st.lm[h] = st.lm[h], d
		case st.lm2[h] == 0 || d < st.lm2[h]:
			st.lm2[h] = d
		}
		return
	}
	st.nr[h] = min(st.nr[h]+1, 250)
	st.rs[h] |= bit
	switch {
	case d > st.rm[h]:
		st.rm2[h], st.rm[h] = st.rm[h], d
	case d > st.rm2[h]:
		st.rm2[h] = d
	}
}

// finish empties the stack once the buffer is exhausted: an unattached word
// goes to the word below it (or becomes the root's child when there is
// none), labelled with the best-scoring right-arc label.
func (st *pstate) finish(bestRight func() int16) {
	for len(st.stack) > 1 {
		s0 := st.s0()
		st.stack = st.stack[:len(st.stack)-1]
		if st.head[s0] >= 0 {
			continue
		}
		h := st.s0()
		if h == 0 && st.rootChild != 0 {
			h = st.rootChild
		}
		l := int16(0)
		if h != 0 {
			l = bestRight()
		}
		st.attach(h, s0, l)
	}
}

// Parse fills Head (1-based, 0 for the root) and Rel of every word from its
// Form, Lemma, UPOS and Feats. The result is always a single-rooted tree;
// sentences longer than MaxParseWords are parsed in chunks. A Parser is
// safe for concurrent use.
func (p *Parser) Parse(words []Token) {
	if len(words) == 0 {
		return
	}
	if len(words) > MaxParseWords {
		p.parseChunks(words)
		return
	}
	if p == nil || p.model == nil || len(p.labels) == 0 {
		attachFlat(words)
		return
	}
	sc := scratchPool.Get().(*parseScratch)
	defer scratchPool.Put(sc)
	atoms := wordAtomsInto(sc.atoms, words)
	sc.atoms = atoms
	st := &sc.st
	st.reset(len(words))
	scores := grow(sc.scores, nClasses(len(p.labels)))
	sc.scores = scores
	for !st.bufEmpty() {
		sc.fb.extract(st, atoms)
		p.model.score(sc.fb.out, scores)
		st.apply(p.best(st, scores))
	}
	st.finish(func() int16 { return p.bestRightLabel(scores) })
	for i := range words {
		words[i].Head = int(st.head[i+1])
		words[i].Rel = p.labels[st.label[i+1]]
		switch {
		case st.head[i+1] == 0:
			words[i].Rel = "root"
		case int(st.label[i+1]) == p.rootL:
			words[i].Rel = "dep"
		}
	}
}

// parseScratch is the memory one Parse call works in, pooled so parsing
// a stream of sentences does not allocate.
type parseScratch struct {
	st     pstate
	atoms  []wordAtom
	fb     featBuf
	scores []int32
}

var scratchPool = sync.Pool{New: func() any { return new(parseScratch) }}

// best is the highest-scoring legal transition; SHIFT is always legal
// while the buffer has words.
func (p *Parser) best(st *pstate, scores []int32) int {
	best, bestScore := actShift, scores[actShift]
	for a := 1; a < len(scores); a++ {
		if scores[a] > bestScore && st.legal(a, p.rootL) {
			best, bestScore = a, scores[a]
		}
	}
	return best
}

func (p *Parser) bestRightLabel(scores []int32) int16 {
	best, bestScore := int16(-1), int32(0)
	for l := range p.labels {
		if l == p.rootL {
			continue
		}
		if s := scores[actFirstArc+2*l+1]; best < 0 || s > bestScore {
			best, bestScore = int16(l), s
		}
	}
	return max(best, 0)
}

func (p *Parser) parseChunks(words []Token) {
	root := 0
	for start := 0; start < len(words); start += MaxParseWords {
		chunk := words[start:min(start+MaxParseWords, len(words))]
		p.Parse(chunk)
		for i := range chunk {
			switch {
			case chunk[i].Head > 0:
				chunk[i].Head += start
			case start == 0:
				root = start + i + 1
			default:
				chunk[i].Head, chunk[i].Rel = root, "dep"
			}
		}
	}
}

// attachFlat is the tree of an untrained parser: every word hangs on the
// first.
func attachFlat(words []Token) {
	for i := range words {
		words[i].Head, words[i].Rel = 1, "dep"
	}
	words[0].Head, words[0].Rel = 0, "root"
}
