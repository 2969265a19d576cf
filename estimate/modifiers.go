package estimate

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/tokens"
)

// negatedBefore looks back over the cue's clause for a negation: "not
// likely", "is not probable", "I don't think … will".
func negatedBefore(r *rules, toks []kent.Token, i int) bool {
	return r.negates(negationsBefore(r, toks, i))
}

// negates reports whether negations found in a clause negate it: an odd
// count, or with negative concord any ("nie … nigdy" says no once).
func (r *rules) negates(at []int) bool {
	if r.concord {
		return len(at) > 0
	}
	return len(at)%2 == 1
}

// negationsBefore returns where the negations before the cue at i stand,
// within its clause: an odd count negates it.
func negationsBefore(r *rules, toks []kent.Token, i int) []int {
	var at []int
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		t := toks[k]
		if !t.Word {
			if t.Low == "," || t.Low == ";" || t.Low == ":" {
				break
			}
			continue
		}
		if r.conjunctions[t.Low] {
			break // "ne devrait pas attendre et baissera probablement": "and" opens another predicate
		}
		if n := r.negators.Len(toks, k); n > 0 && k+n > i {
			continue // "je ne pense pas": the cue's own negation, already in its band
		}
		if r.clitic(toks, k) && r.negators.Len(toks, k) <= 1 {
			if len(at) > 0 {
				at = append(at, k) // "ne … pas": one negation with its closer (concord)
			}
			continue // "ce n'est qu'une question de temps" negates nothing
		}
		if r.negation(toks, k) {
			at = append(at, k)
		}
	}
	return at
}

// clitics returns where the negation clitics before the cue at i stand
// ("n'est probablement pas"): they belong to the negation the cue takes.
func clitics(r *rules, toks []kent.Token, i int) []int {
	var at []int
	for k := i - 1; k >= 0 && k >= i-6 && len(r.negClitics) > 0; k-- {
		if toks[k].Word && r.clitic(toks, k) {
			at = append(at, k)
		}
	}
	return at
}

// negatedAfter catches a negation in the next two words after a modal or
// verb-like cue, before any complementizer or comma: "may not", "certainly
// wouldn’t", "wahrscheinlich nicht".
func negatedAfter(r *rules, toks []kent.Token, end int) bool { return negationAfter(r, toks, end) >= 0 }

// negationAfter returns where the negation negatedAfter finds stands, or -1.
func negationAfter(r *rules, toks []kent.Token, end int) int {
	for k := end; k < len(toks) && k < end+2; k++ {
		if !toks[k].Word || r.complementizers.Len(toks, k) > 0 {
			return -1
		}
		if r.negation(toks, k) {
			return k
		}
	}
	return -1
}

// intensify moves a band one step toward its end of the scale for "very",
// "highly" (a band at the end stays there), and one step toward the middle
// for "fairly", "rather", never into it. A middle band ("roughly even") has no end to move
// toward.
func intensify(r *rules, toks []kent.Token, i int, b kent.Band) kent.Band {
	if b.Side() == 0 {
		return b
	}
	for k := i - 1; k >= 0 && k >= i-2 && toks[k].Word; k-- {
		switch {
		case r.intensifiers.Len(toks, k) > 0:
			b = b.Step(b.Side())
		case r.down.Len(toks, k) > 0:
			// "relativ unwahrscheinlich", "fairly likely": toward the
			// middle, but on the same side ("rather unlikely" is not even).
			if n := b.Step(-b.Side()); n.Side() == b.Side() {
				b = n
			}
		default:
			return b
		}
	}
	return b
}

// degree reads a chance noun with a degree word in its clause, before or
// after it: "the probability is low", "low likelihood", "шансы невелики",
// "die Wahrscheinlichkeit ist gering". It returns the judgement and the
// token range of its cue, or an empty range. A low degree is the band
// below the middle of the scale, a high one the band above it.
func degree(text string, r *rules, toks []kent.Token, i int) (*kent.Judgement, int, int) {
	// A probability noun takes its degree word before it or after its
	// clause; a risk or possibility only one right next to it, where it
	// heads its phrase ("ein hohes Risiko", "a high risk of default", "un
	// risque élevé de défaut"), so "a high-risk strategy", a "“high
	// risk” strategy" or "risks to growth are high" are no probabilities.
	prob := nounAt(r.probability, r.probabilityHeads, toks, i)
	reach := i + 15
	if !prob && nounAt(r.chance, r.chanceHeads, toks, i) {
		// "the risk that Vardia is drawn in is low", "Die Gefahr, dass
		// Vardia eintritt, ist gering", "Risken att Vardia dras in är
		// liten": a that-clause after a risk makes it the probability of
		// that clause, its degree word after it.
		k := i + 1
		if k < len(toks) && toks[k].Low == "," {
			k++
		}
		prob = k < len(toks) && toks[k].Word && r.complementizers.Len(toks, k) > 0
	}
	if !prob {
		if !nounAt(r.chance, r.chanceHeads, toks, i) {
			return nil, 0, 0
		}
		before := i > 0 && r.degreeWord(toks, i-1) && r.headsPhrase(toks, i+1)
		after := i+1 < len(toks) && r.degreeWord(toks, i+1) && r.headsPhrase(toks, i+2)
		if !before && !after {
			return moved(text, r, toks, i)
		}
		reach = i + 1
	}
	var level kent.Band
	var j kent.Judgement
	from, to := i, i+1
	span := 1 // the degree phrase's length: "nära noll" is two words
	look := func(k int) bool {
		if !toks[k].Word {
			return false
		}
		switch {
		case r.none.Len(toks, k) > 0:
			level, span = r.scale.Lowest(), r.none.Len(toks, k) // "nära noll", "near zero"
		case r.even.Len(toks, k) > 0:
			level = r.scale.Middle() // "wyrównane szanse", "even chances"
		case r.low.Len(toks, k) > 0:
			level = r.scale.Middle().Step(-1)
		case r.high.Len(toks, k) > 0:
			level = r.scale.Middle().Step(1)
		default:
			return false
		}
		return true
	}
	// The degree word may come after the whole clause the noun governs:
	// "the probability that Belarus will send troops to Ukraine is low".
	for k := i + 1; k < len(toks) && k <= reach; k++ {
		if t := toks[k].Low; t == ";" || t == "." {
			break
		}
		if r.attributive[r.elided(toks[k-1].Low)] && k+1 < len(toks) && toks[k+1].Word {
			continue // "the chances of a good harvest are slim": between an article and its noun, the noun's adjective
		}
		if look(k) {
			to = k + span
			break
		}
	}
	if !level.Valid() {
		for k := i - 1; k >= 0 && k >= i-2; k-- {
			if look(k) {
				from = k
				break
			}
		}
	}
	if !level.Valid() {
		return moved(text, r, toks, i)
	}
	for k := max(0, from-2); k < to; k++ {
		if toks[k].Word && r.interrogatives.Len(toks, k) > 0 {
			return nil, 0, 0 // "how high the probability … is" asks
		}
	}
	cue := from
	if d := to - span; d-i > degreeNear {
		// "Вероятность того, что Байден выйдет из гонки, очень мала": the
		// degree word is far after the noun, with its own modifiers and
		// negation ("очень", "nicht sehr"); the cue is the degree phrase,
		// the clause between is what it judges.
		cue = d
		for k := d - 1; k > i && k >= d-2 && toks[k].Word && (r.intensifiers.Len(toks, k) > 0 || r.down.Len(toks, k) > 0 || r.negation(toks, k)); k-- {
			cue = k
			if r.negation(toks, k) {
				j.Negated = !j.Negated
			}
		}
		if j.Negated {
			level = level.Mirror()
		}
		level = intensify(r, toks, d, level)
	} else {
		if negatedBefore(r, toks, from) {
			j.Negated = true
			level = level.Mirror()
		}
		at := from
		if d := to - span; d > from+1 {
			// "the probability is very high", "die Chancen sind sehr
			// gering": the degree word after the noun carries its own
			// intensifier, read where it stands.
			at = d
			for k := from + 1; k < d; k++ {
				if toks[k].Word && r.negation(toks, k) {
					// "the probability is not high": denied in between
					j.Negated = !j.Negated
					level = level.Mirror()
					break
				}
			}
		}
		level = intensify(r, toks, at, level)
	}
	j.Cue, j.CueSpan, j.Scale = text[toks[cue].Start:toks[to-1].End], kent.Span{Start: toks[cue].Start, End: toks[to-1].End}, r.scale.Name
	setBand(&j, level)
	return &j, from, to
}

// degreeNear is how far after its noun a degree word is still read as one
// cue with it ("the probability is low"); farther, the degree phrase is
// the cue.
const degreeNear = 3

// setBand gives a judgement a band, its range and its point value.
func setBand(j *kent.Judgement, b kent.Band) {
	j.Band, j.Value = b.Name(), b.Mid()
	j.Low, j.High = b.Edges()
}

// headsPhrase reports whether the noun before token k heads its phrase:
// the clause ends there, a function word opens its complement ("a high
// risk of default", "hohes Risiko, dass …") or the event follows in the
// genitive ("wysokie ryzyko niewypłacalności"), rather than another noun
// following it ("a “high risk” strategy"). Quote marks are looked
// through.
func (r *rules) headsPhrase(toks []kent.Token, k int) bool {
	for k < len(toks) && tokens.IsQuoteMark(toks[k].Low) {
		k++
	}
	return k >= len(toks) || !toks[k].Word || r.function[toks[k].Low] || r.complementizers.Len(toks, k) > 0 || r.infinitive.Len(toks, k) > 0 || r.eventAt(toks, k)
}

// degreeWord reports whether a degree word starts at token k.
func (r *rules) degreeWord(toks []kent.Token, k int) bool {
	return toks[k].Word && (r.low.Len(toks, k) > 0 || r.high.Len(toks, k) > 0 || r.none.Len(toks, k) > 0 || r.even.Len(toks, k) > 0)
}

// movedReach is how many words before a chance noun the verb that moves
// or denies it may stand: "я не вижу в ближайшей перспективе каких-либо
// возможностей".
const movedReach = 6

// moved reads a chance noun at i without a degree word that a verb
// raises or lowers ("raise the probability that Russia defaults", "steigt
// die Wahrscheinlichkeit", "aumentano la possibilità", "шансы растут"):
// likely or unlikely, with the trend; or that a denied seeing verb denies
// ("nie widać … szans", "I do not see any chance of"): very unlikely. It
// returns the judgement and its cue's tokens, or an empty range.
func moved(text string, r *rules, toks []kent.Token, i int) (*kent.Judgement, int, int) {
	var j kent.Judgement
	var level kent.Band
	from, to := i, i+1
	for k := i - 1; k >= 0 && k >= i-movedReach && !level.Valid(); k-- {
		if !toks[k].Word {
			if tokens.IsQuoteMark(toks[k].Low) {
				continue
			}
			break
		}
		switch {
		case r.raising.Len(toks, k) > 0:
			level, j.Trend, from = r.scale.Middle().Step(1), "up", k
		case r.lowering.Len(toks, k) > 0:
			level, j.Trend, from = r.scale.Middle().Step(-1), "down", k
		case r.seeing.Len(toks, k) > 0:
			for m := k - 1; m >= 0 && m >= k-2; m-- {
				if toks[m].Word && r.negation(toks, m) {
					level, from = r.scale.Middle().Step(-2), m
					break
				}
			}
			if !level.Valid() {
				return nil, 0, 0 // "we see a chance": the seeing says no degree
			}
		}
	}
	// After the noun, in its clause: "шансы на дефолт России растут".
	reach := movedReach
	// "the chance that the bank lowers rates has increased", "chansen att
	// Riksbanken sänker räntan": a that-clause after the noun is the
	// event; a verb in it with more of the clause after it is the event's,
	// and the verb that moves the chance comes after the clause.
	that := i+1 < len(toks) && toks[i+1].Word && r.complementizers.Len(toks, i+1) > 0
	if that {
		reach = 2 * movedReach
	}
	for k := i + 1; !level.Valid() && k < len(toks) && k <= i+reach; k++ {
		if !toks[k].Word {
			if tokens.IsQuoteMark(toks[k].Low) {
				continue
			}
			break
		}
		// "la possibilité d'une baisse des taux", "the probability of
		// lower rates": after an article or "of", the event's words, no
		// verb moving the chance; the verb may come after them ("chances
		// d'une baisse des taux en juin diminuent").
		if r.opensComplement(toks, i+1, k) {
			reach = movedReach + 3
			continue
		}
		n1, n2 := r.raising.Len(toks, k), r.lowering.Len(toks, k)
		if that && n1+n2 > 0 && wordsIn(toks, k+n1+n2, clauseEnd(toks, k+n1+n2)) > 1 {
			continue
		}
		switch {
		case n1 > 0:
			level, j.Trend, to = r.scale.Middle().Step(1), "up", k+n1
		case n2 > 0:
			level, j.Trend, to = r.scale.Middle().Step(-1), "down", k+n2
		}
	}
	if !level.Valid() {
		return nil, 0, 0
	}
	for k := max(0, from-2); k < to; k++ {
		if toks[k].Word && r.interrogatives.Len(toks, k) > 0 {
			return nil, 0, 0 // "how far the risk rises" asks
		}
	}
	for k := to; k < len(toks) && k < to+3; k++ {
		if c, _ := utf8.DecodeRuneInString(toks[k].Low); unicode.IsDigit(c) {
			return nil, 0, 0 // "the probability jumped to 42%": the figure is the judgement
		}
	}
	j.Cue, j.CueSpan, j.Scale = text[toks[from].Start:toks[to-1].End], kent.Span{Start: toks[from].Start, End: toks[to-1].End}, r.scale.Name
	setBand(&j, level)
	return &j, from, to
}

// elided returns a word without the elided article or preposition it
// opens with ("d'une" → "une", "dell'" → ""), as the lexicon lists them.
func (r *rules) elided(w string) string {
	w = strings.ReplaceAll(w, "’", "'")
	for _, el := range r.elisions {
		if strings.HasPrefix(w, el) && len(w) > len(el) {
			return w[len(el):]
		}
	}
	return w
}

// opensComplement reports whether the words [from, k) right after a
// chance noun are only the article or preposition of its complement
// ("d'une", "of a", "op een"), ending in an article or genitive
// preposition: the word at k is the complement's, the event's.
func (r *rules) opensComplement(toks []kent.Token, from, k int) bool {
	if k <= from {
		return false
	}
	for m := from; m < k; m++ {
		w := r.elided(toks[m].Low)
		if !toks[m].Word || !(r.attributive[w] || r.genitivePreps[w] || r.genitivePreps[toks[m].Low] || r.function[w] || w == "") {
			return false
		}
	}
	w := r.elided(toks[k-1].Low)
	return r.attributive[w] || r.genitivePreps[w] || r.genitivePreps[toks[k-1].Low]
}
