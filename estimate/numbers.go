package estimate

import (
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/lexicon"
)

// numbers reads stated probabilities. Its words come from every lexicon:
// a figure is short, and a quoted one is often in another language than
// the paragraph around it.
type numbers struct {
	words        map[string]float64 // one: 1, drei: 3
	percentStems []string           // prozent, відсот
	percentWords []string           // percent, per cent, pour cent: a unit after a number word
	percent      *regexp.Regexp     // "30 to 40 percent", "70 Prozent"
	ratio        *regexp.Regexp     // "one in three", "2 out of 5"
	oddsTo       *regexp.Regexp     // "3 to 1", "3 zu 1"
	chanceTo     *regexp.Regexp     // "один к трём", "jeden do trzech": odds in words
	fracNums     map[string]float64 // numerators before a fraction noun: the number words, a, un, due
	fracDens     map[string]float64 // thirds: 3, Dritteln: 3, трети: 3
	fracOf       map[string]bool    // of, der, des: a fraction of people follows
	fraction     *regexp.Regexp     // "two-thirds", "zwei Drittel", "две трети"
}

// fiftyRe is "50/50" and "50:50", the same in every language.
// All of read's patterns are anchored: a number is read where it starts,
// and an unanchored search would scan the rest of the sentence for every
// figure in it.
var fiftyRe = regexp.MustCompile(`^(?:50\s*/\s*50\b|50:50\b)`)

const decimal = `(\d{1,4}(?:[.,]\d+)?)`

func newNumbers(lex *lexicon.Set) *numbers {
	n := &numbers{words: map[string]float64{}, fracNums: map[string]float64{}, fracDens: map[string]float64{}, fracOf: map[string]bool{}}
	var ratio, rng, oddsTo []string
	for _, c := range lex.Codes() {
		e := lex.Get(c).Estimative
		for w, v := range e.Numbers {
			n.words[w] = v
		}
		ratio = append(ratio, e.RatioWords...)
		rng = append(rng, e.RangeWords...)
		n.percentStems = append(n.percentStems, e.PercentStems...)
		for _, p := range e.Percent {
			if p != "%" {
				n.percentWords = append(n.percentWords, p)
			}
		}
		oddsTo = append(oddsTo, e.OddsTo...)
		for w, v := range e.FractionNumbers {
			n.fracNums[w] = v
		}
		for w, v := range e.Fractions {
			n.fracDens[w] = v
		}
		for _, w := range e.FractionOf {
			n.fracOf[w] = true
		}
	}
	for w, v := range n.words {
		if _, ok := n.fracNums[w]; !ok {
			n.fracNums[w] = v
		}
	}
	nums := make([]string, 0, len(n.words))
	for w := range n.words {
		nums = append(nums, w)
	}
	number := `(\d+|` + alternatives(nums) + `)`
	n.ratio = regexp.MustCompile(`(?i)^\b` + number + `[\s-]+(?:` + alternatives(ratio) + `)[\s-]+` + number + `\b`)
	n.fraction = regexp.MustCompile(`(?i)^(` + alternatives(slices.Collect(maps.Keys(n.fracNums))) + `)[\s-]+(` + alternatives(slices.Collect(maps.Keys(n.fracDens))) + `)`)
	n.chanceTo = regexp.MustCompile(`(?i)^` + number + `\s*(?:` + alternatives(oddsTo) + `)\s*` + number)
	n.oddsTo = regexp.MustCompile(`^(\d{1,3})\s*(?:-|:|` + alternatives(oddsTo) + `)\s*(\d{1,3})\b`)
	// The unit may be joined by a hyphen: "a 52-percent chance",
	// "52-відсотковий шанс", "58-procentowa szansa".
	n.percent = regexp.MustCompile(`^` + decimal + `\s*(?:(?:-|–|` + alternatives(rng) + `)\s*` + decimal + `\s*)?-?(%|\p{L}+)`)
	return n
}

// alternatives joins words into a regexp alternation, longest first so
// that a word is not cut short by another it starts with.
func alternatives(ws []string) string {
	ws = slices.Clone(ws)
	slices.SortFunc(ws, func(a, b string) int {
		if d := len(b) - len(a); d != 0 {
			return d
		}
		return strings.Compare(a, b)
	})
	ws = slices.Compact(ws)
	for i, w := range ws {
		ws[i] = regexp.QuoteMeta(w)
	}
	if len(ws) == 0 {
		return `[^\s\S]` // matches nothing
	}
	return strings.Join(ws, "|")
}

// numeric reads a stated probability that starts at toks[i]: "30 to 40
// percent chance", "mit 70 Prozent Wahrscheinlichkeit", "one in three",
// "50/50". A number counts only if the sentence speaks of chance or
// probability, so "less than 3% support the war" is not a probability, and
// a number above 100 percent is not one either. prevNumber says the
// sentence before stated one: a figure then goes on with it; prevOdds
// that it spoke of odds, which then go on too.
func (n *numbers) numeric(text string, r *rules, toks []kent.Token, i int, prevNumber, prevOdds bool) (*kent.Judgement, int) {
	t := toks[i]
	first, _ := utf8.DecodeRuneInString(t.Low)
	if !unicode.IsDigit(first) && n.words[t.Low] == 0 && n.fracNums[t.Low] == 0 && n.words[wordBeforeHyphen(t.Low)] == 0 {
		return nil, 0
	}
	rest := text[t.Start:toks[len(toks)-1].End]
	if prevOdds || hasOddsNoun(r, toks) {
		// A figure with a percent sign is never odds: "eine Chance von
		// 59,7 %" in a sentence about Quoten is 0.597, not 1/59.7.
		if _, _, l := n.read(r, rest); l == 0 {
			if j, k := n.odds(text, r, toks, i, prevOdds); k > 0 {
				return j, k
			}
		}
	}
	chance := hasChanceNoun(r, toks) || prevNumber || pricedAt(r, toks, i)
	if !chance && !r.certaintyNear(toks, i) {
		return nil, 0
	}
	lo, hi, length := n.read(r, rest)
	if length == 0 && chance {
		lo, length = n.chanceOdds(r, toks, i, rest)
		hi = lo
	}
	if length == 0 && chance {
		lo, length = n.fractionAt(r, toks, i, rest)
		hi = lo
	}
	if length == 0 || lo < 0 || hi > 1 || lo > hi {
		return nil, 0 // "120 percent" is not a probability
	}
	count := 0
	for k := i; k < len(toks) && toks[k].Start < t.Start+length; k++ {
		count++
	}
	if !chance {
		// "90 percent sure", "w 100 proc. pewna": a certainty word right
		// after the figure makes it a probability (the unit's period
		// may stand between).
		k := i + count
		if k < len(toks) && toks[k].Low == "." {
			k++
		}
		if k >= len(toks) || !toks[k].Word || r.certainty.Len(toks, k) == 0 {
			return nil, 0
		}
	}
	v := (lo + hi) / 2
	return &kent.Judgement{Cue: text[t.Start : t.Start+length], CueSpan: kent.Span{Start: t.Start, End: t.Start + length},
		Band: r.scale.For(v).Name(), Value: v, Low: lo, High: hi, Scale: "numeric"}, count
}

// read returns the range a number at the start of s states and its length
// in bytes, or a zero length.
//
// Each pattern is tried only where its first byte can start it, so most
// figures run one or two of the three: fiftyRe opens with "50", ratio
// with an ASCII word character (its \b at the start is RE2's ASCII word
// boundary), percent with a digit (RE2's \d is ASCII).
func (n *numbers) read(r *rules, s string) (lo, hi float64, length int) {
	if s == "" {
		return 0, 0, 0
	}
	digit := '0' <= s[0] && s[0] <= '9'
	if strings.HasPrefix(s, "50") {
		if m := fiftyRe.FindStringIndex(s); m != nil && m[0] == 0 {
			return 0.5, 0.5, m[1]
		}
	}
	if digit || asciiWordByte(s[0]) {
		if m := n.ratio.FindStringSubmatchIndex(s); m != nil && m[0] == 0 {
			a, b := n.num(s[m[2]:m[3]]), n.num(s[m[4]:m[5]])
			if b <= 0 || a > b {
				return 0, 0, 0
			}
			return a / b, a / b, m[1]
		}
	}
	if !digit {
		return n.wordPercent(r, s)
	}
	if m := n.percent.FindStringSubmatchIndex(s); m != nil && m[0] == 0 {
		if !n.isPercent(r, strings.ToLower(s[m[6]:m[7]])) {
			return 0, 0, 0
		}
		lo = n.num(s[m[2]:m[3]]) / 100
		hi = lo
		if m[4] >= 0 {
			hi = n.num(s[m[4]:m[5]]) / 100
		}
		return lo, hi, m[1]
	}
	return 0, 0, 0
}

// wordPercent reads a number written as a word before a percent unit:
// "five percent", "zehn Prozent", "viisi prosenttia" ("at less than five
// percent" was no judgement where "5 percent" was one).
func (n *numbers) wordPercent(r *rules, s string) (lo, hi float64, length int) {
	end := strings.IndexFunc(s, func(c rune) bool { return !unicode.IsLetter(c) && c != '\'' })
	if end <= 0 {
		return 0, 0, 0
	}
	v, ok := n.words[strings.ToLower(s[:end])]
	if !ok || v > 100 {
		return 0, 0, 0
	}
	rest := strings.TrimLeft(s[end:], " \u00a0")
	if len(rest) == len(s[end:]) {
		return 0, 0, 0 // "five-year" is no percent
	}
	low := strings.ToLower(rest)
	unit := 0
	for _, p := range n.percentWords {
		if strings.HasPrefix(low, p) && len(p) > unit && (len(low) == len(p) || !unicode.IsLetter(rune(low[len(p)]))) {
			unit = len(p)
		}
	}
	if unit == 0 {
		w := strings.IndexFunc(low, func(c rune) bool { return !unicode.IsLetter(c) })
		if w < 0 {
			w = len(low)
		}
		if w == 0 || !n.isPercent(r, low[:w]) {
			return 0, 0, 0
		}
		unit = w
	}
	return v / 100, v / 100, len(s) - len(rest) + unit
}

// wordBeforeHyphen is a hyphened word's first part: "one" of
// "one-in-three", which the ratio pattern reads whole.
func wordBeforeHyphen(w string) string {
	if k := strings.IndexByte(w, '-'); k > 0 {
		return w[:k]
	}
	return ""
}

// fractionAt reads a fraction in words at toks[i] as a probability:
// "at about two-thirds", "bei zwei Dritteln", "в две трети", "a
// one-third chance". The fraction must end its phrase or stand before a
// chance noun; before "of" or a content word it counts something else
// ("two-thirds of voters", "dwie trzecie wyborców"), and an ordinal
// with an article before a chance noun is no fraction ("a third
// chance"). It returns the probability and its length in bytes, or 0.
func (n *numbers) fractionAt(r *rules, toks []kent.Token, i int, rest string) (float64, int) {
	m := n.fraction.FindStringSubmatchIndex(rest)
	if m == nil || m[0] != 0 {
		return 0, 0
	}
	if c, _ := utf8.DecodeRuneInString(rest[m[1]:]); unicode.IsLetter(c) || unicode.IsDigit(c) {
		return 0, 0 // the noun goes on: "third-party", "quartier"
	}
	numer := strings.ToLower(rest[m[2]:m[3]])
	a, d := n.fracNums[numer], n.fracDens[strings.ToLower(rest[m[4]:m[5]])]
	if a <= 0 || d < 2 || a >= d {
		return 0, 0
	}
	end := toks[i].Start + m[1]
	k := i
	for k < len(toks) && toks[k].Start < end {
		k++
	}
	if k < len(toks) && toks[k].Word {
		next := toks[k].Low
		switch {
		case nounAt(r.chance, r.chanceHeads, toks, k):
			if _, number := n.words[numer]; !number {
				return 0, 0 // "a third chance" is an ordinal
			}
		case n.fracOf[next] || !r.function[next]:
			return 0, 0
		}
	}
	return a / d, m[1]
}

// asciiWordByte reports whether c is in RE2's \w: an ASCII letter, digit
// or underscore.
func asciiWordByte(c byte) bool {
	return 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9' || c == '_'
}

func (n *numbers) isPercent(r *rules, unit string) bool {
	if unit == "%" || r.percent.Len([]kent.Token{{Low: unit, Word: true}}, 0) > 0 {
		return true
	}
	for _, s := range n.percentStems {
		if strings.HasPrefix(unit, s) {
			return true
		}
	}
	return false
}

// pricedAt reports whether a pricing verb (the holder rules' index of
// pricing_verbs) ends right before the figure
// at i ("a June cut is priced at 82%", "are priced at 70 percent"): what
// a market prices is its probability, chance noun or not.
func pricedAt(r *rules, toks []kent.Token, i int) bool {
	for b := max(0, i-4); b < i; b++ {
		if n := r.hold.pricing.Len(toks, b); n > 0 && b+n >= i-1 { // a preposition may stand between: "wyceniają na 80 proc."
			return true
		}
	}
	return false
}

func hasChanceNoun(r *rules, toks []kent.Token) bool {
	for k := range toks {
		if toks[k].Word && nounAt(r.chance, r.chanceHeads, toks, k) {
			return true
		}
	}
	return false
}

func (n *numbers) num(s string) float64 {
	if v, ok := n.words[strings.ToLower(s)]; ok {
		return v
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", "."), 64)
	if err != nil {
		return -1
	}
	return v
}

// certaintyReach is how many tokens after a figure's start its certainty
// word may stand: "90 percent sure", "w 100 proc. pewna".
const certaintyReach = 5

// certaintyNear reports whether a certainty word stands within
// certaintyReach tokens after token i, a cheap test before the figure is
// read.
func (r *rules) certaintyNear(toks []kent.Token, i int) bool {
	if !r.hasCertainty {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+certaintyReach; k++ {
		if toks[k].Word && r.certainty.Len(toks, k) > 0 {
			return true
		}
	}
	return false
}

// chanceOdds reads odds stated as chances, in a sentence that speaks of
// a probability: "шансы один к трём", "szanse jak jeden do trzech",
// "шанси 1 до 4" are the first number's share of both (1 in 4), not a
// bookmaker's odds against. The pair must end its phrase (punctuation or
// a function word after it): "z 2 do 3 tysięcy" is a range of something
// else. It returns the probability and its length in bytes, or 0.
func (n *numbers) chanceOdds(r *rules, toks []kent.Token, i int, rest string) (float64, int) {
	m := n.chanceTo.FindStringSubmatchIndex(rest)
	if m == nil || m[0] != 0 || !hasProbabilityNoun(r, toks) {
		return 0, 0
	}
	if c, _ := utf8.DecodeRuneInString(rest[m[1]:]); unicode.IsLetter(c) || unicode.IsDigit(c) {
		return 0, 0 // the second number goes on: "к тридцати"
	}
	a, b := n.num(rest[m[2]:m[3]]), n.num(rest[m[4]:m[5]])
	if a <= 0 || b <= 0 || a > 100 || b > 100 {
		return 0, 0
	}
	end := toks[i].Start + m[1]
	k := i
	for k < len(toks) && toks[k].Start < end {
		k++
	}
	if k < len(toks) && toks[k].Word && !r.function[toks[k].Low] {
		return 0, 0
	}
	return a / (a + b), m[1]
}

func hasProbabilityNoun(r *rules, toks []kent.Token) bool {
	for k := range toks {
		if toks[k].Word && nounAt(r.probability, r.probabilityHeads, toks, k) {
			return true
		}
	}
	return false
}
