package estimate

import (
	"strings"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/lexicon"
)

// kind of a lexicon match.
const (
	kBand = iota
	kModal
	kCategorical
	kNoEvidence
)

type entry struct {
	n     int // tokens covered at the match, quote marks included
	words []string
	kind  int
	band  kent.Band // on the rules' scale; the zero Band for a stance
	value float64   // survey value, 0 if none
}

type phraseIndex map[string][][]string

func newPhraseIndex(list []string) phraseIndex {
	p := phraseIndex{}
	for _, s := range list {
		if ws := words(s); len(ws) > 0 {
			p[ws[0]] = append(p[ws[0]], ws)
		}
	}
	return p
}

// match returns the length in tokens of the longest phrase at i.
func (p phraseIndex) match(toks []tok, i int) int {
	best := 0
	for _, ph := range p[toks[i].low] {
		if n := matchAt(toks, i, ph); n > best {
			best = n
		}
	}
	return best
}

// matchAt returns how many tokens the phrase covers at i, or 0. Quote marks
// between its words are skipped: inom en ”överskådlig framtid”.
func matchAt(toks []tok, i int, ph []string) int {
	k := i
	for n, w := range ph {
		for n > 0 && k < len(toks) && isQuoteMark(toks[k].low) {
			k++
		}
		if k >= len(toks) || !toks[k].word || toks[k].low != w {
			return 0
		}
		k++
	}
	return k - i
}

// rules are one language's lexicon, indexed for matching.
type rules struct {
	scale                           *kent.Scale // the lexicon's bands are on it
	entries                         map[string][]entry
	negators, intensifiers, down    phraseIndex
	negSuffixes                     []string // "n't": a word ending so is a negation
	trendUp, trendDown, conditional phraseIndex
	timeframes, complementizers     phraseIndex
	timePreps                       phraseIndex // by, bis, do, к: before a year, a time bound
	infinitive                      phraseIndex
	chance, percent                 phraseIndex
	low, high, probability          phraseIndex
	interrogatives, blockers        phraseIndex
	events                          *lexicon.EventIndex
	polar                           map[string]bool // concepts that turn another around
	future                          phraseIndex     // will, wird, kommer att: with an event word, a forecast
	expect                          phraseIndex     // expects, rechnet mit: with an event word, a likely forecast
	futureSuffixes                  []string        // -ará, -erà: an event word in the future
	futureTagged                    bool            // the tagger confirms a future ending (Slavic perfective presents)
	concessives, clauseConditionals phraseIndex
	sources, reporting, estimating  phraseIndex     // according to; said; gave, expects: what names a holder outside quotes
	groups                          phraseIndex     // analysts, economists: a holder without a name
	pronounSources                  phraseIndex     // in his view, selon lui: the holder named last
	verbFinal                       bool            // the infinitive closes a future's clause (de, nl)
	verbSecond                      bool            // V2: after a fronted phrase the subject follows the verb (de, nl, sv)
	chanceHeads, probabilityHeads   []string        // one-word chance nouns that end a compound (de, nl, sv)
	elisions                        []string        // l', n', dell': cut off an event word before matching
	oddsNouns                       phraseIndex     // odds, Quote, kurs: a sentence of bookmakers' odds
	connectors, function            map[string]bool // words inside names (of, for); the commonest words
}

func newRules(l *lexicon.Language, scale *kent.Scale) *rules {
	e := l.Estimative
	r := &rules{scale: scale, entries: map[string][]entry{}, events: lexicon.NewEventIndex(l.Events), negSuffixes: e.NegatorSuffixes}
	add := func(s string, en entry) {
		ws := words(s)
		if len(ws) == 0 {
			return
		}
		en.words = ws
		r.entries[ws[0]] = append(r.entries[ws[0]], en)
	}
	for _, b := range scale.Bands() {
		for _, s := range e.Bands[b.Name()] {
			add(s, entry{kind: kBand, band: b, value: e.Values[s]})
		}
	}
	for _, s := range e.Modals {
		add(s, entry{kind: kModal, band: scale.Middle()}) // a bare possibility: even
	}
	for _, s := range e.Categorical {
		add(s, entry{kind: kCategorical})
	}
	for _, s := range e.NoEvidence {
		add(s, entry{kind: kNoEvidence})
	}
	idx := newPhraseIndex
	r.negators, r.intensifiers, r.down = idx(e.Negators), idx(e.Intensifiers), idx(e.Downtoners)
	r.trendUp, r.trendDown, r.conditional = idx(e.TrendUp), idx(e.TrendDown), idx(e.Conditionals)
	r.timeframes, r.complementizers = idx(e.Timeframes), idx(e.Complementizers)
	r.timePreps = idx(e.TimePrepositions)
	r.infinitive = idx(e.Infinitive)
	r.chance, r.percent = idx(e.ChanceNouns), idx(e.Percent)
	r.low, r.high, r.probability = idx(e.DegreeLow), idx(e.DegreeHigh), idx(e.ProbabilityNouns)
	r.interrogatives, r.blockers = idx(e.Interrogatives), idx(e.Blockers)
	r.future, r.futureSuffixes, r.futureTagged = idx(e.Future), e.FutureSuffixes, e.FutureTagged
	r.expect = idx(e.ExpectVerbs)
	for _, el := range e.Elisions {
		r.elisions = append(r.elisions, strings.ReplaceAll(el, "’", "'"))
	}
	r.concessives, r.clauseConditionals = idx(e.Concessives), idx(e.ClauseConditionals)
	at := l.Attribution
	r.sources, r.reporting, r.estimating, r.groups = idx(at.Sources), idx(at.Verbs), idx(e.EstimatingVerbs), idx(append(append([]string{}, at.Groups...), e.HolderGroups...))
	r.connectors, r.function = set(at.Connectors), set(l.FunctionWords)
	r.oddsNouns = idx(e.OddsNouns)
	r.pronounSources, r.verbFinal, r.verbSecond = idx(e.PronounSources), e.VerbFinal, at.VerbSecond
	if e.Compounds {
		r.chanceHeads, r.probabilityHeads = oneWord(e.ChanceNouns), oneWord(e.ProbabilityNouns)
	}
	return r
}

// match returns the entry at toks[i] with the most words.
func (r *rules) match(toks []tok, i int) (entry, bool) {
	var best entry
	found := false
	bestN := 0
	for _, e := range r.entries[toks[i].low] {
		if n := matchAt(toks, i, e.words); n > 0 && (!found || len(e.words) > len(best.words)) {
			best, found, bestN = e, true, n
		}
	}
	best.n = bestN
	return best, found
}

// blocked returns the length of an idiom at i in which an estimative word
// estimates nothing ("as soon as possible"), or 0.
func (r *rules) blocked(toks []tok, i int) int { return r.blockers.match(toks, i) }

// negation reports whether toks[k] is or starts a negation: a negator of
// the lexicon or a word with a negative ending ("wouldn't").
func (r *rules) negation(toks []tok, k int) bool {
	if r.negators.match(toks, k) > 0 {
		return true
	}
	for _, suf := range r.negSuffixes {
		if strings.HasSuffix(toks[k].low, suf) {
			return true
		}
	}
	return false
}

// isNegativePhrase reports whether a lexicon phrase says no itself: "will
// not", "won't".
func (r *rules) isNegativePhrase(ws []string) bool {
	toks := make([]tok, len(ws))
	for k, w := range ws {
		toks[k] = tok{low: w, word: true}
	}
	for k := range toks {
		if r.negation(toks, k) {
			return true
		}
	}
	return false
}

// conditionSpans returns token ranges [marker, clause end) of conditional
// clauses: from "if"/"om"/"wenn"/"если" to the next comma or the end.
func conditionSpans(r *rules, toks []tok) [][2]int {
	var out [][2]int
	for k := 0; k < len(toks); k++ {
		if !toks[k].word || r.conditional.match(toks, k) == 0 || !r.conditionAt(toks, k) {
			continue
		}
		e := k + 1
		for e < len(toks) && toks[e].low != "," && toks[e].low != ";" && toks[e].low != "–" && toks[e].low != "—" {
			e++
		}
		out = append(out, [2]int{k, e})
		k = e
	}
	return out
}

// conditionAt reports whether the conditional at k sets a condition: not
// inside a concessive ("even if", "selbst wenn"), and, for a word that is
// "if" only at a clause's start (Swedish "om"), at one: after punctuation,
// a complementizer, or the sentence's start.
func (r *rules) conditionAt(toks []tok, k int) bool {
	for b := max(0, k-2); b <= k; b++ {
		if n := r.concessives.match(toks, b); n > 0 && b+n > k {
			return false
		}
	}
	if r.clauseConditionals.match(toks, k) == 0 || k == 0 {
		return true
	}
	p := toks[k-1]
	return !p.word || r.complementizers.match(toks, k-1) > 0
}

func inside(spans [][2]int, i int) bool {
	for _, s := range spans {
		if i > s[0] && i < s[1] {
			return true
		}
	}
	return false
}

func set(list []string) map[string]bool {
	m := make(map[string]bool, len(list))
	for _, w := range list {
		m[w] = true
	}
	return m
}

// oneWord returns the entries of a list that are one word.
func oneWord(list []string) []string {
	var out []string
	for _, w := range list {
		if len(words(w)) == 1 {
			out = append(out, w)
		}
	}
	return out
}

// compoundMinLength is how many bytes a compound's first part needs, so
// that "rechance" or a short prefix is not read as a compound.
const compoundMinLength = 3

// nounAt reports whether a noun of p, or in a compounding language a
// compound ending in one of heads ("Siegchancen"), starts at toks[k].
func nounAt(p phraseIndex, heads []string, toks []tok, k int) bool {
	if p.match(toks, k) > 0 {
		return true
	}
	w := toks[k].low
	for _, h := range heads {
		if len(w) >= len(h)+compoundMinLength && strings.HasSuffix(w, h) {
			return true
		}
	}
	return false
}

// eventWord is a word as the event lexicon reads it: without an elided
// article or negation written onto it ("n'adhérera" → "adhérera").
func (r *rules) eventWord(w string) string {
	if len(r.elisions) == 0 {
		return w
	}
	n := strings.ReplaceAll(w, "’", "'")
	for _, el := range r.elisions {
		if len(n) > len(el) && strings.HasPrefix(n, el) {
			return n[len(el):]
		}
	}
	return w
}
