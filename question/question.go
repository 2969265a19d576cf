// Package question reads a forecasting question as a frame — subject (a
// place, organisation or person, in any spelling), event family from the
// lexicon, optional object, polarity and time bound — and decides whether a
// judgement bears on it: the judgement's proposition must name the
// question's subject and its event family (an opposite or a refusal reads
// it inverted), not merely sit in a relevant article. It pools the
// judgements that do into an Outlook.
package question

import (
	"os"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/lexicon"
	"github.com/kentnews/kent/names"
)

// Question is what is asked, as a frame. A question file may set any part;
// what it leaves out is read from the text.
type Question struct {
	ID   string `json:"id,omitempty" yaml:"id"`
	Text string `json:"text" yaml:"text"`
	// Places are the places the question names, the key one (its subject,
	// when the subject is a place) first.
	Places []string `json:"places" yaml:"places"`
	// Concepts are the event concepts the question asks about: its family
	// and the legacy concepts (military, war, enter) its words use.
	Concepts []string `json:"concepts" yaml:"concepts"`
	// Subject is who or what the event would happen to or be done by.
	Subject *kent.FrameEntity `json:"subject,omitempty" yaml:"subject"`
	// Family is the event family asked about (membership, win, resign …).
	Family string `json:"family,omitempty" yaml:"family"`
	// Object is the second entity of the event, when there is one: the EU
	// one joins, the treaty one signs.
	Object *kent.FrameEntity `json:"object,omitempty" yaml:"object"`
	// Joint is set when subject and object do the event together, joined
	// by "and" before its verb ("Will Russia and Ukraine sign a peace
	// deal?"): a judgement that names either party is on it.
	Joint bool `json:"joint,omitempty" yaml:"joint"`
	// Negated is set when the question asks whether the event does not
	// happen ("Will X not join?"): P(yes) is then 1 − P(event).
	// Office is the office the question names its person by (president,
	// prime-minister, chancellor): an article may call the person so.
	Office    string `json:"office,omitempty" yaml:"office"`
	Negated   bool   `json:"negated,omitempty" yaml:"negated"`
	TimeBound string `json:"time_bound,omitempty" yaml:"time_bound"`
}

// Matcher parses questions and tests judgements against them.
type Matcher struct {
	places *lexicon.PlaceIndex
	cldr   map[string]string // lower-case country name in any of Kent's languages -> region code
	// cldrStems: the names and their stems, for inflected forms
	// ("Швейцарии", "Szwajcarii"; names.CountryStems).
	cldrStems map[string]string
	// cldrMulti: the same for names of two or three words ("united states").
	cldrMulti map[string]string
	// multiPlaces: the place stems of several words ("west bank",
	// "zachodni brzeg"), each word a prefix as in one-word stems.
	multiPlaces *lexicon.EventIndex
	// leaders and multiLeaders find the heads of state and government
	// (lexicon/places' CODE/leader keys), kept apart from the places: a
	// leader stands for the country only where a proposition is matched
	// with a country the question asks about ("Orbán will veto"); in a
	// question and beside a person asked about, a leader is a person.
	leaders *lexicon.PlaceIndex
	// asked are the acronyms that name a country only in a question and
	// in the propositions on it ("US", "UK": lexicon/places/asked.yaml).
	asked        map[string]string
	multiLeaders *lexicon.EventIndex
	orgs         *lexicon.OrgIndex
	events       *lexicon.EventIndex // every language's families at once
	// concepts are the declared event concepts in question order.
	concepts []lexicon.EventConcept
	byName   map[string]lexicon.EventConcept
	// function is the single function words of every language: not names.
	function map[string]bool
	// functionOf is each language's function words: what tells the
	// language of a question, which Parse is given none of.
	functionOf map[string]map[string]bool
	// negators are every language's single-word negators, with the
	// languages each negates in: what makes a question negative. A negator
	// that is another language's function word (Finnish "en", "et"; French
	// "en", "et") negates only a question known to be in its language.
	negators map[string][]string
	// causals are each language's words that open a question's clause of
	// cause, each split into words (mainClause).
	causals   map[string][][]string
	ambiguous map[string]bool
	// caseEndings are the name endings of every language by their last
	// letter, longest first: a country's name with one is that country
	// ("Taiwaniin", "Ranskassa"). Indexed so that a word costs a few
	// comparisons (judgement keys call placesOf for every word).
	caseEndings map[rune][]string
	timeframes  []string
	// connectors are every language's lower-case words inside an
	// institution's name (of, de, von, för): "Bank of Canada" is one
	// organisation Kent may not know.
	connectors map[string]bool
	// conj are every language's words for "and": two families a question
	// joins by one are both asked ("impeached and removed").
	conj map[string]bool
	// roles are title words (president, präsident, премьер) that may stand
	// before a person's name in a question; surnameFirst are family names
	// written first (Yoon Suk Yeol, Xi Jinping), all lower case.
	roles, surnameFirst map[string]bool
	// particles are the lower-case words inside surnames (le, von, de, ле):
	// "Marine Le Pen" is one person, keyed by Pen.
	particles map[string]bool
	// complementizers are each language's words that open a complement
	// clause (that, att, dass, że, что), lower case.
	complementizers map[string]map[string]bool
	// earlyResults are each language's phrases for exit polls and first
	// results, lower case: as a cue, a source, never the judged predicate
	// ("exit" of "exit polls" is no withdrawal).
	earlyResults map[string]map[string]bool
	// genitivePreps join an event noun to whose event it is ("of", "von").
	genitivePreps map[string]map[string]bool
	// compounds are the languages that write compound nouns as one word
	// (de, sv, fi, nl): there a noun's head names its event
	// ("Generalmobilmachung" is a mobilisation).
	compounds map[string]bool
	// ownerPreps are the genitive prepositions and those that say where
	// an event happens ("in"): a place after any other is a third party.
	ownerPreps map[string]map[string]bool
	// occurObjects are the objects of verbs that say an event happens
	// ("take effect", "avoir lieu", "mieć miejsce"), lower case: with
	// one, the subject's event is not acting on something (effect.go).
	occurObjects map[string]map[string]bool
	// centralBank finds the words for a central bank; bankOf is the country
	// each central bank of the organisation index serves.
	centralBank *lexicon.EventIndex
	bankOf      map[string]string
	// offices maps an office's words (lower case, space-joined) to it.
	offices map[string]string
	// home is the country a language's news means by an office or a
	// central bank named without one; bankIn the central bank of a country.
	home, bankIn map[string]string
	// preconditions are every language's phrases of being ready for an
	// event, as stems (lexicon: event_preconditions).
	preconditions [][]string
	// scopeVerbs are, by language, the stems of verbs that say what an
	// event takes in or that it lasts (lexicon: event_scope_verbs,
	// event_persist_verbs): neither is an effect of the event.
	scopeVerbs map[string][]string
	// persistVerbs are, by language, the stems of verbs of lasting alone
	// (lexicon: event_persist_verbs; lasting.go).
	persistVerbs map[string][]string
	// durationWords are, by language, words of how long (lexicon:
	// event_duration_words), whole lower-case words or phrases.
	durationWords map[string][]string
	// parliamentOf is the country of a national legislature's
	// organisation key (lexicon institutions: parliaments).
	parliamentOf map[string]string
	// nounAfter are, by language where nouns are capitalised (de), the
	// words after which a capitalised word is a noun ("in diesem Jahr").
	nounAfter map[string]map[string]bool
	// sources are every language's source markers ("according to",
	// "laut", "selon"), as lower-case word lists.
	sources [][]string
	// speech are every language's stems of verbs of saying ("счита",
	// "said"): a parse that makes one the judged predicate misread the
	// sentence, whose judgement is the quoted clause.
	speech []string
	// speechLemmas are every language's lemmas of verbs of saying and
	// thinking ("estimer", "ritenere"): a parse's judged predicate that is
	// one is the holder's verb, where the stems above miss it.
	speechLemmas map[string]bool
	// askers open indirect questions (asked.go).
	askers askers
	asIs   asIs
	// scale gives the pooled value its band and direction.
	scale *kent.Scale
	// ParseFrames reads a judgement's proposition from the dependency
	// parse of its sentence where the surface clause shares the question's
	// subject or family (parseframe.go). On by default; the environment
	// variable KENT_PARSE_FRAMES=off turns it off, to measure both.
	ParseFrames bool
	frames      frameCache
	// wordPlaces memoises placesOf: a brief asks it for every word of
	// every judgement it reads, several times over, and a store's
	// vocabulary is far smaller than its words.
	wordPlaces memo[[]string]
	// nameKeys memoises Keys' "n:" key of a word (surnameKey): ingest
	// asks it of every capitalised word of every judgement's sentence.
	nameKeys memo[string]
	// textConcepts memoises the event concepts of a text's words.
	conceptsOf memo[[]string]
	// anaphors find every language's nouns that stand for an event named
	// elsewhere ("this option", "the outcome"): see titleEvent.
	anaphors *lexicon.EventIndex
	// inflect gives a question's person name its base form ("Сирського"
	// → Сирський), so the surname key is the base's: article words are
	// matched by key prefix, and an inflected key is no prefix of the base.
	inflect *names.Inflector
	// notPerson are every language's head words of the names of
	// organisations, things and places (lower case): a capitalised run
	// with one ("Electoral College", "Supreme Court") names no person.
	notPerson map[string]bool
	// pronounGender: each language's pronouns that mark a man or a woman
	// (pronoungender.go).
	pronounGender pronounGenders
	// estimating: each language's verbs of estimating (holdingverb.go).
	estimating map[string]map[string]bool
	// parsed: the languages the build has a syntax model for (surfaceperson.go).
	parsed map[string]bool
	// selfEndings: each language's verb endings whose subject is the main
	// clause's (surfaceperson.go).
	selfEndings map[string][]string
}

// New returns a matcher over all lexicons.
func New(lex *lexicon.Set) (*Matcher, error) {
	p, err := lexicon.LoadPlaces()
	if err != nil {
		return nil, err
	}
	orgs, err := lexicon.LoadOrganisations()
	if err != nil {
		return nil, err
	}
	asked, err := lexicon.AskedAcronyms()
	if err != nil {
		return nil, err
	}
	lands := p.WithoutLeaders()
	m := &Matcher{places: lands.Index(), cldr: lexicon.CountryNames(lex.Codes()), cldrMulti: lexicon.MultiwordCountryNames(lex.Codes()), multiPlaces: lexicon.NewEventIndex(lands.Multiword()), orgs: orgs,
		leaders: p.Leaders().Index(), asked: asked, multiLeaders: lexicon.NewEventIndex(p.Leaders().Multiword()),
		concepts: lex.EventConcepts(), byName: map[string]lexicon.EventConcept{}, askers: newAskers(lex), asIs: newAsIs(lex),
		function: map[string]bool{}, functionOf: map[string]map[string]bool{}, negators: map[string][]string{}, ambiguous: map[string]bool{}, caseEndings: map[rune][]string{}, scale: lex.DefaultScale(),
		conj: map[string]bool{}, connectors: map[string]bool{}, roles: map[string]bool{}, speechLemmas: map[string]bool{}, surnameFirst: map[string]bool{}, notPerson: map[string]bool{},
		ParseFrames: os.Getenv("KENT_PARSE_FRAMES") != "off", inflect: names.NewInflector(lex), pronounGender: newPronounGenders(lex), estimating: estimatingVerbs(lex), parsed: withSyntax(), selfEndings: map[string][]string{}, scopeVerbs: map[string][]string{}}
	m.cldrStems = names.CountryStems(m.cldr)
	for _, c := range m.concepts {
		m.byName[c.Name] = c
	}
	all := map[string][]string{}
	var anaphors, fillers, idioms []string
	for _, c := range lex.Codes() {
		l := lex.Get(c)
		anaphors = append(anaphors, l.EventAnaphors...)
		if len(l.EventScopeVerbs)+len(l.EventPersistVerbs) > 0 {
			m.scopeVerbs[c] = append(slices.Clip(l.EventScopeVerbs), l.EventPersistVerbs...)
		}
		if len(l.EventPersistVerbs) > 0 {
			if m.persistVerbs == nil {
				m.persistVerbs = map[string][]string{}
			}
			m.persistVerbs[c] = l.EventPersistVerbs
		}
		if len(l.EventDurationWords) > 0 {
			if m.durationWords == nil {
				m.durationWords = map[string][]string{}
			}
			m.durationWords[c] = l.EventDurationWords
		}
		for _, ph := range l.EventPreconditions {
			m.preconditions = append(m.preconditions, strings.Fields(ph))
		}
		fillers = append(fillers, l.EventFillers...)
		idioms = append(idioms, l.EventIdioms...)
		for concept, stems := range l.Events {
			all[concept] = append(all[concept], stems...)
		}
		m.selfEndings[c] = l.SelfEndings
		for _, w := range l.QuestionCausals {
			if m.causals == nil {
				m.causals = map[string][][]string{}
			}
			m.causals[c] = append(m.causals[c], strings.Fields(strings.ToLower(w)))
		}
		m.functionOf[c] = map[string]bool{}
		for _, w := range l.FunctionWords {
			m.function[w] = true
			m.functionOf[c][w] = true
		}
		if m.complementizers == nil {
			m.complementizers = map[string]map[string]bool{}
		}
		m.complementizers[c] = map[string]bool{}
		for _, w := range l.Attribution.Complementizers {
			m.complementizers[c][w] = true
		}
		if m.earlyResults == nil {
			m.earlyResults = map[string]map[string]bool{}
		}
		m.earlyResults[c] = map[string]bool{}
		for _, w := range l.Estimative.EarlyResults {
			m.earlyResults[c][w] = true
		}
		if m.genitivePreps == nil {
			m.genitivePreps = map[string]map[string]bool{}
		}
		m.genitivePreps[c] = map[string]bool{}
		if l.Estimative.Compounds {
			if m.compounds == nil {
				m.compounds = map[string]bool{}
			}
			m.compounds[c] = true
		}
		for _, w := range l.Estimative.GenitivePreps {
			m.genitivePreps[c][w] = true
		}
		if m.ownerPreps == nil {
			m.ownerPreps = map[string]map[string]bool{}
		}
		m.ownerPreps[c] = map[string]bool{}
		for _, w := range append(slices.Clone(l.Estimative.GenitivePreps), l.Estimative.OwnerPreps...) {
			m.ownerPreps[c][w] = true
		}
		if m.occurObjects == nil {
			m.occurObjects = map[string]map[string]bool{}
		}
		m.occurObjects[c] = map[string]bool{}
		for _, w := range l.Estimative.OccurObjects {
			m.occurObjects[c][w] = true
		}
		for _, w := range l.Estimative.Negators {
			if !strings.Contains(w, " ") && !strings.Contains(w, "'") {
				m.negators[w] = append(m.negators[w], c)
			}
		}
		m.timeframes = append(m.timeframes, l.Estimative.Timeframes...)
		for _, e := range l.Names.Endings {
			last, _ := utf8.DecodeLastRuneInString(e.Form)
			if e.Base == "" && !slices.Contains(m.caseEndings[last], e.Form) {
				m.caseEndings[last] = append(m.caseEndings[last], e.Form)
			}
		}
		for _, w := range l.Conjunctions {
			m.conj[w] = true
		}
		for _, w := range l.Names.Connectors {
			m.connectors[w] = true
		}
		m.speech = append(m.speech, l.Names.Speech...)
		for _, w := range l.Attribution.SpeechLemmas {
			m.speechLemmas[w] = true
		}
		for _, w := range l.Attribution.Sources {
			m.sources = append(m.sources, strings.Fields(strings.ToLower(w)))
		}
		for _, list := range [][]string{l.Attribution.OrgWords, l.Names.Things, l.Names.PlaceWords} {
			for _, w := range list {
				m.notPerson[strings.ToLower(w)] = true
			}
		}
		for _, w := range l.Attribution.Roles {
			if !strings.Contains(w, " ") {
				m.roles[strings.ToLower(w)] = true
			}
		}
	}
	for w, langs := range m.negators {
		for _, c := range lex.Codes() {
			if l := lex.Get(c); !slices.Contains(langs, c) && slices.Contains(l.FunctionWords, w) {
				m.ambiguous[w] = true
			}
		}
	}
	for _, es := range m.caseEndings {
		slices.SortStableFunc(es, func(a, b string) int { return len(b) - len(a) })
	}
	if all := lex.All(); all != nil {
		for _, w := range all.Names.SurnameFirst {
			m.surnameFirst[strings.ToLower(w)] = true
		}
		m.particles = map[string]bool{}
		for _, w := range all.Names.Particles {
			m.particles[w] = true
		}
		m.centralBank = lexicon.NewEventIndex(map[string][]string{"central-bank": all.Institutions.CentralBankWords})
		m.bankOf = all.Institutions.CentralBanks
		m.nounAfter = map[string]map[string]bool{}
		for _, c := range lex.Codes() {
			if l := lex.Get(c); l.Attribution.NounsCapitalised {
				m.nounAfter[c] = map[string]bool{}
				for _, a := range l.Names.Articles {
					m.nounAfter[c][a] = true
				}
			}
		}
		m.home, m.bankIn = all.Institutions.Home, map[string]string{}
		m.parliamentOf = all.Institutions.Parliaments
		for k, cc := range m.bankOf {
			m.bankIn[cc] = k
		}
		m.offices = map[string]string{}
		for office, ws := range all.Offices {
			for _, w := range ws {
				m.offices[strings.ToLower(w)] = office
			}
		}
	}
	m.events = lexicon.NewEventIndex(all).SkipBetween(fillers).Except(idioms).SkipAlso(m.placeGenitive)
	m.conceptsOf.bound = 20000 // keyed by whole sentences, as the parse frames are
	m.anaphors = lexicon.NewEventIndex(map[string][]string{"anaphor": anaphors})
	return m, nil
}

// fields splits text into words: runs of letters, hyphens and apostrophes
// (', ’), each with an elided article or preposition dropped (unelide).
func fields(s string) []string {
	ws := letterRuns(s)
	if strings.IndexByte(s, '\'') < 0 && !strings.Contains(s, "’") {
		return ws // no word has an elision: one look at the text, not one per word
	}
	for i, w := range ws {
		if strings.ContainsAny(w, "'’") {
			ws[i] = unelide(w)
		}
	}
	return ws
}

// wordByte marks the ASCII bytes a word is made of: letters, hyphen, apostrophe.
var wordByte = func() (t [utf8.RuneSelf]bool) {
	for c := range utf8.RuneSelf {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '-' || c == '\''
	}
	return t
}()

// letterRuns is strings.FieldsFunc with every rune but a letter, a hyphen
// and the two apostrophes a separator, with ASCII looked up in a table: relevance splits
// each judgement's words several times, and the general function was a
// tenth of a brief over a large store.
func letterRuns(s string) []string {
	ws := make([]string, 0, len(s)/6+1)
	start := -1
	for i := 0; i < len(s); {
		c, size := s[i], 1
		var in bool
		if c < utf8.RuneSelf {
			in = wordByte[c]
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			in = r == '’' || unicode.IsLetter(r)
		}
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			ws = append(ws, s[start:i])
			start = -1
		}
		i += size
	}
	if start >= 0 {
		ws = append(ws, s[start:])
	}
	return ws
}

// elisions are the French and Italian articles and prepositions written
// onto the next word: "dell'Unione europea", "l'Union européenne",
// "d'Israël" name the Union and Israel.
var elisions = map[string]bool{"l": true, "d": true, "dell": true, "all": true, "nell": true, "dall": true, "sull": true, "coll": true,
	"un": true, "qu": true, "quell": true, "j": true, "s": true, "n": true, "c": true, "m": true, "t": true}

// unelide drops an elided article or preposition from a word.
func unelide(w string) string {
	i := strings.IndexAny(w, "'’")
	if i <= 0 || i > 5 || !elisions[strings.ToLower(w[:i])] {
		return w
	}
	_, n := utf8.DecodeRuneInString(w[i:])
	if i+n >= len(w) {
		return w
	}
	return w[i+n:]
}

// placesOf returns the places a word names: from Kent's place stems, or a
// country name from CLDR (in the word's exact form, with a short case
// ending: "Vitrysslands", "Frankreichs", or with a longer one the lexicons
// list for names: "Taiwaniin", "Ranskassa").
func (m *Matcher) placesOf(w string) []string {
	if ps, ok := m.wordPlaces.get(w); ok {
		return ps
	}
	ps := m.findPlaces(w)
	m.wordPlaces.put(w, ps)
	return ps
}

// findPlaces is placesOf without the memo.
func (m *Matcher) findPlaces(w string) []string {
	out := m.wholePlaces(w)
	i := strings.IndexByte(w, '-')
	if i <= 0 || i >= len(w)-1 {
		return out
	}
	if len(out) == 0 {
		// "US-China", "russisch-ukrainischen": each part names its place
		// when the whole word names none ("wit-rus" does).
		return union(m.findPlaces(w[:i]), m.findPlaces(w[i+1:]))
	}
	if slices.Equal(out, m.wholePlaces(w[:i])) {
		// An acronym matched before the hyphen ("US-China") names the
		// first part only: the second names its own place.
		return union(out, m.findPlaces(w[i+1:]))
	}
	return out
}

// endingLetter reports whether a letter may end a case form after a
// country's name: a vowel, or one of the consonants case endings end in
// (Deutschlands, Ukrainan, Rosjom, Германией), not a stressed vowel
// that ends a verb ("ganará").
func endingLetter(r rune) bool {
	return strings.ContainsRune("aeiouyäöąęóаеёиоуыэюяіїєйjmnsrtlhkмнсхв", r)
}

// wholePlaces is findPlaces of the word as one.
func (m *Matcher) wholePlaces(w string) []string {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	out := m.places.Match(w)
	add := func(r string) []string {
		if slices.Contains(out, r) {
			return out
		}
		return append(out, r)
	}
	// The word's prefixes are cut from the string, rune by rune from its
	// end, not converted to runes and back for every look-up; text that
	// is not UTF-8 is first spelled as that conversion spells it.
	lw := strings.ToLower(w)
	if !utf8.ValidString(lw) {
		lw = string([]rune(lw))
	}
	n := utf8.RuneCountInString(lw)
	end := len(lw)
	for cut := 0; cut <= 2 && n-cut >= 4; cut++ {
		if r, ok := m.cldr[lw[:end]]; ok {
			return add(r)
		}
		r, size := utf8.DecodeLastRuneInString(lw[:end])
		if !endingLetter(r) {
			break // "ganará" (will win) is no case form of "Gana" (Ghana)
		}
		end -= size
	}
	if r := names.StemCountry(m.cldrStems, lw); r != "" {
		return add(r) // "Швейцарии", "Szwajcarię": the name less its last vowel, a case ending after it
	}
	if n < 5 {
		return out
	}
	last, _ := utf8.DecodeLastRuneInString(lw)
	for _, e := range m.caseEndings[last] {
		if stem, ok := strings.CutSuffix(lw, e); ok && utf8.RuneCountInString(stem) >= 4 {
			if r, ok := m.cldr[stem]; ok {
				return add(r)
			}
		}
	}
	return out
}

// placeGenitive reports whether a lower-case word names a place, so it
// may stand inside an event's multiword form as a filler does: "bli
// Sveriges nästa statsminister", "become Sweden's next prime minister",
// "stać się premierem Polski" is the form "bli statsminister".
func (m *Matcher) placeGenitive(w string) bool {
	return len(w) > 3 && len(m.places.Match(w)) > 0
}
