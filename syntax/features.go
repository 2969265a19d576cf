package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is what the feature templates read from one token, computed once.
type word struct {
	lower string
	n     int       // length in runes
	pre   [4]string // prefixes of 1–4 runes ("" when the word is not longer)
	suf   [5]string // suffixes of 1–5 runes ("" when the word is not longer)
	shape byte
	pat   [8]byte // letters as X/x, digits as d, runs collapsed: "Xx", "X.X.", "d.d"
	npat  uint8   // bytes of pat used
}

// Shape bits: how a word is written, for names, numbers and compounds.
const (
	shapeCap   = 1 << iota // first letter upper-case
	shapeUpper             // every letter upper-case (NATO)
	shapeDigit             // contains a digit
	shapeHyph              // contains a hyphen
	shapePunct             // no letter and no digit
)

func newWord(form string) word {
	w := word{lower: strings.ToLower(form)}
	w.n = utf8.RuneCountInString(w.lower)
	letters, uppers, digits := 0, 0, 0
	for i, r := range form {
		switch {
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) {
				uppers++
				if i == 0 {
					w.shape |= shapeCap
				}
			}
		case unicode.IsDigit(r):
			digits++
		case r == '-':
			w.shape |= shapeHyph
		}
	}
	w.pat, w.npat = pattern(form)
	if letters > 1 && uppers == letters {
		w.shape |= shapeUpper
	}
	if digits > 0 {
		w.shape |= shapeDigit
	}
	if letters == 0 && digits == 0 {
		w.shape |= shapePunct
	}
	// prefixes and suffixes by rune, as substrings of lower (no allocation)
	i, j := 0, len(w.lower)
	for k := 0; k < len(w.suf) && k < w.n-1; k++ {
		_, sz := utf8.DecodeLastRuneInString(w.lower[:j])
		j -= sz
		w.suf[k] = w.lower[j:]
		if k < 4 {
			_, sz = utf8.DecodeRuneInString(w.lower[i:])
			i += sz
			w.pre[k] = w.lower[:i]
		}
	}
	return w
}

// pattern is a word's shape as a few bytes, for unknown words; kept in
// the word, not as a string, so a word costs no allocation for it.
func pattern(form string) ([8]byte, uint8) {
	var b [8]byte
	n := 0
	for _, r := range form {
		c := byte('o')
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < 128:
			c = byte(r)
		}
		if n > 0 && b[n-1] == c {
			continue
		}
		if n == len(b) {
			break
		}
		b[n] = c
		n++
	}
	return b, uint8(n)
}

func words(forms []string) []word {
	ws := make([]word, len(forms))
	for i, f := range forms {
		ws[i] = newWord(f)
	}
	return ws
}

// Feature templates; the numbers only need to be distinct.
const (
	tBias = iota + 1
	tWord
	tPre
	tSuf
	tShape
	tFirst
	tShapeAt
	tPattern
	tP1
	tP1Next
	tP1Around
	tP1NextWord
	tWordAt // neighbouring word, by offset
	tSuf3At // neighbour's 3-rune suffix, by offset
	tTag1
	tTag2
	tTag12
	tTag1Word
	tUPOS
	tUPOSSuf
	tUPOSWord
	tUPOSAt
	tUPOSSuf2At
	tPrevWordUPOS
	tLemForm
	tLemSuf
	tLemUPOS
	tLemUPOSSuf
	tLemFeat
	tLemShape
)

// neighbour returns the word at i+d, or a boundary marker.
func neighbour(ws []word, i, d int) (string, string) {
	j := i + d
	switch {
	case j < 0:
		return "<s>", "<s>"
	case j >= len(ws):
		return "</s>", "</s>"
	}
	s := ws[j].suf[2]
	if s == "" {
		s = ws[j].lower
	}
	return ws[j].lower, s
}

// wordKeys appends the context-independent features of token i: the word,
// its affixes and shape, and its neighbours ±2.
func wordKeys(keys []uint32, ws []word, i int) []uint32 {
	w := &ws[i]
	keys = append(keys, feat(tBias).key(), feat(tWord).s(w.lower).key(), feat(tShape).b(w.shape).key(),
		feat(tPattern).bs(w.pat[:w.npat]).key())
	for k := range 4 {
		if w.pre[k] != "" {
			keys = append(keys, feat(tPre).s(w.pre[k]).key())
		}
		if w.suf[k] != "" {
			keys = append(keys, feat(tSuf).s(w.suf[k]).key())
		}
	}
	if i == 0 {
		keys = append(keys, feat(tFirst).b(w.shape).key())
	}
	// names come in runs of capitalised words
	prev, next := byte(0xfe), byte(0xff)
	if i > 0 {
		prev = ws[i-1].shape
	}
	if i+1 < len(ws) {
		next = ws[i+1].shape
	}
	keys = append(keys, feat(tShapeAt).b(prev).b(w.shape).key(), feat(tShapeAt).b(w.shape).b(next).key())
	for _, d := range [...]int{-2, -1, 1, 2} {
		lw, s3 := neighbour(ws, i, d)
		keys = append(keys, feat(tWordAt).b(byte(d)).s(lw).key())
		if d == -1 || d == 1 {
			keys = append(keys, feat(tSuf3At).b(byte(d)).s(s3).key())
		}
	}
	return keys
}

// tagKeys appends the features of the two previous predicted tags.
func tagKeys(keys []uint32, w *word, t1, t2 byte) []uint32 {
	return append(keys, feat(tTag1).b(t1).key(), feat(tTag2).b(t2).key(),
		feat(tTag12).b(t1).b(t2).key(), feat(tTag1Word).b(t1).s(w.lower).key())
}

// morphKeys appends the features that read the sentence's predicted UPOS:
// agreement with neighbours and government by the preceding word.
func morphKeys(keys []uint32, ws []word, tags []byte, i int) []uint32 {
	w := &ws[i]
	t := tags[i]
	keys = append(keys, feat(tUPOS).b(t).key(), feat(tUPOSWord).b(t).s(w.lower).key())
	for k := range 4 {
		if w.suf[k] != "" {
			keys = append(keys, feat(tUPOSSuf).b(t).s(w.suf[k]).key())
		}
	}
	for _, d := range [...]int{-1, 1} {
		j := i + d
		if j < 0 || j >= len(ws) {
			keys = append(keys, feat(tUPOSAt).b(byte(d)).b(0).key())
			continue
		}
		s2 := ws[j].suf[1]
		if s2 == "" {
			s2 = ws[j].lower
		}
		keys = append(keys, feat(tUPOSAt).b(byte(d)).b(tags[j]).key(),
			feat(tUPOSSuf2At).b(byte(d)).b(tags[j]).s(s2).key())
	}
	prev, _ := neighbour(ws, i, -1)
	return append(keys, feat(tPrevWordUPOS).b(t).s(prev).key())
}
