package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordAtom holds the hashed properties of one word that features combine:
// lower-cased form, lemma, UPOS, a morphological value (Case, else
// VerbForm) and form+UPOS. Hashing once per word keeps feature extraction
// free of string work.
type wordAtom struct{ w, l, p, m, wp uint64 }

var (
	noneWordAtom = wordAtom{w: 1, l: 2, p: 3, m: 4, wp: 5}
	rootWordAtom = wordAtom{w: 11, l: 12, p: 13, m: 14, wp: 15}
)

// wordAtoms returns the atoms of the words, index 0 being the root.
func wordAtoms(words []Token) []wordAtom {
	out := make([]wordAtom, len(words)+1)
	out[0] = rootWordAtom
	for i, t := range words {
		a := wordAtom{
			w: parseHashLower(t.Form), l: parseHashLower(t.Lemma),
			p: parseHash(t.UPOS) ^ 0x5bd1e995, m: parseHash(parseMorph(t.Feats)),
		}
		a.wp = parseMix(a.w, a.p)
		out[i+1] = a
	}
	return out
}

// parseMorph picks the feature that most shapes attachment: the case of a
// nominal, else the verb form.
func parseMorph(feats string) string {
	for _, key := range []string{"Case=", "VerbForm="} {
		if i := strings.Index(feats, key); i >= 0 {
			v := feats[i:]
			if j := strings.IndexByte(v, '|'); j >= 0 {
				v = v[:j]
			}
			return v
		}
	}
	return ""
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

// extract fills f.out with the features of the configuration.
func (f *featBuf) extract(st *pstate, atoms []wordAtom) {
	f.out, f.t = f.out[:0], 0
	s0i, s1i, b0i := st.stackAt(0), st.stackAt(1), st.bufAt(0)
	s0, s1 := atomAt(atoms, s0i), atomAt(atoms, s1i)
	b0, b1, b2 := atomAt(atoms, b0i), atomAt(atoms, st.bufAt(1)), atomAt(atoms, st.bufAt(2))
	var s0h, s0h2, s0l, s0l2, s0r, s0r2, b0l, b0l2 int32 = -1, -1, -1, -1, -1, -1, -1, -1
	var s0L, s0lL, s0l2L, s0rL, s0r2L, b0lL, b0l2L, s0hL uint64
	var vl, vr, bvl, sls, srs, bls, s0Headed uint64
	lab := func(i int32) uint64 {
		if i <= 0 {
			return 0
		}
		return uint64(st.label[i]) + 1
	}
	if s0i > 0 {
		s0h = st.head[s0i]
		if s0h > 0 {
			s0h2, s0hL = st.head[s0h], lab(s0h)
		}
		s0l, s0l2, s0r, s0r2 = childOrNone(st.lm[s0i]), childOrNone(st.lm2[s0i]), childOrNone(st.rm[s0i]), childOrNone(st.rm2[s0i])
		s0L, s0lL, s0l2L, s0rL, s0r2L = lab(s0i)*uint64(min(s0h+1, 1)), lab(s0l), lab(s0l2), lab(s0r), lab(s0r2)
		vl, vr, sls, srs = uint64(st.nl[s0i]), uint64(st.nr[s0i]), st.ls[s0i], st.rs[s0i]
		if s0h >= 0 {
			s0Headed = 1
		}
	}
	if b0i > 0 {
		b0l, b0l2 = childOrNone(st.lm[b0i]), childOrNone(st.lm2[b0i])
		b0lL, b0l2L = lab(b0l), lab(b0l2)
		bvl, bls = uint64(st.nl[b0i]), st.ls[b0i]
	}
	var d uint64
	if s0i >= 0 && b0i > 0 {
		d = distBucket(b0i - s0i)
	}
	rootTaken := uint64(min(st.rootChild, 1))
	sh, sh2 := atomAt(atoms, s0h), atomAt(atoms, s0h2)
	sl, sl2, sr, sr2 := atomAt(atoms, s0l), atomAt(atoms, s0l2), atomAt(atoms, s0r), atomAt(atoms, s0r2)
	bl, bl2 := atomAt(atoms, b0l), atomAt(atoms, b0l2)

	// single words
	f.add(s0.w, 0, 0)
	f.add(s0.p, 0, 0)
	f.add(s0.l, 0, 0)
	f.add(s0.wp, 0, 0)
	f.add(s0.m, s0.p, 0)
	f.add(b0.w, 0, 0)
	f.add(b0.p, 0, 0)
	f.add(b0.l, 0, 0)
	f.add(b0.wp, 0, 0)
	f.add(b0.m, b0.p, 0)
	f.add(b1.w, 0, 0)
	f.add(b1.p, 0, 0)
	f.add(b1.wp, 0, 0)
	f.add(b2.w, 0, 0)
	f.add(b2.p, 0, 0)
	f.add(s1.w, 0, 0)
	f.add(s1.p, 0, 0)
	// pairs of s0 and b0
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
	f.add(s0.p, b0.p, s0Headed)
	f.add(s0.p, b0.p, rootTaken)
	// three tags
	f.add(b0.p, b1.p, b2.p)
	f.add(s0.p, b0.p, b1.p)
	f.add(sh.p, s0.p, b0.p)
	f.add(s0.p, sl.p, b0.p)
	f.add(s0.p, sr.p, b0.p)
	f.add(s0.p, b0.p, bl.p)
	f.add(s1.p, s0.p, b0.p)
	f.add(s1.p, s0.p, 0)
	// distance
	f.add(s0.w, d, 0)
	f.add(s0.p, d, 0)
	f.add(b0.w, d, 0)
	f.add(b0.p, d, 0)
	f.add(s0.w, b0.w, d)
	f.add(s0.p, b0.p, d)
	// valency
	f.add(s0.w, vr, 0)
	f.add(s0.p, vr, 0)
	f.add(s0.w, vl, 0)
	f.add(s0.p, vl, 0)
	f.add(b0.w, bvl, 0)
	f.add(b0.p, bvl, 0)
	// second order: heads, extreme children and their labels
	f.add(sh.w, 0, 0)
	f.add(sh.p, 0, 0)
	f.add(s0L, 0, 0)
	f.add(sl.w, 0, 0)
	f.add(sl.p, 0, 0)
	f.add(s0lL, 0, 0)
	f.add(sr.w, 0, 0)
	f.add(sr.p, 0, 0)
	f.add(s0rL, 0, 0)
	f.add(bl.w, 0, 0)
	f.add(bl.p, 0, 0)
	f.add(b0lL, 0, 0)
	// third order
	f.add(sh2.w, 0, 0)
	f.add(sh2.p, 0, 0)
	f.add(s0hL, 0, 0)
	f.add(sl2.w, 0, 0)
	f.add(sl2.p, 0, 0)
	f.add(s0l2L, 0, 0)
	f.add(sr2.w, 0, 0)
	f.add(sr2.p, 0, 0)
	f.add(s0r2L, 0, 0)
	f.add(bl2.w, 0, 0)
	f.add(bl2.p, 0, 0)
	f.add(b0l2L, 0, 0)
	f.add(s0.p, sl.p, sl2.p)
	f.add(s0.p, sr.p, sr2.p)
	f.add(s0.p, sh.p, sh2.p)
	f.add(b0.p, bl.p, bl2.p)
	// label sets
	f.add(s0.w, srs, 0)
	f.add(s0.p, srs, 0)
	f.add(s0.w, sls, 0)
	f.add(s0.p, sls, 0)
	f.add(b0.w, bls, 0)
	f.add(b0.p, bls, 0)
}
