// Package estimate finds estimative judgements — how likely someone says
// something is — and turns them into probability bands: "osannolikt",
// "very unlikely at the moment", "sehr unwahrscheinlich", "a one-in-three
// chance", "маловероятно". Each judgement keeps its cue, band (on the
// lexicons' default scale, ICD 203), point value, modifiers (negation, intensifiers, trend, time
// frame, condition, categorical forecast), its holder (from the quotes
// package attrib found) and its proposition: the clause it is about, with
// the entities and event concepts in it, so a question can tell whether it
// bears on it.
//
// Words and their bands are data, one lexicon file per language; the
// mechanism here is the same for all of them and moves bands only by the
// scale's operations (Mirror for a negation, Step for "very" and "fairly").
// Probabilities never leave [0, 1], and time is linear in the text.
//
// A negation is read once: the one a cue takes into its band ("will
// almost certainly not") is not its proposition's too; with negative
// concord (fr, it, es, Slavic) several negative words are one, and a
// French "ne"/"n'" negates only with the word that closes it. Denying an
// extreme ("not certain", "nie ma pewności", "not ruled out") leaves the
// question open: about even, weighted as stated uncertainty.
//
// The files: estimate.go reads sentences and fills in judgements;
// rules.go indexes a language's lexicon; modifiers.go has negation,
// intensifiers and degree words; numbers.go stated numbers, odds.go
// bookmakers' odds, shares.go shares of forecasters ("13 of 25
// economists expect"); forecasts.go categorical forecasts and expecting
// verbs; propositions.go what a judgement is about; holders.go and
// parseholder.go who holds it.
package estimate

import (
	"os"
	"slices"
	"strings"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/lexicon"
	"github.com/kentnews/kent/names"
	"github.com/kentnews/kent/tokens"
)

// Extractor finds judgements. It is safe for concurrent use.
type Extractor struct {
	rules   map[string]*rules
	def     *rules
	numbers *numbers
	// parse: read a holder from the dependency parse where the surface
	// names none (parseholder.go). On unless KENT_PARSE_FRAMES=off, so
	// both can be measured.
	parse bool
	// events: a holder from the speech events of the sentences whose
	// judgements have none (eventholders.go). Off unless
	// KENT_HOLDER_EVENTS=on, so both can be measured.
	events   eventReader
	useEvent bool
	lex      *lexicon.Set
}

// New builds an extractor from the lexicons; bands are on their default
// scale.
func New(lex *lexicon.Set) *Extractor {
	scale := lex.DefaultScale()
	x := &Extractor{rules: map[string]*rules{}, numbers: newNumbers(lex), parse: os.Getenv("KENT_PARSE_FRAMES") != "off", useEvent: os.Getenv("KENT_HOLDER_EVENTS") == "on", lex: lex}
	// Concepts that only turn another around (staying out, refusing) are
	// not borrowed from a previous sentence: "he has refused to send
	// troops. “We will not interfere”" says no once, not twice.
	polar, flips, key := map[string]bool{}, map[string]bool{}, map[string]bool{}
	rivals, counted := map[[2]string]bool{}, map[string]bool{}
	contest, lasts := map[string]bool{}, map[string]bool{}
	for _, ec := range lex.EventConcepts() {
		contest[ec.Name], lasts[ec.Name] = ec.Contest, ec.Lasts
	}
	for _, ec := range lex.EventConcepts() {
		// What a count decides: a race won or lost (earlyresults.go).
		counted[ec.Name] = ec.Contest || slices.ContainsFunc(ec.Opposites, func(o string) bool { return contest[o] })
		key[ec.Name] = ec.Key
		polar[ec.Name] = ec.Flips || ec.HasOpposite()
		flips[ec.Name] = ec.Flips
		for _, o := range ec.Opposites {
			rivals[[2]string{ec.Name, o}], rivals[[2]string{o, ec.Name}] = true, true
			for _, p := range ec.Opposites {
				if p != o {
					rivals[[2]string{o, p}] = true // held and cut, held and raised: cut and raised
				}
			}
		}
	}
	genders := names.NewInflector(lex)
	for _, c := range lex.Codes() {
		x.rules[c] = newRules(lex.Get(c), scale)
		x.rules[c].genders = genders
		x.rules[c].polar, x.rules[c].flips, x.rules[c].rivals, x.rules[c].key = polar, flips, rivals, key
		x.rules[c].counted, x.rules[c].lasts = counted, lasts
		x.rules[c].particles = set(lex.All().Names.Particles)
	}
	x.def = x.rules["en"]
	if x.def == nil {
		x.def = newRules(&lexicon.Language{}, scale)
	}
	return x
}

// Extract returns the judgements of an article in text order, the title's
// first (headlines.go). quotes are
// the article's quotes (package attrib): a judgement inside one is its
// speaker's.
func (x *Extractor) Extract(a *kent.Article, quotes []kent.Quote) []kent.Judgement {
	var out []kent.Judgement
	sent := 0
	var prev []kent.Token       // the previous sentence, for propositions that refer back
	var prev2 []kent.Token      // the one before it, for a pronoun after a sentence with no event
	var carry *kent.Speaker     // the holder of the latest stated number
	var back *kent.Speaker      // the holder named last, for "in his view"
	numeric := false            // the sentence before stated a probability
	var source *kent.Speaker    // the source the article named last ("according to Unibet")
	var names []named           // the names earlier sentences wrote, for descriptions
	var survey *kent.Speaker    // the survey the article named last, for its respondents
	backSent := -1              // the sentence that named back
	var mayHold []int           // sentences with a judgement no holder and words that may hold it
	var pan *panel              // the survey panel sized last (panel.go)
	var carried *kent.Speaker   // whose reported speech the sentence before ended with (carried.go)
	var prevJs []kent.Judgement // the judgements of the sentence before (echo.go)
	over := overlapping(quotes)
	bySent := tokens.Sentences(tokens.Of(a), len(a.SentenceSpans()))
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
			toks := bySent[sent]
			c := &sentence{a: a, r: r, toks: toks, prev: prev, prev2: prev2, samePara: si > 0, quotes: over(s.Span), cond: conditionSpans(r, toks), conc: concessiveSpans(r, toks), back: back}
			c.code = code
			if x.parse {
				c.lang = code
			}
			c.prevNumber = si > 0 && numeric
			c.prevOdds = si > 0 && hasOddsNoun(r, prev)
			c.source = source
			if si > 0 && !namesSpeaker(c.quotes, s.Span) {
				c.carried = carried
			}
			c.names, c.sent, c.backSent, c.survey = names, sent, backSent, survey
			if pan != nil && pan.left > 0 {
				c.panel = pan
			}
			if sv := c.surveyIn(); sv != nil {
				c.survey, survey, c.surveyHere = sv, sv, true
			}
			numeric = false
			nNew := 0
			used := false // a judgement took the carried holder
			if si == 0 {
				prevJs = nil
			}
			for _, j := range x.sentence(c) {
				echo(r, toks, &j, prevJs)
				nNew++
				j.Sentence, j.Language = sent, code
				if x.useEvent && j.Holder == nil && c.mayHold(len(toks)) {
					mayHold = append(mayHold, sent) // a name or group the speech events may make its holder
				}
				if c.carried != nil && j.Holder != nil && j.Holder.Name == c.carried.Name {
					used = true
				}
				carry = carryHolder(&j, carry)
				numeric = numeric || j.Scale == "numeric"
				out = append(out, j)
				if j.Holder != nil {
					back, backSent = j.Holder, sent
				}
			}
			for qi, q := range c.quotes {
				if q.Speaker != nil && q.Speaker.Name != "" && q.Span.End <= s.Span.End && !channel(c.quotes, qi) {
					back, backSent = q.Speaker, sent
					if a := c.addresseeOf(q.Speaker); a != nil {
						back = a // the speaker, not the paper addressed (addressee.go)
					}
				}
			}
			switch fs := framedSpeaker(c.quotes, s.Span, c.carriable); {
			case fs != nil:
				carried = fs
			case !used:
				carried = nil
			}
			if pan != nil {
				pan.left--
			}
			if pn := c.panelIn(x.numbers, out[len(out)-nNew:]); pn != nil {
				pan = pn
			}
			names = c.namesIn(trimNames(names, sent), sent)
			if h := c.namedSource(); h != nil {
				source = h
			}
			prev2, prev = prev, toks
			prevJs = out[len(out)-nNew:]
			sent++
		}
	}
	if x.useEvent {
		x.eventHolders(a, out, mayHold)
	}
	giveToWriter(out, x.writer(a, quotes)) // "… – pisze Jakub Gajda." (author.go)
	r := x.rules[a.Language]
	if r == nil {
		r = x.def
	}
	head, tail := x.headline(a)
	if h := newVoices(head, out, r, tail); len(h) > 0 {
		out = append(h, out...) // the title comes first (headlines.go)
	}
	out = slices.DeleteFunc(out, func(j kent.Judgement) bool { return advocacy(r, a.Text, j) })
	for i := range out {
		attributive(r, a.Text, &out[i])
		firmForecast(r, &out[i])
	}
	return out
}

// firmForecast keeps a categorical "will not" at its extreme: an unhedged
// forecast is banded one below the top (forecasts.go unhedged), but where
// its proposition turns out negative ("nie wejdzie", "wird nicht
// beitreten" read as a negated clause) it is a refusal of a change,
// firmer than a forecast of one, and keeps the top band of the negated
// clause (almost no chance of the event), as the brief pools it (question
// firmFor).
func firmForecast(r *rules, j *kent.Judgement) {
	if j.Categorical && j.Proposition.Negated && j.Band == r.scale.Highest().Step(-1).Name() {
		setBand(j, r.scale.Highest())
	}
}

func (x *Extractor) sentence(s *sentence) []kent.Judgement {
	var out, expects, forecasts, beliefs []kent.Judgement
	// occurs: occurrence forecasts (occurrence.go), kept beside another clause's hedge.
	var occurs, unnamed []kent.Judgement
	var light []int // words with a future ending the tagger must confirm, tried last
	s.light = &light
	bare := -1    // the first future without an event word (bareForecast)
	var imm []int // where imminent phrases' cues start (imminence.go)
	r, toks := s.r, s.toks
	if asks(toks) {
		return nil // "Will Belarus enter the war?", "Is a deal likely?": a question judges nothing
	}
	for i := 0; i < len(toks); i++ {
		if !toks[i].Word {
			continue
		}
		if b := r.blocked(toks, i); b > 0 {
			i += b - 1
			continue
		}
		e, ok := r.match(toks, i)
		if ok && e.kind == kModal && s.monthNotModal(i, e.n) {
			ok = false // "the May 14 vote": a month, not a possibility
		}
		if ok && e.kind == kBand && r.chance.Len(toks, i) > 0 {
			if _, from, to := degree(s.a.Text, r, toks, i); to > from {
				// "the chances are slim", "chances are low that …": the
				// degree word judges (below), not the idiom "chances are".
				ok = false
			}
		}
		if ok && r.seesChance(toks, i, e.n) {
			// "do not see any chance of a default": the denied chance
			// (degree, below) is the judgement, not the seeing words.
			ok = false
		}
		if ok && e.kind == kModal && e.n == 1 && i > 0 && toks[i-1].Word && r.infinitive.Len(toks, i-1) > 0 {
			// "nicht gewinnen zu können", "te kunnen": a modal verb in an
			// infinitive says what one is able or bound to do, no hedge.
			ok = false
		}
		if !ok {
			if j, from, to := degree(s.a.Text, r, toks, i); to > from {
				s.own = append(s.own[:0], negationsBefore(r, toks, from)...)
				out = append(out, s.finish(*j, from, to))
				i = to - 1
				continue
			}
			if j, n := x.numbers.numeric(s.a.Text, r, toks, i, s.prevNumber, s.prevOdds); n > 0 {
				out = append(out, s.finish(*j, i, i+n))
				i += n - 1
				continue
			}
			if j, n := s.expectation(i); n > 0 && !inside(s.cond, i) {
				expects = append(expects, s.refused(s.intentHolder(s.finish(*j, i, i+n), i, i+n), i))
				i += n - 1
				continue
			}
			if j, n, from, to := s.pick(i); n > 0 && !inside(s.cond, i) {
				expects = append(expects, s.pickedTime(s.finish(*j, i, i+n), from, to))
				i += n - 1
				continue
			}
			if j, from, to := s.readiness(i); to > from && !inside(s.cond, i) {
				expects = append(expects, s.finish(*j, from, to))
				i = to - 1
				continue
			}
			if j, n, ev := s.earlyResult(i); n > 0 && !inside(s.cond, i) {
				expects = append(expects, s.finishAt(*j, i, n, ev))
				i += n - 1
				continue
			}
			if h, n := s.heading(i); n > 0 && !inside(s.cond, i) {
				if j := s.finish(*h, i, i+n); spokenByName(j) {
					expects = append(expects, j)
					i += n - 1
					continue
				}
			}
			if j, n := s.belief(i); n > 0 && !inside(s.cond, i) {
				beliefs = append(beliefs, s.finish(*j, i, i+n))
				i += n - 1
				continue
			}
			if inside(s.conc, i) {
				continue // "даже если Байден снимет кандидатуру": conceded, not forecast
			}
			if o, n, byPronoun := s.occurrence(i); n > 0 && !inside(s.cond, i) {
				j := s.notSubject(s.finish(*o, i, i+n), i)
				// "this will not happen" after a sentence that names no
				// event ("the situation could change if the EU reformed its
				// budget"): what "this" is stays unknown, so it is no
				// forecast of its own; a belief holding it is still read
				// negated.
				if !byPronoun || len(j.Proposition.Events) > 0 {
					forecasts, occurs = append(forecasts, j), append(occurs, j)
				} else {
					unnamed = append(unnamed, j)
				}
				i += n - 1
				continue
			}
			if j, n := s.forecast(i); n > 0 && !inside(s.cond, i) {
				forecasts = append(forecasts, s.finish(*j, i, i+n))
				i += n - 1
			} else if bare < 0 && !inside(s.cond, i) && r.bareFuture(toks, i) > 0 {
				bare = i
			}
			continue
		}
		end := i + e.n
		if inside(s.cond, i) {
			i = end - 1
			continue // words inside "if …" belong to the condition
		}
		if s.bareBelief(i, end) {
			i = end - 1
			continue // "„Ich glaube“, sagte Müller": a belief with nothing believed
		}
		if e.kind == kBand && s.askedDegree(i) {
			i = end - 1
			continue // "wog ab, wie wahrscheinlich ein solcher Schritt ist": asks how likely
		}
		if e.imminent {
			imm = append(imm, toks[i].Start)
		}
		out = append(out, s.finish(s.words(e, i, end), i, end))
		i = end - 1
	}
	out = hedgedCues(r, toks, s.a.Text, out) // "probably impossible": one judgement
	out = deniedPossibility(r, toks, out)    // "I don't think there can be elections"
	out = s.unheldEmbedded(governedImminence(out, imm, expects, beliefs, forecasts), imm)
	if !hasNumeric(out) {
		// A share of forecasters says more than their expecting verb
		// ("two-thirds of economists expect", "20 z 25 ekonomistów
		// spodziewa się"): it is the sentence's judgement.
		if js := s.shareJudgements(x.numbers); len(js) > 0 {
			out = js
		}
	}
	if !hasNumeric(out) && !judgesEvent(out, "recession") {
		// A figure for the economy is an institute's judgement of a
		// recession, besides a hedge that names none ("может сократиться
		// на 0,7%"); one that does ("anticipe une récession … avec une
		// contraction de 0,4 %") is the sentence's judgement already.
		if j, ok := s.growthFigure(); ok {
			out = append(out, j)
		}
	}
	// An expecting verb or a plain "will" counts only where no hedge
	// speaks for its clause: in "unlikely that Belarus will mobilise" the
	// forecast is the hedge's; in "economists expect the ECB will cut"
	// the expectation's; an expectation in another clause is its own
	// (clauses.go).
	out = append(out, otherClauses(out, expects)...)
	if len(out) == 0 {
		out = beliefHolders(forecasts, beliefs)
	}
	for _, i := range light {
		if len(out) > 0 {
			break
		}
		if j, n := s.taggedForecast(i); n > 0 {
			out = beliefHolders(append(out, s.finish(j, i, i+n)), beliefs)
		}
	}
	if len(out) == 0 {
		// A belief verb is the judgement only where its forecast is not
		// one already: "ten think the ECB will start cutting" is read at
		// "will" when the lexicon knows the event, at "think" otherwise.
		out = beliefs
	}
	out = unhedged(out, occurs, beliefs, r.scale.Lowest().Name())
	negateCovering(out, unnamed, r.scale.Lowest().Name())
	if len(out) == 0 || len(out) == 1 && out[0].Categorical && !out[0].Negated {
		// "will be given in the coming days" (imminence.go); a bare
		// categorical future with the near time ("wird in den nächsten
		// Tagen beginnen") is that time's forecast, not a certainty.
		if j, ok := s.imminentTime(); ok {
			out = []kent.Judgement{j}
		}
	}
	if len(out) == 0 && bare >= 0 {
		if j, ok := s.bareForecast(bare); ok {
			out = append(out, j)
		}
	}
	return s.answered(s.believed(out))
}

// finish fills what every judgement needs: trend, time frame, condition,
// holder and proposition.
func (s *sentence) finish(j kent.Judgement, i, end int) kent.Judgement {
	r, toks, text := s.r, s.toks, s.a.Text
	for k := max(0, i-3); k < end; k++ {
		if r.trendUp.Len(toks, k) > 0 {
			j.Trend = "up"
		}
		if r.trendDown.Len(toks, k) > 0 {
			j.Trend = "down"
		}
	}
	for k := range toks {
		if !toks[k].Word {
			continue
		}
		if n := r.timeframes.Len(toks, k); n > 0 && (j.TimeFrame == "" || k-i < 6 && i-k < 6) {
			j.TimeFrame = text[toks[k].Start:toks[k+n-1].End]
		}
	}
	if j.TimeFrame == "" {
		j.TimeFrame = s.yearBound(i)
	}
	if m := s.pastMarker(i, end); m != "" {
		j.Past = true
		if j.TimeFrame == "" {
			j.TimeFrame = "earlier expectation (" + m + ")"
		}
	}
	cond := s.condsOf(j, i, end)
	for _, c := range cond {
		if c[0] < i || c[0] >= end {
			// The text starts after the whole marker: "sei denn" of
			// "es sei denn", "länge" of "så länge" are not the condition.
			if from, to := c[0]+max(1, r.conditional.Len(toks, c[0])), c[1]; to > from {
				j.Condition = text[toks[from].Start:toks[to-1].End]
			}
			break
		}
	}
	j.Holder = s.someone(holder(s.quotes, j.CueSpan))
	if a := s.addresseeOf(j.Holder); a != nil {
		j.Holder = a // "Иван Петров в беседе с «МК» считает, что …": not the paper (addressee.go)
	}
	if j.Holder == nil {
		j.Holder = s.someone(s.sentenceHolder(i, end))
	}
	if j.Holder == nil && j.Scale == "numeric" && (s.prevOdds || s.prevNumber) && len(s.prev) > 0 {
		// A figure going on from the sentence before is held by whom that
		// sentence names: "enligt Unibets odds. Trump står nu i 1,85".
		before := &sentence{a: s.a, r: r, toks: s.prev}
		j.Holder = before.sentenceHolder(len(s.prev)-1, len(s.prev))
		if j.Holder != nil && s.back != nil && s.backSent == s.sent-1 && s.prevNumber {
			// The holder of the figure before, as it was resolved there
			// ("the market" → Polymarket).
			h := *s.back
			j.Holder = &h
		}
	}
	if j.Holder == nil && j.Scale == "numeric" && s.source != nil {
		// A figure is seldom the reporter's own: it is the source's the
		// article named ("enligt Unibets odds … 51 procents sannolikhet").
		h := *s.source
		j.Holder = &h
	}
	if j.Holder == nil {
		j.Holder = s.someone(s.parsedHolder(i, end))
	}
	framed := false
	if j.Holder == nil {
		j.Holder, framed = s.cueVerbHolder(i, end) // "les diplomates les plus optimistes tablaient sur", "…, versichern Vertraute" (verbsubject.go)
	}
	if j.Holder == nil && j.Scale == "numeric" && hasOddsNoun(r, toks) {
		j.Holder = s.oddsHolder() // "Les bookmakers donnent Trump à 1,53", "Trump is 4/7 with bookmakers"
	}
	if j.Holder == nil && s.carried != nil {
		h := *s.carried // "…, the institute says. Russian forces likely intend …"
		j.Holder = &h
	}
	if c := s.citedHolder(j.Holder, i, end); c != nil {
		j.Holder, framed = c, false // "…, Reuters reported, citing three officials" (citing.go)
	}
	if !framed {
		j.Holder = s.someone(j.Holder)
	}
	j.Holder = s.resolve(j.Holder)
	if j.Scale == "numeric" {
		j.Holder = s.eachHolder(j.Holder, j.CueSpan) // "Polymarket and Kalshi put it at 69% and 67%" (respectively.go)
	}
	if j.Holder != nil && strings.HasPrefix(j.Cue, j.Holder.Name+" ") {
		j.Holder = nil // the cue's own words ("Никто не сомневается", "Ingen tvivlar på") hold nothing
	}
	if s.survey != nil && (s.respondents(j.Holder) || s.surveyHere && (j.Holder == nil || s.shareOfHolder(j.Holder))) {
		// The survey holds its respondents' answers, and a finding
		// reported in the sentence that names it: "Einer Reuters-Umfrage
		// zufolge ist April der wahrscheinlichste Zeitpunkt".
		h := *s.survey
		j.Holder = &h
	}
	if len(toks) > 0 {
		j.Words = text[toks[0].Start:toks[len(toks)-1].End]
	}
	level, _ := r.scale.Band(j.Band)
	j.Proposition = proposition(s.a, r, toks, s.prev, s.samePara, i, end, cond, s.own, j.CueSpan, level.Side() > 0)
	if p, ok := s.backTwo(i, end, cond, j); ok {
		j.Proposition = p
	}
	s.own = s.own[:0]
	j.Value, j.Low, j.High = clamp(j.Value), clamp(j.Low), clamp(j.High)
	return j
}

// channel reports whether quote i only passes on another: its words take
// in a whole quote with a speaker of its own ("… , President Trump
// confirmed, Reuters reported"), so a pronoun after it stands for that
// speaker, not for the agency.
func channel(quotes []kent.Quote, i int) bool {
	q := quotes[i]
	for k, p := range quotes {
		if k != i && p.Speaker != nil && p.Speaker.Name != "" && p.Speaker.Name != q.Speaker.Name &&
			p.Span.Start >= q.Span.Start && p.Span.End <= q.Span.End && p.Span.Len() < q.Span.Len() {
			return true
		}
	}
	return false
}

// yearReach is how many tokens from the cue a year bound may stand.
const yearReach = 15

func abs(n int) int { return max(n, -n) }

// clamp keeps every probability Kent reports inside [0, 1].
func clamp(p float64) float64 { return max(0, min(1, p)) }

// beliefSpan is how many bytes after a belief verb a forecast it holds
// may start.
const beliefSpan = 160
