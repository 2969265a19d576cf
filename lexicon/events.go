package lexicon

import (
	"maps"
	"slices"
	"strings"
	"unicode/utf8"
)

// EventIndex finds the event concepts (families) whose stems a run of
// lower-case words uses. A one-word stem matches a word it begins
// ("ratifi" in "ratifiziert"), or the whole word only when it ends in "."
// ("win." is not "winter"); a stem of several words matches as many
// consecutive words, each beginning with its stem word ("zniesieni sankcji"
// in "zniesienie sankcji"). Stems are indexed by their first two letters,
// so a lookup costs a few comparisons per word whatever the lexicon's size.
type EventIndex struct {
	concepts []string
	byStart  map[string][]eventStem
	// starts has the bit startBit(k) set for every key k of byStart: most
	// words start no stem, and this test turns them away without hashing
	// their start into the map.
	starts [startBits / 64]uint64
	// fillers are the words that may stand between two words of a
	// multiword stem, one per gap: articles and possessives ("lift its
	// sanctions", "cut the rates", "häva sina sanktioner"). Nil: none.
	fillers map[string]bool
	// skipAlso, when set, names further words a gap may hold, as fillers
	// do: a place's genitive ("bli Sveriges nästa statsminister").
	skipAlso func(string) bool
	// idioms are phrases, by their first word, whose words name no event
	// though one begins an event form: Spanish "sin embargo" (however) is
	// no embargo. A hit starting inside one is not reported.
	idioms map[string][][]string
}

// Except makes the index ignore every hit that starts inside one of these
// phrases (a language's event_idioms, lower case). It returns the index
// for chaining.
func (ix *EventIndex) Except(phrases []string) *EventIndex {
	for _, p := range phrases {
		ws := strings.Fields(strings.ToLower(p))
		if len(ws) == 0 {
			continue
		}
		if ix.idioms == nil {
			ix.idioms = map[string][][]string{}
		}
		ix.idioms[ws[0]] = append(ix.idioms[ws[0]], ws)
	}
	return ix
}

// masked marks the words that are part of an idiom; nil when none is.
func (ix *EventIndex) masked(words []string) []bool {
	var out []bool
	for i, w := range words {
		for _, id := range ix.idioms[w] {
			if i+len(id) > len(words) || !slices.Equal(words[i:i+len(id)], id) {
				continue
			}
			if out == nil {
				out = make([]bool, len(words))
			}
			for k := i; k < i+len(id); k++ {
				out[k] = true
			}
		}
	}
	return out
}

// SkipBetween lets one of these whole lower-case words (a language's
// event_fillers) stand in each gap of a multiword stem, so a form written
// bare in the lexicon matches with its article or possessive. It returns
// the index for chaining.
func (ix *EventIndex) SkipBetween(words []string) *EventIndex {
	for _, w := range words {
		if ix.fillers == nil {
			ix.fillers = map[string]bool{}
		}
		ix.fillers[w] = true
	}
	return ix
}

// startBits is the size of an index's filter of word starts.
const startBits = 4096

// startBit mixes a word start's length and its first and last bytes:
// equal starts always give equal bits.
func startBit(k string) uint32 {
	n := len(k)
	if n == 0 {
		return 0
	}
	h := uint32(n)*0x9E3779B1 ^ uint32(k[0])*0x85EBCA77 ^ uint32(k[n-1])*0xC2B2AE3D
	return (h ^ h>>15) % startBits
}

type eventStem struct {
	concept int
	words   []string
	exact   bool // the last word must be whole
	gaps    int  // how many of words are gapWord
	// next is the byte of words[0] right after its index key (start),
	// when it has one (hasNext): a word that begins the stem has it at
	// the same place, so one byte turns most of a key's stems away
	// before the word is compared with the stem.
	next    byte
	hasNext bool
}

// gapWord, as a stem's word, stands for up to maxGap words of any kind:
// "ceasefire ... collaps" matches "the ceasefire between Israel and
// Hezbollah could collapse". Never a stem's first or last word.
const gapWord = "..."

// NewEventIndex indexes concept -> stems.
func NewEventIndex(events map[string][]string) *EventIndex {
	ix := &EventIndex{byStart: map[string][]eventStem{}}
	// Concepts in name order, so hits come in the same order on every run:
	// callers break ties by order, and a map's order changes run to run
	// (a German compound once named the independence family on one run
	// and the referendum family on the next).
	for _, concept := range slices.Sorted(maps.Keys(events)) {
		stems := events[concept]
		ix.concepts = append(ix.concepts, concept)
		id := len(ix.concepts) - 1
		for _, s := range stems {
			st := eventStem{concept: id, words: strings.Fields(s)}
			if len(st.words) == 0 || st.words[0] == gapWord || st.words[len(st.words)-1] == gapWord {
				continue // the validator names such a stem
			}
			for _, w := range st.words {
				if w == gapWord {
					st.gaps++
				}
			}
			last := st.words[len(st.words)-1]
			if strings.HasSuffix(last, ".") && len(last) > 1 {
				st.exact = true
				st.words[len(st.words)-1] = strings.TrimSuffix(last, ".")
			}
			k := start(st.words[0])
			if len(st.words[0]) > len(k) {
				st.next, st.hasNext = st.words[0][len(k)], true
			}
			ix.byStart[k] = append(ix.byStart[k], st)
			b := startBit(k)
			ix.starts[b/64] |= 1 << (b % 64)
		}
	}
	return ix
}

// start is the index key of a word: its first two letters.
func start(w string) string {
	_, n := utf8.DecodeRuneInString(w)
	if n < len(w) {
		_, m := utf8.DecodeRuneInString(w[n:])
		n += m
	}
	return w[:n]
}

// Match returns the concepts the lower-case words use, each once, calling
// at for each hit with the concept and the index of the word it starts at.
func (ix *EventIndex) Match(words []string, at func(concept string, i int)) {
	var mask []bool
	if ix.idioms != nil {
		mask = ix.masked(words)
	}
	for i, w := range words {
		if mask != nil && mask[i] {
			continue
		}
		k := start(w)
		if b := startBit(k); ix.starts[b/64]&(1<<(b%64)) == 0 {
			continue
		}
		stems := ix.byStart[k]
		for j := range stems {
			// The word must begin with the stem's first word (no filler
			// stands before it): most stems sharing two letters with the
			// word fail here, without the calls of a full match, and most
			// of those on the byte after the two letters.
			st := &stems[j]
			if st.hasNext && (len(w) <= len(k) || w[len(k)] != st.next) {
				continue
			}
			if sw := st.words[0]; len(w) < len(sw) || w[:len(sw)] != sw {
				continue
			}
			if ix.matches(st, words, i) {
				at(ix.concepts[st.concept], i)
			}
		}
	}
}

// Concepts returns the distinct concepts the words use.
func (ix *EventIndex) Concepts(words []string) []string {
	var out []string
	ix.Match(words, func(c string, _ int) {
		for _, o := range out {
			if o == c {
				return
			}
		}
		out = append(out, c)
	})
	return out
}

// Uses reports whether the one word uses a concept: whether
// Concepts([]string{w}) has any, without building the list.
func (ix *EventIndex) Uses(w string) bool {
	ws := [1]string{w}
	found := false
	ix.Match(ws[:], func(string, int) { found = true })
	return found
}

func (ix *EventIndex) matches(st *eventStem, words []string, i int) bool {
	if i+len(st.words) > len(words)+st.gaps {
		return false
	}
	return ix.matchFrom(st, 0, words, i)
}

// maxGap is how many words a stem's "..." may stand for: a phrase between
// a noun and its verb ("the ceasefire between Israel and Hezbollah will
// collapse"), not a second clause.
const maxGap = 6

// matchFrom matches st.words[k:] at words[p:].
func (ix *EventIndex) matchFrom(st *eventStem, k int, words []string, p int) bool {
	if k == len(st.words) {
		return true
	}
	sw := st.words[k]
	if sw == gapWord {
		for g := 0; g <= maxGap && p+g < len(words); g++ {
			if ix.matchFrom(st, k+1, words, p+g) {
				return true
			}
		}
		return false
	}
	if p >= len(words) {
		return false
	}
	w := words[p]
	if !strings.HasPrefix(w, sw) {
		head := ""
		if k > 0 {
			head = hyphenHead(w)
		}
		switch {
		case head != "" && strings.HasPrefix(head, sw):
			// After the stem's first word, a compound written with a
			// hyphen stands for its head: "skicka Taurus-robotar" sends
			// missiles, "lähettää Taurus-ohjuksia" too. Not as a stem's
			// first word: "anti-war" is no war.
			w = head
		case k > 0 && ix.skippable(w):
			// Up to maxFillers articles, possessives or modifiers may
			// stand in a gap, when the word after them goes on with the
			// stem: "become the next prime minister", "bli Sveriges
			// nästa statsminister", "zostać kolejnym premierem".
			q := p
			// The same filler twice ("cut the the rates") is no phrase.
			for q < len(words) && q-p < maxFillers && ix.skippable(words[q]) && !strings.HasPrefix(words[q], sw) && (q == p || words[q] != words[q-1]) {
				q++
			}
			if q == p || q >= len(words) || !strings.HasPrefix(words[q], sw) {
				return false
			}
			p = q
			w = words[p]
		default:
			return false
		}
	}
	if k == len(st.words)-1 && st.exact && len(w) != len(sw) {
		return false
	}
	return ix.matchFrom(st, k+1, words, p+1)
}

// maxFillers is how many filler words may stand in one gap of a stem:
// an article or a possessive and a modifier ("devenir le prochain
// président", "bli Sveriges nya statsminister"), not a phrase.
const maxFillers = 3

// skippable reports whether w may stand in a gap of a multiword stem.
func (ix *EventIndex) skippable(w string) bool {
	return ix.fillers[w] || ix.skipAlso != nil && ix.skipAlso(w)
}

// SkipAlso lets the words ok accepts stand in a gap as fillers do: a
// question's matcher passes place names, so a country's genitive between
// a verb and its office ("bli Sveriges statsminister") keeps the form.
// It returns the index for chaining.
func (ix *EventIndex) SkipAlso(ok func(string) bool) *EventIndex {
	ix.skipAlso = ok
	return ix
}

// hyphenHead is the part of a hyphenated word after its last hyphen
// ("robotar" of "taurus-robotar"), or "" when the word has none.
func hyphenHead(w string) string {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 || i == len(w)-1 {
		return ""
	}
	return w[i+1:]
}

// HeadOf returns the concept a compound word's head names, when the word
// begins otherwise: Germanic and Finnic compounds put their head last
// ("Unabhängigkeitsreferendum" is a referendum about independence,
// "självständighetsomröstning" a vote, "Zinssenkung" a cut). It looks for a
// one-word stem of at least four letters starting inside the word, after a
// first part of at least four letters, that reaches the word's end or
// leaves at most a short inflection; the latest such start wins. ok is
// false when no stem starts inside the word.
func (ix *EventIndex) HeadOf(word string) (concept string, ok bool) {
	cs := ix.HeadsOf(word)
	if len(cs) == 0 {
		return "", false
	}
	return cs[0], true
}

// HeadsOf is HeadOf with every concept the head names, in the order
// HeadOf prefers them: "Generalmobilmachung" is both a military matter
// and a mobilisation, as "Mobilmachung" alone is.
func (ix *EventIndex) HeadsOf(word string) []string { return ix.HeadsFrom(word, 4) }

// HeadsFrom is HeadsOf with heads of at least minStem letters: where any
// word may be a compound (a judgement's proposition, not a question), a
// four-letter stem is too often a word's ending ("estä", prevent, ends the
// Finnish elative "äänestyksestä").
func (ix *EventIndex) HeadsFrom(word string, minStem int) []string {
	_, out := ix.headsAt(word, minStem)
	return out
}

// OwnsHead reports whether a one-word stem of concept that word begins
// with reaches into the head HeadOf finds: the head is then a part of
// that concept's own word, not a compound's second noun ("tulitauko" is a
// ceasefire, whatever "tauko", a pause, names alone).
func (ix *EventIndex) OwnsHead(word, concept string) bool {
	at, heads := ix.headsAt(word, 4)
	if len(heads) == 0 {
		return false
	}
	for _, st := range ix.byStart[start(word)] {
		if len(st.words) == 1 && ix.concepts[st.concept] == concept && len(st.words[0]) > at && strings.HasPrefix(word, st.words[0]) {
			return true
		}
	}
	return false
}

// headsAt is HeadsFrom with the byte offset the heads start at.
func (ix *EventIndex) headsAt(word string, minStem int) (int, []string) {
	best := -1
	var out []string
	for p, r := range word {
		if p < 4 || r == '-' {
			continue
		}
		rest := word[p:]
		k := start(rest)
		if b := startBit(k); ix.starts[b/64]&(1<<(b%64)) == 0 {
			continue // no stem starts so: the map need not be asked
		}
		for _, st := range ix.byStart[k] {
			sw := st.words[0]
			if len(st.words) != 1 || utf8.RuneCountInString(sw) < minStem || !strings.HasPrefix(rest, sw) {
				continue
			}
			if st.exact && len(rest) != len(sw) {
				continue
			}
			if utf8.RuneCountInString(rest)-utf8.RuneCountInString(sw) > 4 {
				continue
			}
			c := ix.concepts[st.concept]
			switch {
			case p > best:
				best, out = p, []string{c}
			case p == best && !slices.Contains(out, c):
				out = append(out, c)
			}
		}
	}
	return best, out
}

// Longest returns the concept whose stem, of two words or more, matches
// the most words starting at words[0], and how many words it takes (0 when
// none does): a place of several words ("west bank", "zachodni brzeg" in
// "Zachodniego Brzegu").
func (ix *EventIndex) Longest(words []string) (concept string, n int) {
	if len(words) == 0 {
		return "", 0
	}
	for _, st := range ix.byStart[start(words[0])] {
		if len(st.words) >= 2 && st.gaps == 0 && len(st.words) > n && ix.matches(&st, words, 0) {
			concept, n = ix.concepts[st.concept], len(st.words)
		}
	}
	return concept, n
}
