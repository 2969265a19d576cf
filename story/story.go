// Package story groups articles into stories across languages in one
// streaming pass: each new article joins the story it shares the most
// weighted evidence with, or opens a new one.
//
// Evidence that survives translation without a dictionary: names (keyed
// through package names, so Лукашенко, Łukaszenka and Lukashenko agree),
// numbers, and cognate stems — long words cut to a short transliterated
// prefix ("transition", "transición", "Transition" share "trans"; Cyrillic
// is romanised first), consonant skeletons, and frequent news concepts from
// the lexicon (government, Regierung, rząd, правительство). Each is weighted by its rarity so far (streaming
// IDF), and an article is compared with a story's accumulated profile by
// cosine similarity. Joining a story that has no article in the new one's
// language takes less similarity than joining one that has: translated
// coverage shares far less surface evidence than two reports in one
// language. Cognates stand in for term translation: the offline
// resource considered, Debian's FreeDict dictionaries, covers German and
// Polish well but is thin where Kent is weakest (eng-rus has about a
// thousand entries; fra/ita/spa/swe-eng a few thousand; no Ukrainian or
// Belarusian) and would have to be installed beside Kent.
package story

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent/lexicon"
	"github.com/kentnews/kent/names"
)

// Story is a group of articles about one event.
type Story struct {
	ID        int
	Members   []string       // article IDs in the order they joined
	Languages map[string]int // language -> articles
	// profile is where each of the story's features has its weight: the
	// place of the story's posting in Clusterer.index. The weight itself
	// lives in the posting, so comparing an article with every story that
	// shares a feature reads one list, not a map per story.
	profile map[string]int32
	norm    float64
}

// posting is one story's accumulated weight for a feature.
type posting struct {
	story int
	v     float64
}

// Clusterer assigns articles to stories. Not safe for concurrent use: the
// order of arrival is part of the algorithm.
type Clusterer struct {
	// Threshold is the cosine similarity an article needs to join a story
	// that already has articles in its language. CrossThreshold, lower, is
	// what it needs to join a story that has none: translated coverage
	// shares less surface evidence than two reports in one language.
	Threshold      float64
	CrossThreshold float64
	stop           map[string]bool // function words of every language
	df             map[string]int
	concepts       *lexicon.ConceptIndex
	n              int
	stories        []*Story
	index          map[string][]posting // feature -> the stories that have it, with their weights
	words          map[string]wordFeatures
	// dots and seen are Add's scratch, one slot per story, left zero
	// between calls.
	dots []float64
	seen []bool
}

// New returns a clusterer that ignores the lexicons' function words and
// reads concepts from the built-in concept list; a broken list is an error.
func New(lex *lexicon.Set) (*Clusterer, error) {
	c := &Clusterer{Threshold: 0.3, CrossThreshold: 0.12, stop: map[string]bool{}, df: map[string]int{}, index: map[string][]posting{}}
	cs, err := lexicon.LoadConcepts()
	if err != nil {
		return nil, err
	}
	c.concepts = cs.Index()
	for _, code := range lex.Codes() {
		for _, w := range lex.Get(code).FunctionWords {
			c.stop[w] = true
		}
		for _, w := range lex.Get(code).Months {
			c.stop[w] = true
		}
	}
	return c, nil
}

// Features returns an article's evidence: "n:" names, "#" numbers and "s:"
// cognate stems, with counts.
func (c *Clusterer) Features(text string) map[string]float64 {
	f := map[string]float64{}
	sentenceStart := true
	for _, w := range splitWords(text) {
		wf := c.word(w)
		if wf.number != "" {
			f[wf.number]++
		}
		if wf.concept != "" {
			f[wf.concept]++
		}
		if wf.name != "" && !sentenceStart {
			f[wf.name] += 1
		}
		if wf.stem != "" {
			f[wf.stem]++
		}
		if wf.skeleton != "" {
			f[wf.skeleton]++
		}
		sentenceStart = strings.ContainsAny(w[len(w)-1:], ".!?")
	}
	return f
}

// wordFeatures is what one word form contributes wherever it stands; only
// the name feature also depends on the word not starting a sentence.
type wordFeatures struct {
	number, concept, name, stem, skeleton string
}

// maxWordCache bounds the word cache; past it the cache starts afresh.
const maxWordCache = 1 << 17

// word returns a word form's features, from the cache when the form was
// seen before: lowercasing, the concept lookup and the name key were a
// large part of clustering, and news repeats its words.
func (c *Clusterer) word(w string) wordFeatures {
	if wf, ok := c.words[w]; ok {
		return wf
	}
	wf := wordFeaturesOf(c, w)
	if c.words == nil || len(c.words) >= maxWordCache {
		c.words = make(map[string]wordFeatures, 1024)
	}
	// A copy: w is a slice of the article's text, which the cache must
	// not keep alive.
	c.words[strings.Clone(w)] = wf
	return wf
}

func wordFeaturesOf(c *Clusterer, w string) wordFeatures {
	var wf wordFeatures
	r, _ := utf8.DecodeRuneInString(w)
	switch {
	case unicode.IsDigit(r):
		d := strings.Map(func(r rune) rune {
			if unicode.IsDigit(r) {
				return r
			}
			return -1
		}, w)
		if len(d) >= 2 {
			wf.number = "#" + d
		}
	case unicode.IsLetter(r):
		low := strings.ToLower(w)
		if c.stop[low] {
			break
		}
		if c.concepts != nil {
			if concept := c.concepts.Match(low); concept != "" {
				wf.concept = "c:" + concept
			}
		}
		key := names.Key(w)
		if len(key) < 4 {
			break
		}
		if unicode.IsUpper(r) {
			wf.name = "n:" + prefix(key, 4)
		}
		// Every long word is a possible cognate, capitalised or not:
		// German writes nouns with a capital.
		if utf8.RuneCountInString(w) >= 6 {
			wf.stem = "s:" + prefix(key, 5)
		}
		if utf8.RuneCountInString(w) >= 5 {
			if sk := skeleton(key); len(sk) == 4 {
				wf.skeleton = "k:" + sk
			}
		}
	}
	return wf
}

func prefix(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// splitWords keeps sentence-final punctuation on the word so sentence
// starts are known, and drops other punctuation. It splits where
// strings.Fields does, without building the list of fields, and a word
// already followed by its full stop is a slice of text, not a copy with
// one appended: this ran for every stored article.
func splitWords(text string) []string {
	out := make([]string, 0, len(text)/6+1)
	for i := 0; i < len(text); {
		if n := spaceAt(text, i); n > 0 {
			i += n
			continue
		}
		j := i
		for j < len(text) && spaceAt(text, j) == 0 {
			_, size := utf8.DecodeRuneInString(text[j:])
			j += size
		}
		f := strings.TrimLeftFunc(text[i:j], notWordRune)
		i = j
		end := strings.TrimRightFunc(f, notWordRune)
		if end == "" {
			continue
		}
		if rest := f[len(end):]; rest != "" && rest[0] == '.' {
			end = f[:len(end)+1] // the same bytes as end + "."
		} else if strings.ContainsAny(rest, ".!?") {
			end += "."
		}
		out = append(out, end)
	}
	return out
}

// spaceAt returns the size of the space character at text[i], or 0 when
// there is none: unicode.IsSpace, as strings.Fields splits.
func spaceAt(text string, i int) int {
	c := text[i]
	if c < utf8.RuneSelf {
		if c == ' ' || '\t' <= c && c <= '\r' {
			return 1
		}
		return 0
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	if unicode.IsSpace(r) {
		return size
	}
	return 0
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// weight is a feature's streaming IDF, tripled for names, numbers,
// consonant skeletons and concepts: evidence that survives translation
// better than a word's first letters.
func (c *Clusterer) weight(feat string) float64 {
	w := math.Log(float64(c.n+1)/float64(c.df[feat]+1)) + 1
	if feat[0] != 's' {
		w *= 3
	}
	return w
}

// Add places an article and returns its story's ID.
func (c *Clusterer) Add(id, lang, text string) int {
	raw := c.Features(text)
	c.n++
	// Features are visited in sorted order: floating-point sums depend on
	// their order, and a similarity right at the threshold must not join a
	// story in one run and open a new one in the next.
	feats := make([]string, 0, len(raw))
	for f := range raw {
		c.df[f]++
		feats = append(feats, f)
	}
	sort.Strings(feats)
	vec := make([]float64, len(feats)) // vec[i] is feats[i]'s weight
	var norm float64
	for i, f := range feats {
		v := (1 + math.Log(raw[f])) * c.weight(f)
		vec[i] = v
		norm += v * v
	}
	norm = math.Sqrt(norm)
	best, bestSim := -1, 0.0
	if norm > 0 {
		// Each story's dot product sums its features in sorted order, as
		// the similarity must not depend on the order of the postings.
		if n := len(c.stories); len(c.dots) < n {
			c.dots = append(c.dots, make([]float64, n-len(c.dots))...)
			c.seen = append(c.seen, make([]bool, n-len(c.seen))...)
		}
		var ids []int
		for i, f := range feats {
			v := vec[i]
			for _, p := range c.index[f] {
				if !c.seen[p.story] {
					c.seen[p.story] = true
					ids = append(ids, p.story)
				}
				c.dots[p.story] += v * p.v
			}
		}
		sort.Ints(ids)
		for _, s := range ids {
			dot := c.dots[s]
			c.dots[s], c.seen[s] = 0, false
			st := c.stories[s]
			if st.norm == 0 {
				continue
			}
			sim := dot / (norm * st.norm)
			need := c.Threshold
			if st.Languages[lang] == 0 && c.CrossThreshold > 0 {
				need = c.CrossThreshold
			}
			if sim >= need && sim > bestSim {
				best, bestSim = s, sim
			}
		}
	}
	if best < 0 {
		best = len(c.stories)
		c.stories = append(c.stories, &Story{ID: best, Languages: map[string]int{}, profile: map[string]int32{}})
	}
	st := c.stories[best]
	st.Members = append(st.Members, id)
	st.Languages[lang]++
	// The squared norm is kept up to date feature by feature, in sorted
	// order, rather than re-summed over the profile map (random order).
	sq := st.norm * st.norm
	for i, f := range feats {
		v := vec[i]
		var old float64
		if at, ok := st.profile[f]; ok {
			p := &c.index[f][at]
			old = p.v
			p.v = old + v
		} else {
			st.profile[f] = int32(len(c.index[f]))
			c.index[f] = append(c.index[f], posting{story: best, v: v})
		}
		sq += (old+v)*(old+v) - old*old
	}
	st.norm = math.Sqrt(sq)
	return best
}

// Stories returns the stories so far.
func (c *Clusterer) Stories() []*Story { return c.stories }

// skeleton returns the first four consonants of a name key, with the
// spelling differences between languages' cognates folded: "president",
// "prezident", "Präsident", "prezydent" all give "prsd".
func skeleton(key string) string {
	var b strings.Builder
	for i := 0; i < len(key) && b.Len() < 4; i++ {
		c := key[i]
		switch c {
		case 'a', 'e', 'i', 'o', 'u', 'y', 'h':
			continue
		case 'z':
			c = 's'
		case 'c', 'q':
			c = 'k'
		case 'w':
			c = 'v'
		}
		if b.Len() > 0 && b.String()[b.Len()-1] == c {
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}
