// Package estimate finds estimative judgements — how likely someone says
// something is — and turns them into probability bands: "osannolikt",
// "very unlikely at the moment", "sehr unwahrscheinlich", "a one-in-three
// chance", "маловероятно". Each judgement keeps its cue, band (ICD 203 by
// default), point value, modifiers (negation, intensifiers, trend, time
// frame, condition, categorical forecast), its holder (from the quotes
// package attrib found) and its proposition: the clause it is about, with
// the entities and event concepts in it, so a question can tell whether it
// bears on it.
//
// Words and their bands are data, one lexicon file per language; the
// mechanism here is the same for all of them. Probabilities never leave
// [0, 1], and time is linear in the text.
package estimate

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

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
	band  int     // index into ICD bands
	value float64 // survey value, 0 if none
}

type phraseIndex map[string][][]string

func (p phraseIndex) add(s string) {
	ws := words(s)
	if len(ws) > 0 {
		p[ws[0]] = append(p[ws[0]], ws)
	}
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

type rules struct {
	entries                         map[string][]entry
	negators, intensifiers, down    phraseIndex
	trendUp, trendDown, conditional phraseIndex
	timeframes, complementizers     phraseIndex
	infinitive                      phraseIndex
	chance, percent                 phraseIndex
	low, high, probability          phraseIndex
	interrogatives                  phraseIndex
	events                          map[string][]string
}

// Extractor finds judgements. It is safe for concurrent use.
type Extractor struct {
	rules map[string]*rules
	def   *rules
}

// New builds an extractor from the lexicons.
func New(lex *lexicon.Set) *Extractor {
	x := &Extractor{rules: map[string]*rules{}}
	for _, c := range lex.Codes() {
		x.rules[c] = newRules(lex.Get(c))
	}
	x.def = x.rules["en"]
	if x.def == nil {
		x.def = newRules(&lexicon.Language{})
	}
	return x
}

func newRules(l *lexicon.Language) *rules {
	e := l.Estimative
	r := &rules{entries: map[string][]entry{}, events: l.Events}
	add := func(s string, en entry) {
		ws := words(s)
		if len(ws) == 0 {
			return
		}
		en.words = ws
		r.entries[ws[0]] = append(r.entries[ws[0]], en)
	}
	for bi, name := range lexicon.BandNames {
		for _, s := range e.Bands[name] {
			add(s, entry{kind: kBand, band: bi, value: e.Values[s]})
		}
	}
	for _, s := range e.Modals {
		add(s, entry{kind: kModal, band: 3})
	}
	for _, s := range e.Categorical {
		add(s, entry{kind: kCategorical})
	}
	for _, s := range e.NoEvidence {
		add(s, entry{kind: kNoEvidence})
	}
	idx := func(list []string) phraseIndex {
		p := phraseIndex{}
		for _, s := range list {
			p.add(s)
		}
		return p
	}
	r.negators, r.intensifiers, r.down = idx(e.Negators), idx(e.Intensifiers), idx(e.Downtoners)
	r.trendUp, r.trendDown, r.conditional = idx(e.TrendUp), idx(e.TrendDown), idx(e.Conditionals)
	r.timeframes, r.complementizers = idx(e.Timeframes), idx(e.Complementizers)
	r.infinitive = idx(e.Infinitive)
	r.chance, r.percent = idx(e.ChanceNouns), idx(e.Percent)
	r.low, r.high, r.probability = idx(e.DegreeLow), idx(e.DegreeHigh), idx(e.ProbabilityNouns)
	r.interrogatives = idx(e.Interrogatives)
	return r
}

// blockers are idioms in which an estimative word estimates nothing.
var blockers = map[string][][]string{
	"as":       {{"as", "possible"}, {"as", "soon", "as", "possible"}},
	"if":       {{"if", "possible"}},
	"where":    {{"where", "possible"}},
	"whenever": {{"whenever", "possible"}},
	"so":       {{"so", "möglich", "wie"}},
	"wie":      {{"wie", "möglich"}},
	"jak":      {{"jak", "najszybciej"}},
	"как":      {{"как", "можно"}},
	"як":       {{"як", "можна"}},
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

// Extract returns the judgements of an article in text order. quotes are
// the article's quotes (package attrib): a judgement inside one is its
// speaker's.
func (x *Extractor) Extract(a *kent.Article, quotes []kent.Quote) []kent.Judgement {
	var out []kent.Judgement
	sent := 0
	var prev []tok // the previous sentence, for propositions that refer back
	over := overlapping(quotes)
	for _, p := range a.Paragraphs {
		code := p.Language
		if code == "" {
			code = a.Language
		}
		r := x.rules[code]
		if r == nil {
			r = x.def
		}
		for si, s := range p.Sentences {
			toks := tokenize(a.Text, s.Span)
			out = append(out, x.sentence(a, r, toks, prev, si > 0, sent, code, over(s.Span))...)
			prev = toks
			sent++
		}
	}
	return out
}

func (x *Extractor) sentence(a *kent.Article, r *rules, toks []tok, prev []tok, samePara bool, sent int, code string, quotes []kent.Quote) []kent.Judgement {
	var out []kent.Judgement
	cond := conditionSpans(r, toks)
	for i := 0; i < len(toks); i++ {
		if !toks[i].word {
			continue
		}
		if b := blocked(toks, i); b > 0 {
			i += b - 1
			continue
		}
		e, ok := r.match(toks, i)
		if !ok {
			if j, from, to := x.degree(a.Text, r, toks, i); to > from {
				j.Sentence, j.Language = sent, code
				x.finish(a, r, toks, prev, samePara, &j, from, to, cond, quotes)
				out = append(out, j)
				i = to - 1
				continue
			}
			if j, n := numeric(a.Text, r, toks, i); n > 0 {
				j.Sentence, j.Language = sent, code
				x.finish(a, r, toks, prev, samePara, &j, i, i+n, cond, quotes)
				out = append(out, j)
				i += n - 1
			}
			continue
		}
		end := i + e.n
		if inside(cond, i) {
			i = end - 1
			continue // words inside "if …" belong to the condition
		}
		j := kent.Judgement{Cue: a.Text[toks[i].start:toks[end-1].end], CueSpan: kent.Span{Start: toks[i].start, End: toks[end-1].end},
			Sentence: sent, Language: code, Scale: "icd203"}
		level := e.band
		switch e.kind {
		case kModal:
			j.Modal = true
		case kCategorical:
			j.Categorical = true
			level = 6
			if isNegativePhrase(r, e.words) {
				level = 0
			}
		case kNoEvidence:
			level = -1 // a stance against what follows, no degree
		}
		// Modifiers before the cue, within its clause.
		neg := negatedBefore(r, toks, i) || (!isNegativePhrase(r, e.words) && negatedAfter(r, toks, end, e.kind))
		if level >= 0 && e.kind == kBand {
			level = intensify(r, toks, i, level)
		}
		if neg && e.kind != kCategorical && e.kind != kNoEvidence {
			j.Negated = true
			if level >= 0 {
				level = 6 - level
			}
		}
		if level >= 0 {
			b := ICD.Bands[level]
			j.Band, j.Low, j.High, j.Value = b.Name, b.Low, b.High, b.Mid
			if e.value > 0 && !j.Negated && level == e.band && e.value >= b.Low && e.value <= b.High {
				j.Value = e.value // the survey's reading of this very phrase
			} else if e.value > 0 && !j.Negated && level == e.band {
				j.Value = clamp(min(max(e.value, b.Low), b.High))
			}
		} else {
			j.Value, j.Low, j.High = 0.2, 0, 0.45
		}
		x.finish(a, r, toks, prev, samePara, &j, i, end, cond, quotes)
		out = append(out, j)
		i = end - 1
	}
	return out
}

// finish fills what every judgement needs: trend, time frame, condition,
// holder and proposition.
func (x *Extractor) finish(a *kent.Article, r *rules, toks, prev []tok, samePara bool, j *kent.Judgement, i, end int, cond [][2]int, quotes []kent.Quote) {
	for k := max(0, i-3); k < end; k++ {
		if r.trendUp.match(toks, k) > 0 {
			j.Trend = "up"
		}
		if r.trendDown.match(toks, k) > 0 {
			j.Trend = "down"
		}
	}
	for k := range toks {
		if !toks[k].word {
			continue
		}
		if n := r.timeframes.match(toks, k); n > 0 && (j.TimeFrame == "" || abs(float64(k-i)) < 6) {
			j.TimeFrame = a.Text[toks[k].start:toks[k+n-1].end]
		}
	}
	for _, c := range cond {
		if c[0] < i || c[0] >= end {
			if from, to := c[0]+1, c[1]; to > from {
				j.Condition = a.Text[toks[from].start:toks[to-1].end]
			}
			break
		}
	}
	j.Holder = holder(quotes, j.CueSpan)
	if len(toks) > 0 {
		j.Words = a.Text[toks[0].start:toks[len(toks)-1].end]
	}
	j.Proposition = proposition(a, r, toks, prev, samePara, i, end, cond)
	j.Value, j.Low, j.High = clamp(j.Value), clamp(j.Low), clamp(j.High)
}

// holder returns the speaker of the innermost quote containing span.
func holder(quotes []kent.Quote, span kent.Span) *kent.Speaker {
	var best *kent.Quote
	for i := range quotes {
		q := &quotes[i]
		if q.Speaker == nil || q.Span.Start > span.Start || q.Span.End < span.End {
			continue
		}
		if best == nil || q.Span.Len() < best.Span.Len() {
			best = q
		}
	}
	if best == nil {
		return nil
	}
	s := *best.Speaker
	return &s
}

// degree reads a chance noun with a degree word in its clause, before or
// after it: "the probability is low", "low likelihood", "шансы невелики",
// "die Wahrscheinlichkeit ist gering". It returns the judgement and the
// token range of its cue, or an empty range.
func (x *Extractor) degree(text string, r *rules, toks []tok, i int) (kent.Judgement, int, int) {
	if r.probability.match(toks, i) == 0 {
		return kent.Judgement{}, 0, 0 // "a high-risk strategy" is no probability
	}
	level, from, to := -1, i, i+1
	look := func(k int) bool {
		if !toks[k].word {
			return false
		}
		switch {
		case r.low.match(toks, k) > 0:
			level = 2
		case r.high.match(toks, k) > 0:
			level = 4
		default:
			return false
		}
		return true
	}
	// The degree word may come after the whole clause the noun governs:
	// "the probability that Belarus will send troops to Ukraine is low".
	for k := i + 1; k < len(toks) && k <= i+15; k++ {
		if t := toks[k].low; t == ";" || t == "." {
			break
		}
		if look(k) {
			to = k + 1
			break
		}
	}
	if level < 0 {
		for k := i - 1; k >= 0 && k >= i-2; k-- {
			if look(k) {
				from = k
				break
			}
		}
	}
	if level < 0 {
		return kent.Judgement{}, 0, 0
	}
	for k := max(0, from-2); k < to; k++ {
		if toks[k].word && r.interrogatives.match(toks, k) > 0 {
			return kent.Judgement{}, 0, 0 // "how high the probability … is" asks
		}
	}
	if negatedBefore(r, toks, from) {
		level = 6 - level
	}
	level = intensify(r, toks, from, level)
	b := ICD.Bands[level]
	return kent.Judgement{Cue: text[toks[from].start:toks[to-1].end], CueSpan: kent.Span{Start: toks[from].start, End: toks[to-1].end},
		Band: b.Name, Value: b.Mid, Low: b.Low, High: b.High, Scale: "icd203"}, from, to
}

func blocked(toks []tok, i int) int {
	for _, ph := range blockers[toks[i].low] {
		if n := matchAt(toks, i, ph); n > 0 {
			return n
		}
	}
	return 0
}

func isNegativePhrase(r *rules, ws []string) bool {
	toks := make([]tok, len(ws))
	for k, w := range ws {
		toks[k] = tok{low: w, word: true}
	}
	for k := range toks {
		if r.negators.match(toks, k) > 0 || strings.HasSuffix(ws[k], "n't") || strings.HasSuffix(ws[k], "n’t") {
			return true
		}
	}
	return false
}

// negatedBefore looks back over the cue's clause for a negation: "not
// likely", "is not probable", "I don't think … will".
func negatedBefore(r *rules, toks []tok, i int) bool {
	neg := false
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		t := toks[k]
		if !t.word {
			if t.low == "," || t.low == ";" || t.low == ":" {
				break
			}
			continue
		}
		if r.negators.match(toks, k) > 0 || strings.HasSuffix(t.low, "n't") || strings.HasSuffix(t.low, "n’t") {
			neg = !neg
		}
	}
	return neg
}

// negatedAfter catches a negation right after a modal or verb-like cue:
// "may not", "könnte nicht".
func negatedAfter(r *rules, toks []tok, end, kind int) bool {
	// "may not", "certainly wouldn’t", "wahrscheinlich nicht": a negation
	// in the next two words, before any complementizer or comma.
	for k := end; k < len(toks) && k < end+2; k++ {
		t := toks[k]
		if !t.word || r.complementizers.match(toks, k) > 0 {
			return false
		}
		if r.negators.match(toks, k) > 0 || strings.HasSuffix(t.low, "n't") || strings.HasSuffix(t.low, "n’t") {
			return true
		}
	}
	return false
}

// intensify moves a band one step toward its end of the scale for "very",
// "highly" (unless the phrase already says so), and one step toward the
// middle for "fairly", "rather".
func intensify(r *rules, toks []tok, i, level int) int {
	if level == 3 {
		return level
	}
	for k := i - 1; k >= 0 && k >= i-2 && toks[k].word; k-- {
		switch {
		case r.intensifiers.match(toks, k) > 0:
			if level < 3 && level > 0 {
				level--
			} else if level > 3 && level < 6 {
				level++
			}
		case r.down.match(toks, k) > 0:
			if level < 3 {
				level++
			} else if level > 3 {
				level--
			}
		default:
			return level
		}
	}
	return level
}

// conditionSpans returns token ranges [marker, clause end) of conditional
// clauses: from "if"/"om"/"wenn"/"если" to the next comma or the end.
func conditionSpans(r *rules, toks []tok) [][2]int {
	var out [][2]int
	for k := 0; k < len(toks); k++ {
		if !toks[k].word || r.conditional.match(toks, k) == 0 {
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

func inside(spans [][2]int, i int) bool {
	for _, s := range spans {
		if i > s[0] && i < s[1] {
			return true
		}
	}
	return false
}

var (
	percentRe = regexp.MustCompile(`(\d{1,4}(?:[.,]\d+)?)\s*(?:(?:-|–|to|bis|do|до|à|a|tot|och|и|і)\s*(\d{1,4}(?:[.,]\d+)?)\s*)?(%|\p{L}+)`)
	oneInRe   = regexp.MustCompile(`(?i)\b(\d+|one|two|three|four|five|ten|ein|eine|zwei|drei|jeden|jedna|dwa|trzy|один|одна|два|три|один|одна|дві|три|en|ett|två|tre)[\s-]+(?:in|out of|of|auf|von|na|из|з|із|på|av|sur|su|op|iš)[\s-]+(\d+|two|three|four|five|ten|hundred|zwei|drei|vier|fünf|zehn|dwóch|trzech|czterech|двух|трёх|трех|четырёх|двох|трьох|чотирьох|två|tre|fyra|fem|tio)\b`)
	fiftyRe   = regexp.MustCompile(`\b50\s*/\s*50\b|\b50:50\b`)
)

var numberWords = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10, "hundred": 100,
	"ein": 1, "eine": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "zehn": 10,
	"jeden": 1, "jedna": 1, "dwa": 2, "trzy": 3, "dwóch": 2, "trzech": 3, "czterech": 4,
	"один": 1, "одна": 1, "два": 2, "три": 3, "двух": 2, "трёх": 3, "трех": 3, "четырёх": 4,
	"дві": 2, "двох": 2, "трьох": 3, "чотирьох": 4,
	"en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "tio": 10,
}

// numeric reads a stated probability that starts at toks[i]: "30 to 40
// percent chance", "mit 70 Prozent Wahrscheinlichkeit", "one in three",
// "50/50". A number counts only if the sentence speaks of chance or
// probability, so "less than 3% support the war" is not a probability, and
// a number above 100 percent is not one either.
func numeric(text string, r *rules, toks []tok, i int) (kent.Judgement, int) {
	t := toks[i]
	first, _ := utf8.DecodeRuneInString(t.low)
	if !unicode.IsDigit(first) && numberWords[t.low] == 0 {
		return kent.Judgement{}, 0
	}
	if !hasChanceNoun(r, toks) {
		return kent.Judgement{}, 0
	}
	rest := text[t.start:toks[len(toks)-1].end]
	var lo, hi float64
	var length int
	if m := fiftyRe.FindStringIndex(rest); m != nil && m[0] == 0 {
		lo, hi, length = 0.5, 0.5, m[1]
	} else if m := oneInRe.FindStringSubmatchIndex(rest); m != nil && m[0] == 0 {
		a, b := num(rest[m[2]:m[3]]), num(rest[m[4]:m[5]])
		if b <= 0 || a > b {
			return kent.Judgement{}, 0
		}
		lo, hi, length = a/b, a/b, m[1]
	} else if m := percentRe.FindStringSubmatchIndex(rest); m != nil && m[0] == 0 {
		unit := strings.ToLower(rest[m[6]:m[7]])
		if unit != "%" && r.percent.match([]tok{{low: unit, word: true}}, 0) == 0 && !strings.HasPrefix(unit, "prozent") && !strings.HasPrefix(unit, "процент") && !strings.HasPrefix(unit, "відсот") && !strings.HasPrefix(unit, "procent") {
			return kent.Judgement{}, 0
		}
		lo = num(rest[m[2]:m[3]]) / 100
		hi = lo
		if m[4] >= 0 {
			hi = num(rest[m[4]:m[5]]) / 100
		}
		length = m[1]
	} else {
		return kent.Judgement{}, 0
	}
	if lo < 0 || hi > 1 || lo > hi {
		return kent.Judgement{}, 0 // "120 percent" is not a probability
	}
	n := 0
	for k := i; k < len(toks) && toks[k].start < t.start+length; k++ {
		n++
	}
	v := (lo + hi) / 2
	b := ICD.For(v)
	return kent.Judgement{Cue: text[t.start : t.start+length], CueSpan: kent.Span{Start: t.start, End: t.start + length},
		Band: b.Name, Value: v, Low: lo, High: hi, Scale: "numeric"}, n
}

func hasChanceNoun(r *rules, toks []tok) bool {
	for k := range toks {
		if toks[k].word && r.chance.match(toks, k) > 0 {
			return true
		}
	}
	return false
}

func num(s string) float64 {
	if v, ok := numberWords[strings.ToLower(s)]; ok {
		return v
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", "."), 64)
	if err != nil {
		return -1
	}
	return v
}

// proposition returns the clause the judgement is about: what follows a
// complementizer after the cue ("unlikely that P", "osannolikt att P"),
// else the clause around the cue ("P is unlikely", "Belarus will probably
// P"). If the clause names no event, it may refer back ("closing a border
// that long … was very unlikely"): when it shares a content word with the
// previous sentence, that sentence's entities and events are added.
func proposition(a *kent.Article, r *rules, toks, prev []tok, samePara bool, i, end int, cond [][2]int) kent.Proposition {
	from, to := clauseStart(r, toks, i), clauseEnd(toks, end)
	for k := end; k < len(toks) && k <= end+3; k++ {
		if toks[k].word && r.complementizers.match(toks, k) > 0 {
			from, to = k+1, len(toks)
			break
		}
		if !toks[k].word && toks[k].low != "," && !isQuoteMark(toks[k].low) {
			break
		}
	}
	// "hat ausgeschlossen, eigene Truppen in die Ukraine zu schicken": the
	// cue ends its clause and an infinitive clause follows; that is what is
	// judged.
	if to == end && end < len(toks) && toks[end].low == "," {
		next := clauseEnd(toks, end+1)
		for k := end + 1; k < next; k++ {
			if toks[k].word && r.infinitive.match(toks, k) > 0 {
				from, to = end+1, next
				break
			}
		}
	}
	// A condition after the cue is not part of what is judged likely:
	// "a higher probability of protests if the regime sends troops".
	for _, c := range cond {
		if c[0] >= end && c[0] < to {
			to = c[0]
		}
	}
	for to > from && !toks[to-1].word {
		to--
	}
	var p kent.Proposition
	if to <= from {
		return p
	}
	p.Span = kent.Span{Start: toks[from].start, End: toks[to-1].end}
	p.Text = a.Text[p.Span.Start:p.Span.End]
	clause := toks[from:to]
	subject := toks[:0]
	if from > end {
		subject = toks[clauseStart(r, toks, i):i] // the infinitive's subject is the cue clause's
	}
	// The clause is negative when a negation governs its event: "will not
	// send troops", "nicht in den Krieg eintreten"; "no choice" is not.
	for k := from; k < to; k++ {
		if k >= i && k < end {
			continue // the judgement's own "not" is already in its band
		}
		if !toks[k].word || !(r.negators.match(toks, k) > 0 || strings.HasSuffix(toks[k].low, "n't") || strings.HasSuffix(toks[k].low, "n’t")) {
			continue
		}
		if len(concepts(r, toks[k+1:min(to, k+4)])) > 0 {
			p.Negated = !p.Negated
		}
	}
	p.Entities = union(entities(subject, true), entities(clause, from == 0))
	// The cue's own words count for the event: "nie wyślemy żołnierzy",
	// "will not interfere".
	p.Events = concepts(r, toks[min(from, i):to])
	// An event-less clause may refer back: by a shared word ("closing a
	// border that long" after "close Ukraine's western border"), or by
	// being too short to say anything alone ("We will not interfere").
	short := 0
	for _, t := range clause {
		if t.word {
			short++
		}
	}
	if len(p.Events) < 2 && len(prev) > 0 && (sharesContentWord(clause, prev) || short <= 5 && samePara) {
		p.Entities = union(p.Entities, entities(prev, true))
		p.Events = union(p.Events, concepts(r, prev))
	}
	return p
}

// clauseStart walks back from the cue to the start of its clause: a
// complementizer ("warned that …"), a comma, a colon or an opening quote.
func clauseStart(r *rules, toks []tok, i int) int {
	for k := i - 1; k >= 0; k-- {
		t := toks[k]
		if k == i-1 && isQuoteMark(t.low) {
			continue // the cue is quoted: was “very unlikely at the moment”
		}
		if t.word {
			if r.complementizers.match(toks, k) > 0 {
				return k + 1
			}
			continue
		}
		switch t.low {
		case ",", ";", ":", "“", "„", "«", "”", "\"":
			return k + 1
		}
	}
	return 0
}

// clauseEnd runs from the cue to the next comma or semicolon.
func clauseEnd(toks []tok, end int) int {
	for k := end; k < len(toks); k++ {
		if toks[k].low == ";" || toks[k].low == "," {
			return k
		}
	}
	return len(toks)
}

// entities are the capitalised words of a clause (the first word of a
// sentence only if it is not a common sentence opener in lower case).
func entities(toks []tok, sentenceStart bool) []string {
	var out []string
	for k, t := range toks {
		if !t.word {
			continue
		}
		r, _ := utf8.DecodeRuneInString(t.text)
		if !unicode.IsUpper(r) {
			continue
		}
		if k == 0 && sentenceStart && len(t.text) < 4 {
			continue
		}
		out = append(out, t.text)
	}
	return kent.Unique(out)
}

// concepts are the event concepts whose stems the clause uses.
func concepts(r *rules, toks []tok) []string {
	var out []string
	var b strings.Builder
	for _, t := range toks {
		if t.word {
			b.WriteString(t.low)
			b.WriteByte(' ')
		}
	}
	lowText := " " + b.String()
	for concept, stems := range r.events {
		for _, s := range stems {
			if strings.Contains(s, " ") {
				if strings.Contains(lowText, " "+s) {
					out = append(out, concept)
					break
				}
				continue
			}
			hit := false
			for _, t := range toks {
				if t.word && strings.HasPrefix(t.low, s) {
					hit = true
					break
				}
			}
			if hit {
				out = append(out, concept)
				break
			}
		}
	}
	sort.Strings(out)
	return out
}

func sharesContentWord(a, b []tok) bool {
	seen := map[string]bool{}
	for _, t := range b {
		if t.word && utf8.RuneCountInString(t.low) >= 5 {
			seen[stem(t.low)] = true
		}
	}
	for _, t := range a {
		if t.word && utf8.RuneCountInString(t.low) >= 5 && seen[stem(t.low)] {
			return true
		}
	}
	return false
}

// stem cuts a word to its first five letters: enough to match "border",
// "borders" or "Lukashenko's" without a stemmer per language.
func stem(w string) string {
	r := []rune(w)
	if len(r) > 5 {
		r = r[:5]
	}
	return string(r)
}

func union(a, b []string) []string { return kent.Unique(append(append([]string{}, a...), b...)) }

func isQuoteMark(s string) bool {
	switch s {
	case "“", "”", "„", "«", "»", "‘", "’", "\"", "‚":
		return true
	}
	return false
}
