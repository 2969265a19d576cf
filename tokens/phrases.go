package tokens

import (
	"slices"
	"strings"

	"github.com/kentnews/kent"
)

// Index finds lexicon phrases in tokens: lower-case word sequences, each
// with a value, indexed by their first word so a match is one lookup and
// a few comparisons. The zero Index is empty and ready to use.
type Index[V any] struct {
	// lists holds the phrases of each first word, longest first, equals
	// in the order added; firstWords[k] is the first word of lists[k].
	lists      [][]phrase[V]
	firstWords []string
	// slots find a first word by its Key (open addressing, a power of
	// two long, at most half full): Key<<32 | list number + 1; 0 is an
	// empty slot. A token's Key is made once, where the token is, so a
	// lookup hashes nothing.
	slots []uint64
	// SkipQuotes lets quote marks stand between a phrase's words: inom en
	// ”överskådlig framtid”.
	SkipQuotes bool
	// firsts has the bit Key(w) % firstBits set for every first word w:
	// most tokens start no phrase, and this test turns them away without
	// probing the slots.
	firsts [firstBits / 64]uint64
}

// firstBits is the size of an index's first-word filter: with a few
// hundred first words a few per cent of other words pass it.
const firstBits = 4096

// Phrases is an index of phrases without values.
type Phrases = Index[struct{}]

type phrase[V any] struct {
	words []string
	value V
}

// NewPhrases indexes a list of phrases.
func NewPhrases(list []string, skipQuotes bool) *Phrases {
	p := &Phrases{SkipQuotes: skipQuotes}
	for _, s := range list {
		p.Add(s, struct{}{})
	}
	return p
}

// Add indexes a phrase, split as PhraseWords splits it, with its value; a
// phrase without words is ignored.
func (x *Index[V]) Add(s string, v V) { x.AddWords(PhraseWords(s), v) }

// PhraseWords splits a lexicon phrase as Words does, but keeps a comma
// written inside it ("unklar, ob", "za wcześnie, by") as a word of its
// own: the text must have the comma there too, and the index matches it
// to the comma token.
func PhraseWords(s string) []string {
	if strings.Contains(s, Gap) {
		// "schloss ... aus": the words around each gap, the gap kept as a
		// word of its own.
		var ws []string
		for k, part := range strings.Split(s, Gap) {
			if k > 0 {
				ws = append(ws, Gap)
			}
			ws = append(ws, PhraseWords(part)...)
		}
		return ws
	}
	if !strings.Contains(s, ",") {
		return Words(s)
	}
	var ws []string
	for _, part := range strings.Split(s, ",") {
		if p := Words(part); len(p) > 0 {
			if len(ws) > 0 {
				ws = append(ws, ",")
			}
			ws = append(ws, p...)
		}
	}
	return ws
}

// Gap, as a phrase's word, stands for one to MaxGap words (no
// punctuation): a separable verb's particle at the clause's end,
// "schloss einen Rücktritt aus", "sluit een aftreden niet uit".
const Gap = "..."

// MaxGap is the most words a Gap stands for: an object between a verb and
// its particle, not a second clause.
const MaxGap = 5

// AddWords indexes a phrase already split into lower-case words; one that
// starts or ends with a Gap is ignored (the lexicon's validation rejects
// it).
func (x *Index[V]) AddWords(ws []string, v V) {
	if len(ws) == 0 || ws[0] == Gap || ws[len(ws)-1] == Gap {
		return
	}
	key := Key(ws[0])
	b := key % firstBits
	x.firsts[b/64] |= 1 << (b % 64)
	n := x.find(key, ws[0])
	if n < 0 {
		n = len(x.lists)
		x.lists = append(x.lists, nil)
		x.firstWords = append(x.firstWords, ws[0])
		x.insert(key, n)
	}
	list := x.lists[n]
	k := len(list)
	for k > 0 && len(list[k-1].words) < len(ws) {
		k--
	}
	x.lists[n] = slices.Insert(list, k, phrase[V]{words: ws, value: v})
}

// find returns the number of the list of phrases whose first word is w,
// with Key key; -1 when none is.
func (x *Index[V]) find(key uint32, w string) int {
	if len(x.slots) == 0 {
		return -1
	}
	mask := uint32(len(x.slots) - 1)
	for j := key & mask; ; j = (j + 1) & mask {
		s := x.slots[j]
		if s == 0 {
			return -1
		}
		if uint32(s>>32) == key && x.firstWords[uint32(s)-1] == w {
			return int(uint32(s) - 1)
		}
	}
}

// insert adds list n under key, growing the slots to stay half empty.
func (x *Index[V]) insert(key uint32, n int) {
	if 2*len(x.lists) > len(x.slots) {
		old := x.slots
		size := 16
		for size < 4*len(x.lists) {
			size *= 2
		}
		x.slots = make([]uint64, size)
		for _, s := range old {
			if s != 0 {
				x.put(s)
			}
		}
	}
	x.put(uint64(key)<<32 | uint64(n+1))
}

func (x *Index[V]) put(s uint64) {
	mask := uint32(len(x.slots) - 1)
	j := uint32(s>>32) & mask
	for x.slots[j] != 0 {
		j = (j + 1) & mask
	}
	x.slots[j] = s
}

// Match returns how many tokens the longest phrase at toks[i] covers
// (quote marks it skips included) and its value; 0 when none starts
// there. Among phrases of one length the first added wins. Punctuation
// other than skipped quote marks breaks a phrase.
func (x *Index[V]) Match(toks []kent.Token, i int) (int, V) {
	var zero V
	if i >= len(toks) || !toks[i].Word {
		return 0, zero
	}
	key := keyOf(&toks[i])
	if b := key % firstBits; x.firsts[b/64]&(1<<(b%64)) == 0 {
		return 0, zero
	}
	n := x.find(key, toks[i].Low)
	if n < 0 {
		return 0, zero
	}
	for _, p := range x.lists[n] {
		if n := x.covers(toks, i, p.words, 1); n > 0 { // find matched the first word
			return n, p.value
		}
	}
	return 0, zero
}

// Len returns the length in tokens of the longest phrase at toks[i], or 0.
func (x *Index[V]) Len(toks []kent.Token, i int) int {
	n, _ := x.Match(toks, i)
	return n
}

// covers returns how many tokens from toks[i] the words ws cover, 0 when
// they do not; the first from words (0 or 1) are known to match the
// tokens one for one.
func (x *Index[V]) covers(toks []kent.Token, i int, ws []string, from int) int {
	k := i + from
	for n := from; n < len(ws); n++ {
		w := ws[n]
		if w == Gap {
			// The shortest run of words before the rest matches.
			for g := 1; g <= MaxGap && k+g < len(toks) && toks[k+g-1].Word; g++ {
				if m := x.covers(toks, k+g, ws[n+1:], 0); m > 0 {
					return k + g + m - i
				}
			}
			return 0
		}
		for x.SkipQuotes && n > 0 && k < len(toks) && IsQuoteMark(toks[k].Low) {
			k++
		}
		if k >= len(toks) || toks[k].Low != w || !toks[k].Word && w != "," {
			return 0
		}
		k++
	}
	return k - i
}
