package tokens

import (
	"slices"
	"strings"

	"github.com/kentnews/kent"
)

// Index finds lexicon phrases in tokens: lower-case word sequences, each
// with a value, indexed by their first word so a match is one map lookup
// and a few comparisons. The zero Index is empty and ready to use.
type Index[V any] struct {
	byFirst map[string][]phrase[V] // longest first; equals in the order added
	// SkipQuotes lets quote marks stand between a phrase's words: inom en
	// ”överskådlig framtid”.
	SkipQuotes bool
	// firsts has the bit firstBit(w) set for every first word w: most
	// tokens start no phrase, and this test, on bytes already in hand,
	// turns them away without hashing the word and probing the map.
	firsts [firstBits / 64]uint64
}

// firstBits is the size of an index's first-word filter: with a few
// hundred first words a few per cent of other words pass it.
const firstBits = 4096

// firstBit mixes a word's length and its first, middle and last bytes:
// equal words always give equal bits.
func firstBit(w string) uint32 {
	n := len(w)
	if n == 0 {
		return 0
	}
	h := uint32(n)*0x9E3779B1 ^ uint32(w[0])*0x85EBCA77 ^ uint32(w[n-1])*0xC2B2AE3D ^ uint32(w[n/2])*0x27D4EB2F
	return (h ^ h>>15) % firstBits
}

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
	if x.byFirst == nil {
		x.byFirst = map[string][]phrase[V]{}
	}
	b := firstBit(ws[0])
	x.firsts[b/64] |= 1 << (b % 64)
	list := x.byFirst[ws[0]]
	k := len(list)
	for k > 0 && len(list[k-1].words) < len(ws) {
		k--
	}
	x.byFirst[ws[0]] = slices.Insert(list, k, phrase[V]{words: ws, value: v})
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
	if b := firstBit(toks[i].Low); x.firsts[b/64]&(1<<(b%64)) == 0 {
		return 0, zero
	}
	for _, p := range x.byFirst[toks[i].Low] {
		if n := x.covers(toks, i, p.words); n > 0 {
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

func (x *Index[V]) covers(toks []kent.Token, i int, ws []string) int {
	k := i
	for n, w := range ws {
		if w == Gap {
			// The shortest run of words before the rest matches.
			for g := 1; g <= MaxGap && k+g < len(toks) && toks[k+g-1].Word; g++ {
				if m := x.covers(toks, k+g, ws[n+1:]); m > 0 {
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
