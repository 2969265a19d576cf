package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordAtom holds the hashed properties of one word that features combine:
// lower-cased form, lemma, UPOS, a morphological value (Case, else
// VerbForm), form+UPOS, the last three letters (robust to tagging errors
// and unknown words) and Number+Gender (for agreement). Hashing once per
// word keeps feature extraction free of string work.
type wordAtom struct{ w, l, p, m, wp, suf, agr uint64 }

var (
	noneWordAtom = wordAtom{w: 1, l: 2, p: 3, m: 4, wp: 5, suf: 6, agr: 7}
	rootWordAtom = wordAtom{w: 11, l: 12, p: 13, m: 14, wp: 15, suf: 16, agr: 17}
)

// wordAtoms returns the atoms of the words, index 0 being the root.
func wordAtoms(words []Token) []wordAtom { return wordAtomsInto(nil, words) }

// wordAtomsInto is wordAtoms reusing buf's memory.
func wordAtomsInto(buf []wordAtom, words []Token) []wordAtom {
	out := grow(buf, len(words)+1)
	out[0] = rootWordAtom
	for i, t := range words {
		m := featureValue(t.Feats, "Case=")
		if m == "" {
			m = featureValue(t.Feats, "VerbForm=")
		}
		a := wordAtom{
			w: parseHashLower(t.Form), l: parseHashLower(t.Lemma),
			p: parseHash(t.UPOS) ^ 0x5bd1e995, m: parseHash(m),
			suf: parseHashLower(lastRunes(t.Form, 3)),
			agr: parseMix(parseHash(featureValue(t.Feats, "Number=")), parseHash(featureValue(t.Feats, "Gender="))),
		}
		a.wp = parseMix(a.w, a.p)
		out[i+1] = a
	}
	return out
}

// featureValue returns key's value in a UD feature string ("Case=" in
// "Case=Nom|Number=Sing" gives "Nom"), empty when absent.
func featureValue(feats, key string) string {
	i := strings.Index(feats, key)
	for i > 0 && feats[i-1] != '|' {
		j := strings.Index(feats[i+1:], key)
		if j < 0 {
			return ""
		}
		i += 1 + j
	}
	if i < 0 {
		return ""
	}
	v := feats[i+len(key):]
	if j := strings.IndexByte(v, '|'); j >= 0 {
		v = v[:j]
	}
	return v
}

// lastRunes returns the last n runes of s.
func lastRunes(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

const (
	parseFNVOffset = 14695981039346656037
	parseFNVPrime  = 1099511628211
)

func parseHash(s string) uint64 {
	h := uint64(parseFNVOffset)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * parseFNVPrime
	}
	return h
}

// parseHashLower hashes the lower-cased string without allocating.
func parseHashLower(s string) uint64 {
	h := uint64(parseFNVOffset)
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		i += n
		h = (h ^ uint64(unicode.ToLower(r))) * parseFNVPrime
	}
	return h
}

// parseMix folds v into the hash h (a multiply-xorshift step).
func parseMix(h, v uint64) uint64 {
	h ^= v + 0x9e3779b97f4a7c15 + (h << 6) + (h >> 2)
	h *= 0xff51afd7ed558ccd
	return h ^ h>>33
}

// featBuf collects the feature hashes of one configuration. Each add call
// is a template; its ordinal is mixed in, so templates never collide.
type featBuf struct {
	out []uint32
	t   uint64
}

func (f *featBuf) add(a, b, c uint64) {
	f.t++
	h := parseMix(parseMix(parseMix(f.t*0x2545f4914f6cdd1d, a), b), c)
	f.out = append(f.out, uint32(h>>32^h))
}

func atomAt(atoms []wordAtom, i int32) *wordAtom {
	if i < 0 {
		return &noneWordAtom
	}
	return &atoms[i]
}

// childOrNone returns a child index as -1 when absent (0 means none in pstate).
func childOrNone(c int32) int32 {
	if c == 0 {
		return -1
	}
	return c
}

func boolHash(b bool) uint64 {
	if b {
		return 1
	}
	return 2
}

func distBucket(d int32) uint64 {
	switch {
	case d <= 4:
		return uint64(d)
	case d <= 6:
		return 5
	case d <= 10:
		return 6
	}
	return 7
}

// featCtx holds what a configuration's features read: the words around
// the stack top s0 and the buffer front b0 (s0's head h and grand-head h2,
// leftmost l/l2 and rightmost r/r2 children, b0's leftmost children), arc
// labels and counts.
type featCtx struct {
	s0, s1, b0, b1, b2                 *wordAtom
	sh, sh2, sl, sl2, sr, sr2, bl, bl2 *wordAtom
	labels                             [8]uint64 // of s0, its head and the children above
	dist, vl, vr, bvl, sls, srs, bls   uint64    // distance, valencies, label sets
	s0Headed, rootTaken                uint64
}

// context gathers the featCtx of a configuration.
func (st *pstate) context(atoms []wordAtom) featCtx {
	s0i, b0i := st.stackAt(0), st.bufAt(0)
	c := featCtx{
		s0: atomAt(atoms, s0i), s1: atomAt(atoms, st.stackAt(1)),
		b0: atomAt(atoms, b0i), b1: atomAt(atoms, st.bufAt(1)), b2: atomAt(atoms, st.bufAt(2)),
		rootTaken: uint64(min(st.rootChild, 1)),
	}
	lab := func(i int32) uint64 {
		if i <= 0 || st.head[i] < 0 {
			return 0
		}
		return uint64(st.label[i]) + 1
	}
	var kids [8]int32 // h, h2, l, l2, r, r2, bl, bl2
	for i := range kids {
		kids[i] = -1
	}
	if s0i > 0 {
		h := st.head[s0i]
		if h > 0 {
			kids[1] = st.head[h]
		}
		kids[0] = h
		kids[2], kids[3] = childOrNone(st.lm[s0i]), childOrNone(st.lm2[s0i])
		kids[4], kids[5] = childOrNone(st.rm[s0i]), childOrNone(st.rm2[s0i])
		c.vl, c.vr, c.sls, c.srs = uint64(st.nl[s0i]), uint64(st.nr[s0i]), st.ls[s0i], st.rs[s0i]
		c.s0Headed = uint64(min(h+1, 1))
	}
	if b0i > 0 {
		kids[6], kids[7] = childOrNone(st.lm[b0i]), childOrNone(st.lm2[b0i])
		c.bvl, c.bls = uint64(st.nl[b0i]), st.ls[b0i]
		if s0i >= 0 {
			c.dist = distBucket(b0i - s0i)
		}
	}
	c.labels = [8]uint64{lab(s0i), lab(kids[0]), lab(kids[2]), lab(kids[3]),
		lab(kids[4]), lab(kids[5]), lab(kids[6]), lab(kids[7])}
	c.sh, c.sh2, c.sl, c.sl2 = atomAt(atoms, kids[0]), atomAt(atoms, kids[1]), atomAt(atoms, kids[2]), atomAt(atoms, kids[3])
	c.sr, c.sr2, c.bl, c.bl2 = atomAt(atoms, kids[4]), atomAt(atoms, kids[5]), atomAt(atoms, kids[6]), atomAt(atoms, kids[7])
	return c
}

// extract fills f.out with the features of the configuration: the
// templates of Zhang & Nivre (2011) plus lemmas and a case/verb-form value.
func (f *featBuf) extract(st *pstate, atoms []wordAtom) {
	f.out, f.t = f.out[:0], 0
	c := st.context(atoms)
	s0, s1, b0, b1, b2 := c.s0, c.s1, c.b0, c.b1, c.b2
	for _, a := range [...]*wordAtom{s0, b0} {
		f.add(a.w, 0, 0)
		f.add(a.p, 0, 0)
		f.add(a.l, 0, 0)
		f.add(a.wp, 0, 0)
		f.add(a.m, a.p, 0)
	}
	for _, a := range [...]*wordAtom{b1, b2, s1, c.sh, c.sl, c.sr, c.bl, c.sh2, c.sl2, c.sr2, c.bl2} {
		f.add(a.w, 0, 0)
		f.add(a.p, 0, 0)
	}
	for _, l := range c.labels {
		f.add(l, 0, 0)
	}
	for _, v := range [...]uint64{c.dist, c.vl, c.vr, c.sls, c.srs} {
		f.add(s0.w, v, 0)
		f.add(s0.p, v, 0)
	}
	for _, v := range [...]uint64{c.dist, c.bvl, c.bls} {
		f.add(b0.w, v, 0)
		f.add(b0.p, v, 0)
	}
	for _, a := range [...]*wordAtom{s0, b0, b1} {
		f.add(a.suf, 0, 0)
	}
	f.add(s0.suf, b0.suf, 0)
	f.add(s0.p, b0.p, boolHash(s0.agr == b0.agr))
	f.add(s0.m, b0.m, boolHash(s0.agr == b0.agr))
	// pairs and triples
	f.add(b1.wp, 0, 0)
	f.add(s0.wp, b0.wp, 0)
	f.add(s0.wp, b0.w, 0)
	f.add(s0.w, b0.wp, 0)
	f.add(s0.wp, b0.p, 0)
	f.add(s0.p, b0.wp, 0)
	f.add(s0.w, b0.w, 0)
	f.add(s0.p, b0.p, 0)
	f.add(s0.l, b0.l, 0)
	f.add(s0.l, b0.p, 0)
	f.add(s0.p, b0.l, 0)
	f.add(parseMix(s0.p, s0.m), parseMix(b0.p, b0.m), 0)
	f.add(b0.p, b1.p, 0)
	f.add(s0.p, b0.p, c.s0Headed)
	f.add(s0.p, b0.p, c.rootTaken)
	f.add(s0.w, b0.w, c.dist)
	f.add(s0.p, b0.p, c.dist)
	f.add(b0.p, b1.p, b2.p)
	f.add(s0.p, b0.p, b1.p)
	f.add(c.sh.p, s0.p, b0.p)
	f.add(s0.p, c.sl.p, b0.p)
	f.add(s0.p, c.sr.p, b0.p)
	f.add(s0.p, b0.p, c.bl.p)
	f.add(s1.p, s0.p, b0.p)
	f.add(s1.p, s0.p, 0)
	f.add(s0.p, c.sl.p, c.sl2.p)
	f.add(s0.p, c.sr.p, c.sr2.p)
	f.add(s0.p, c.sh.p, c.sh2.p)
	f.add(b0.p, c.bl.p, c.bl2.p)
}
