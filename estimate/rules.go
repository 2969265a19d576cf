package estimate

import (
	"slices"
	"strings"
	"sync"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/lexicon"
	"github.com/kentnews/kent/names"
	"github.com/kentnews/kent/tokens"
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
	// imminent: an imminent phrase (imminence.go), which a hedge before
	// it in its sentence governs.
	imminent bool
}

// phraseIndex finds one list's phrases; quote marks may stand between
// their words (inom en ”överskådlig framtid”).
type phraseIndex = *tokens.Phrases

func newPhraseIndex(list []string) phraseIndex { return tokens.NewPhrases(list, true) }

// rules are one language's lexicon, indexed for matching.
type rules struct {
	genders                         *names.Inflector // a person's gender from the name (pronoungender.go)
	scale                           *kent.Scale      // the lexicon's bands are on it
	entries                         *tokens.Index[entry]
	negators, intensifiers, down    phraseIndex
	negSuffixes                     []string // "n't": a word ending so is a negation
	negClitics                      []string // "ne", "n'": a negation only with the "pas" that closes it
	concord                         bool     // several negations in a clause are one (fr, it, es, Slavic)
	trendUp, trendDown, conditional phraseIndex
	timeframes, complementizers     phraseIndex
	whether                         phraseIndex // ob, whether: a clause it opens asks, it does not forecast
	timePreps                       phraseIndex // by, bis, do, к: before a year, a time bound
	timePosts                       phraseIndex // mennessä: after a year, the end of its bound
	infinitive                      phraseIndex
	chance, percent                 phraseIndex
	low, high, probability          phraseIndex
	interrogatives, blockers        phraseIndex
	teasers                         phraseIndex     // here's, so, voici: after a title's question, no answer (headlines.go)
	denials                         phraseIndex     // no, kein, pas de: opening a title before an event noun (headlines.go)
	verbBlockers                    phraseIndex     // attribution.blockers: "zapowiada się", "think tank": a reporting verb that reports nothing
	neverSo                         phraseIndex     // never been so, noch nie so: a negation that compares (comparativeNever)
	notOnly                         phraseIndex     // not only, nicht nur: a negation that focuses (comparativeNever)
	picks, orLater                  phraseIndex     // chose, tippten auf; or later, oder später: a forecaster's pick of a time (picks.go)
	months                          map[string]bool // month words: what a pick may name
	conjunctions                    map[string]bool // and, und, i: may follow a picked time
	adversatives                    map[string]bool // but, men, но: open a clause of their own
	growth                          growthRules     // GDP, shrink, growth: a growth figure's judgement of a recession (growth.go)
	events                          *lexicon.EventIndex
	// compounds: the language writes compound nouns as one word, so a
	// word's head may name its event family (lexicon.EventIndex.HeadsOf).
	compounds bool
	// nounsCap: every noun has a capital (German), so a capital inside a
	// sentence does not mark a name.
	nounsCap                        bool
	polar                           map[string]bool    // concepts that turn another around
	flips                           map[string]bool    // of them, those that only govern another (refuse, veto)
	key                             map[string]bool    // key families: a predicate of a judgement on its own (lexicon event_concepts key)
	rivals                          map[[2]string]bool // families that exclude each other: opposites, or two a third one opposes (rate-cut, rate-raise)
	future                          phraseIndex        // will, wird, kommer att: with an event word, a forecast
	futureReceive                   phraseIndex        // отримає, получит, otrzyma: receiving, which may begin its event's form
	expect                          phraseIndex        // expects, rechnet mit: with an event word, a likely forecast
	agentPreps                      phraseIndex        // by, von, av, przez: the agent of a passive ("is expected … by analysts")
	intent                          phraseIndex        // intends to, zamierza, намерен: read like expect; their subject holds them when no one reports them (intents.go)
	intentNeg                       phraseIndex        // has no intention of, hat nicht vor: an intending verb with its negation inside (intents.go)
	ownCountry                      phraseIndex        // his country, son pays: the speaker's country as an intention's actor (intents.go)
	firm                            phraseIndex        // fully, fest, твердо: next to an expecting verb, very likely (forecasts.go)
	unanimous                       phraseIndex        // unanimously, einhellig, all'unanimità: next to an expecting verb, almost certain (forecasts.go)
	heading                         phraseIndex        // heading into, gehen in: with an event word, a named speaker's very likely forecast (heading.go)
	earlyResults                    phraseIndex        // exit polls, первые данные: with a win or loss in the sentence, who is winning (earlyresults.go)
	counted                         map[string]bool    // event concepts a count decides: a race won or lost
	occurrence                      phraseIndex        // will take place, пройдёт: after an event word, a categorical forecast (occurrence.go)
	happening                       phraseIndex        // will come true, stanie się: the same after a pronoun for an event only (occurrence.go)
	imminentTimes                   phraseIndex        // in the coming days, в ближайшее время: with a future, a very likely forecast (imminence.go)
	ready                           readyRules         // braced for, auf … eingestellt: with an event word, a very likely one (readiness.go)
	beliefs                         phraseIndex        // think, pensent, считает: with a forecast in their clause, a likely one
	pastAux                         phraseIndex        // war, wurde: a belief's clause about the past
	inserted                        phraseIndex        // however, jedoch: read through inside a cue (match)
	hasInserted                     bool
	raising, lowering, seeing, even phraseIndex     // raise, sinkt; see (denied); even: with a chance noun (modifiers.go)
	necessity                       phraseIndex     // must, brauchen, нужно: advocacy after a cue (advocacy.go)
	ifObjects                       phraseIndex     // would be surprised, wäre keine Überraschung: the "if" clause after is what they judge
	genitivePreps                   map[string]bool // of, de, von: after a chance noun, what follows is its event (modifiers.go)
	attributive, possible           map[string]bool // sa, un, ett before possible, possibile, möjliga: attributive (advocacy.go)
	none                            phraseIndex     // near zero, nära noll: with a probability noun, almost no chance
	certainty                       phraseIndex     // sure, pewna, sicher: after a percentage, a probability
	hasCertainty                    bool
	// presentFuture: a that-clause after a belief verb speaks of the
	// future in the present tense (de, nl, and a language without future
	// auxiliaries, fi).
	presentFuture                   bool
	futureSuffixes                  []string    // -ará, -erà: an event word in the future
	reportedFuture                  phraseIndex // would, würde, skulle: a future only in reported speech (reported.go)
	reportedSuffixes                []string    // -rait, -ría, -rebbe: the same, synthetic
	futureTagged                    bool        // the tagger confirms a future ending (Slavic perfective presents)
	verbProbe                       string      // on, он: a pronoun before which a misread perfective is tagged again (forecasts.go)
	probed                          *sync.Map   // form → whether it reads as a verb after verbProbe: the tagger's answer for a form alone never changes
	infinitiveEndings               []string    // -ć, -ть: the lemma's ending that makes that reading a verb's
	concessives, clauseConditionals phraseIndex
	insertions                      phraseIndex            // "including", "inräknat": a parenthetical a condition runs through
	privatives                      phraseIndex            // "without", "ohne", "без": deny the event noun they govern
	persist                         []string               // stems of "hold", "продержаться": a verb that says the event named before it lasts
	lasts                           map[string]bool        // concepts whose holding is the event (lexicon lasts: a ceasefire)
	wishes                          phraseIndex            // "hoped that", "hoffte, dass": a future in the clause they govern is a hope
	sources, reporting, estimating  phraseIndex            // according to; said; gave, expects: what names a holder outside quotes
	groups                          phraseIndex            // analysts, economists: a holder without a name
	citing                          phraseIndex            // citing, со ссылкой на: the one cited holds what the reporter passes on (citing.go)
	passiveAux                      map[string]bool        // werden, бути: lemmas of the auxiliaries of the passive (passivecue.go)
	pronounSources                  phraseIndex            // in his view, selon lui: the holder named last
	showing                         phraseIndex            // shows, zeigt, wynika, показал: a proxy's finding (proxyshows.go)
	verbFinal                       bool                   // the infinitive closes a future's clause (de, nl)
	verbSecond                      bool                   // V2: after a fronted phrase the subject follows the verb (de, nl, sv)
	chanceHeads, probabilityHeads   []string               // one-word chance nouns that end a compound (de, nl, sv)
	elisions                        []string               // l', n', dell': cut off an event word before matching
	infixes                         []string               // de "zu" inside "zurückzutreten": cut out of an event word before matching
	oddsNouns                       phraseIndex            // odds, Quote, kurs: a sentence of bookmakers' odds
	shareGroups, shareVerbs         phraseIndex            // economists, Ökonomen; chose, nannten: a share of forecasters (shares.go)
	ratioWords                      phraseIndex            // sur, von, of: between a count and its total
	shares                          *tokens.Index[float64] // half, two-thirds
	hasShares                       bool
	pastBefore, pastAfter           phraseIndex     // had, previously; hatten, zuvor: an expectation held before
	connectors, function            map[string]bool // words inside names (of, for); the commonest words
	affPreps                        map[string]bool // before a person's affiliation: of, at, von, z (holders.go)
	particles                       map[string]bool // von, de, van: lower-case words inside surnames (all.yaml), every language's
	hold                            *holderRules    // holders across sentences (antecedents.go)
}

func newRules(l *lexicon.Language, scale *kent.Scale) *rules {
	e := l.Estimative
	r := &rules{scale: scale, entries: &tokens.Index[entry]{SkipQuotes: true}, events: lexicon.NewEventIndex(l.Events).SkipBetween(l.EventFillers).Except(l.EventIdioms).SkipAlso(placeWord), negSuffixes: e.NegatorSuffixes}
	r.concord = e.NegativeConcord
	for _, c := range e.NegatorClitics {
		r.negClitics = append(r.negClitics, strings.ReplaceAll(c, "’", "'"))
	}
	// Intending verbs first: a band or categorical phrase that is one,
	// negated ("nie zamierza", "no plans to"), is read as the intention
	// (intentPhrase).
	r.negators = newPhraseIndex(e.Negators)
	r.intent = newPhraseIndex(append(append([]string{}, e.IntentVerbs...), e.IntentNegated...))
	r.intentNeg = newPhraseIndex(e.IntentNegated)
	r.ownCountry = newPhraseIndex(e.OwnCountry)
	intents := newIntentWords(append(append([]string{}, e.IntentVerbs...), e.IntentNegated...))
	add := func(s string, en entry) {
		en.words = tokens.PhraseWords(s)
		if (en.kind == kBand || en.kind == kCategorical) && r.intentPhrase(en.words, intents) {
			return
		}
		r.entries.AddWords(en.words, en)
	}
	// Imminent phrases first: where a band list has one too ("imminent"),
	// the first added wins, and it is read as imminence.
	for _, s := range e.Imminent {
		add(s, entry{kind: kBand, band: imminentBand(scale), imminent: true})
	}
	// Possibilities and stated uncertainty before the bands: a phrase a
	// language lists both as a bare possibility or stated uncertainty
	// and under a band ("trudno powiedzieć", "трудно сказать", "może")
	// is read as the possibility, weighted as one when pooled, as its
	// equivalents in the other languages are ("hard to say", "schwer zu
	// sagen"): saying one cannot tell is no estimate of even odds.
	for _, s := range e.Modals {
		add(s, entry{kind: kModal, band: scale.Middle()}) // a bare possibility: even
	}
	for _, b := range scale.Bands() {
		for _, s := range e.Bands[b.Name()] {
			add(s, entry{kind: kBand, band: b, value: e.Values[s]})
		}
	}
	for _, s := range e.Categorical {
		add(s, entry{kind: kCategorical})
	}
	for _, s := range e.NoEvidence {
		add(s, entry{kind: kNoEvidence})
	}
	idx := newPhraseIndex
	r.intensifiers, r.down = idx(e.Intensifiers), idx(e.Downtoners)
	r.firm = idx(e.FirmExpectation)
	r.unanimous = idx(e.UnanimousExpectation)
	r.trendUp, r.trendDown, r.conditional = idx(e.TrendUp), idx(e.TrendDown), idx(e.Conditionals)
	r.timeframes, r.complementizers = idx(e.Timeframes), idx(e.Complementizers)
	r.whether = idx(e.Whether)
	r.adversatives = set(e.Adversatives)
	r.necessity = idx(e.Necessity)
	r.ifObjects = idx(e.IfObjects)
	r.genitivePreps = set(e.GenitivePreps)
	r.attributive, r.possible = set(e.AttributiveBefore), set(e.PossibilityAdjectives)
	r.timePreps, r.timePosts = idx(e.TimePrepositions), idx(e.TimePostpositions)
	r.infinitive = idx(e.Infinitive)
	r.chance, r.percent = idx(e.ChanceNouns), idx(e.Percent)
	r.low, r.high, r.probability = idx(e.DegreeLow), idx(e.DegreeHigh), idx(e.ProbabilityNouns)
	r.interrogatives, r.blockers = idx(e.Interrogatives), idx(e.Blockers)
	r.teasers = idx(e.HeadlineTeasers)
	r.denials = idx(e.HeadlineDenials)
	r.neverSo, r.notOnly = idx(e.ComparativeNever), idx(e.NotOnly)
	gf := e.GrowthForecast
	r.growth = growthRules{economy: gf.Economy, down: gf.Down, up: gf.Up, forecast: gf.Forecast, past: newPhraseIndex(gf.Past)}
	r.picks, r.orLater, r.months, r.conjunctions = idx(e.PickVerbs), idx(e.OrLater), set(l.Months), set(l.Conjunctions)
	r.future, r.futureSuffixes, r.futureTagged = idx(slices.Concat(e.Future, e.FutureReceive, e.FutureRefuse)), e.FutureSuffixes, e.FutureTagged
	r.futureReceive = idx(e.FutureReceive)
	r.reportedFuture, r.reportedSuffixes = idx(e.ReportedFuture), e.ReportedFutureSuffixes
	r.verbProbe, r.infinitiveEndings, r.probed = e.VerbProbe, e.InfinitiveEndings, &sync.Map{}
	r.expect = idx(e.ExpectVerbs)
	r.agentPreps = idx(l.Attribution.AgentPreps)
	r.ready = newReadyRules(e.Readiness)
	r.heading = idx(e.Heading)
	r.earlyResults = idx(e.EarlyResults)
	r.occurrence = idx(e.Occurrence)
	r.happening = idx(e.Happening)
	r.imminentTimes = idx(e.ImminentTimes)
	r.beliefs, r.none, r.certainty = idx(e.BeliefVerbs), idx(e.DegreeNone), idx(e.CertaintyWords)
	r.pastAux = idx(e.PastAuxiliaries)
	r.raising, r.lowering, r.seeing, r.even = idx(e.Raising), idx(e.Lowering), idx(e.SeeingVerbs), idx(e.DegreeEven)
	r.inserted, r.hasInserted = idx(e.Inserted), len(e.Inserted) > 0
	r.hasCertainty = len(e.CertaintyWords) > 0
	r.presentFuture = e.VerbFinal || len(e.Future) == 0
	for _, el := range e.Elisions {
		r.elisions = append(r.elisions, strings.ReplaceAll(el, "’", "'"))
	}
	r.concessives, r.clauseConditionals = idx(e.Concessives), idx(e.ClauseConditionals)
	r.insertions, r.privatives, r.wishes = idx(e.Insertions), idx(e.Privatives), idx(e.WishVerbs)
	r.infixes = e.InfinitiveInfix
	r.persist = l.EventPersistVerbs
	at := l.Attribution
	r.sources, r.reporting, r.estimating, r.groups = idx(at.Sources), idx(at.Verbs), idx(e.EstimatingVerbs), idx(append(append([]string{}, at.Groups...), e.HolderGroups...))
	r.connectors, r.function = set(at.Connectors), set(l.FunctionWords)
	r.affPreps = set(at.AffiliationPreps)
	r.verbBlockers = idx(at.Blockers)
	r.citing = idx(at.Citing)
	r.passiveAux = set(at.PassiveAuxiliaries)
	r.oddsNouns = idx(e.OddsNouns)
	r.pastBefore, r.pastAfter = idx(e.PastMarkers), idx(e.PastMarkersAfter)
	r.shareGroups, r.shareVerbs, r.ratioWords = idx(e.ShareGroups), idx(e.ShareVerbs), idx(e.RatioWords)
	r.shares, r.hasShares = &tokens.Index[float64]{}, len(e.ShareGroups) > 0
	for w, v := range e.Shares {
		r.shares.Add(w, v)
	}
	for _, w := range e.NoneShares {
		r.shares.Add(w, 0) // "none of the economists surveyed saw …": a share of zero
	}
	r.pronounSources, r.verbFinal, r.verbSecond = idx(e.PronounSources), e.VerbFinal, at.VerbSecond
	r.showing = idx(e.ShowingVerbs)
	r.hold = newHolderRules(l)
	r.compounds, r.nounsCap = e.Compounds, at.NounsCapitalised
	if e.Compounds {
		r.chanceHeads, r.probabilityHeads = oneWord(e.ChanceNouns), oneWord(e.ProbabilityNouns)
	}
	return r
}

// intentPhrase reports whether a band or categorical phrase is an
// intending verb with a negation: the phrase without its negators ends
// with an intending verb ("nie zamierza", "no plans to", "does not plan
// to", "не планує"), or it is a negated intending verb or the start of one
// ("не має наміру", "planerar inte" of "planerar inte att"). Such a phrase
// is read by the intending verb (expectation, intents.go): a denied
// intention is one band, unlikely, held by its subject or its reporter,
// in every language. An impersonal phrase ("не планируется", "nie ma
// planów") ends with no intending verb and keeps its band.
func (r *rules) intentPhrase(words []string, intents []intentWords) bool {
	var rest []string
	negated := false
	for _, w := range words {
		t := []kent.Token{{Low: w, Word: true}}
		if r.negators.Len(t, 0) == 1 || tokens.HasNegativeEnding(w, r.negSuffixes) {
			negated = true
			continue
		}
		rest = append(rest, w)
	}
	if !negated {
		return false // both readings below need a negator
	}
	joined := " " + strings.Join(words, " ") + " "
	for _, v := range intents {
		if len(v.words) == 0 {
			continue
		}
		if len(rest) >= len(v.words) && strings.Join(rest[len(rest)-len(v.words):], " ") == v.joined {
			return true
		}
		if len(words) >= 2 && strings.HasPrefix(" "+v.joined+" ", joined) && r.intentNeg.Len(wordTokens(v.words), 0) == len(v.words) {
			return true // "planerar inte" of "planerar inte att"
		}
	}
	return false
}

// intentWords is an intending verb's phrase split into words once, for
// intentPhrase, which compares every lexicon phrase with every intending
// verb when the rules are built: splitting them anew each time was most
// of building a language's rules.
type intentWords struct {
	words  []string
	joined string // words joined by spaces
}

func newIntentWords(phrases []string) []intentWords {
	out := make([]intentWords, len(phrases))
	for k, v := range phrases {
		out[k].words = tokens.PhraseWords(v)
		out[k].joined = strings.Join(out[k].words, " ")
	}
	return out
}

// judgesIf reports whether the cue at tokens [i, end) ends with one that
// judges the conditional clause after it ("I would be surprised", "wäre
// keine Überraschung"): that clause is what it is about, no condition.
func (r *rules) judgesIf(toks []kent.Token, i, end int) bool {
	for k := i; k < end; k++ {
		if r.ifObjects.Len(toks, k) == end-k {
			return true
		}
	}
	return false
}

// wordTokens makes tokens of lower-case words, for matching a phrase index.
func wordTokens(ws []string) []kent.Token {
	t := make([]kent.Token, len(ws))
	for k, w := range ws {
		t[k] = kent.Token{Low: w, Word: true}
	}
	return t
}

// match returns the entry at toks[i] with the most words.
func (r *rules) match(toks []kent.Token, i int) (entry, bool) {
	n, e := r.entries.Match(toks, i)
	e.n = n
	if r.hasInserted {
		if f, ok := r.matchThrough(toks, i); ok && f.n > n {
			return f, true
		}
	}
	return e, n > 0
}

// insertedReach is how many words after a cue's first one an inserted
// adverb may stand: "do not, however, see", "I do not, though, expect".
const insertedReach = 3

// matchThrough reads a cue at i through one inserted discourse adverb
// with its commas ("we do not, however, see the tariffs …", "emme
// kuitenkaan usko"): the adverb qualifies the sentence, not the cue. The
// cue must go on past the adverb; its length counts the adverb's tokens.
func (r *rules) matchThrough(toks []kent.Token, i int) (entry, bool) {
	for p := i + 1; p < len(toks) && p <= i+insertedReach; p++ {
		from, k := p, p
		if toks[k].Low == "," {
			k++
		}
		if k >= len(toks) || !toks[k].Word {
			continue
		}
		a := r.inserted.Len(toks, k)
		if a == 0 {
			continue
		}
		to := k + a
		if to < len(toks) && toks[to].Low == "," {
			to++
		}
		if (toks[from].Low == ",") != (toks[to-1].Low == ",") {
			continue // one comma only: "see, however" ends the cue
		}
		view := make([]kent.Token, 0, from-i+len(toks)-to)
		view = append(append(view, toks[i:from]...), toks[to:]...)
		n, e := r.entries.Match(view, 0)
		if n <= from-i {
			continue // the cue ends before the adverb
		}
		e.n = n + to - from
		return e, true
	}
	return entry{}, false
}

// blocked returns the length of an idiom at i in which an estimative word
// estimates nothing ("as soon as possible"), or 0.
func (r *rules) blocked(toks []kent.Token, i int) int {
	n := r.blockers.Len(toks, i)
	if n > 0 {
		if e, ok := r.match(toks, i); ok && e.n > n {
			return 0 // a longer cue holds the idiom: "jamais été aussi proches" is one
		}
	}
	return n
}

// negation reports whether toks[k] is or starts a negation: a negator of
// the lexicon or a word with a negative ending ("wouldn't").
func (r *rules) negation(toks []kent.Token, k int) bool {
	if r.negators.Len(toks, k) == 0 && !tokens.HasNegativeEnding(toks[k].Low, r.negSuffixes) {
		return false
	}
	return !r.comparativeNever(toks, k)
}

// comparativeNever reports whether the negation at k is inside a phrase
// that compares rather than denies ("noch nie so realistisch wie jetzt",
// "n'ont jamais été aussi bonnes"): the word after it holds, so it
// negates nothing. Only a found negation is checked, so the common path
// costs nothing.
// "Not only possible but likely" (notOnly) focuses as that phrase
// compares: what follows holds.
func (r *rules) comparativeNever(toks []kent.Token, k int) bool {
	for b := k; b >= 0 && b >= k-3; b-- {
		if n := r.neverSo.Len(toks, b); n > 0 && b+n > k {
			return true
		}
		if n := r.notOnly.Len(toks, b); n > 0 && b+n > k {
			return true
		}
	}
	return false
}

// clitic reports whether toks[k] is a negation clitic ("ne", "n'est"):
// the negator that closes it ("pas", "plus", "jamais") is the negation.
func (r *rules) clitic(toks []kent.Token, k int) bool {
	if len(r.negClitics) == 0 {
		return false
	}
	w := strings.ReplaceAll(toks[k].Low, "’", "'")
	for _, c := range r.negClitics {
		if w == c || strings.HasSuffix(c, "'") && strings.HasPrefix(w, c) {
			return true
		}
	}
	return false
}

// isNegativePhrase reports whether a lexicon phrase says no itself: "will
// not", "won't".
func (r *rules) isNegativePhrase(ws []string) bool {
	toks := make([]kent.Token, len(ws))
	for k, w := range ws {
		toks[k] = kent.Token{Low: w, Word: true}
	}
	for k := range toks {
		if r.negation(toks, k) {
			return true
		}
	}
	return false
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
		if len(tokens.Words(w)) == 1 {
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
func nounAt(p phraseIndex, heads []string, toks []kent.Token, k int) bool {
	if p.Len(toks, k) > 0 {
		return true
	}
	w := toks[k].Low
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
	if v, ok := r.infixed(w); ok {
		return v
	}
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

// infixMinTail is how many letters an infinitive infix needs after it
// ("zu|treten"), so that a word with "zu" near its end is left alone.
const infixMinTail = 4

// infixed returns a separable verb's infinitive without its infix
// ("zurückzutreten" → "zurücktreten", "auszusteigen" → "aussteigen") and
// true; the word and false when it has none. The infix stands after a
// particle of two letters or more and before a verb ending in "n".
func (r *rules) infixed(w string) (string, bool) {
	for _, in := range r.infixes {
		p := strings.LastIndex(w, in)
		if p >= 2 && len(w)-p-len(in) >= infixMinTail && strings.HasSuffix(w, "n") {
			return w[:p] + w[p+len(in):], true
		}
	}
	return w, false
}

// seesChance reports whether the cue of n tokens at i holds a seeing verb
// ("do not see", "je ne vois pas") with a chance noun within the next
// three words: "do not see any chance of …" denies that chance, a
// judgement the chance noun's degree reading makes.
func (r *rules) seesChance(toks []kent.Token, i, n int) bool {
	sees := false
	for k := i; k < i+n && k < len(toks); k++ {
		if r.seeing.Len(toks, k) > 0 {
			sees = true
		}
	}
	if !sees {
		return false
	}
	for k := i + n; k < len(toks) && k < i+n+3; k++ {
		if !toks[k].Word {
			return false
		}
		if nounAt(r.chance, r.chanceHeads, toks, k) {
			return true
		}
	}
	return false
}
