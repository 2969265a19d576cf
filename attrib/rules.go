package attrib

import (
	"strings"
	"unicode/utf8"

	"github.com/kentnews/kent/lexicon"
	"github.com/kentnews/kent/tokens"
)

// rules is one language's attribution lexicon in the shape the matcher
// needs: phrases indexed by their first word, word lists as sets.
type rules struct {
	verbs, sources, sourcesAfter phrases
	blockers                     phrases
	roles                        phrases
	pronouns, groups, roleWords  set
	complementizers, connectors  set
	orgLinks                     set // "on" after an organisation's head word: "Council on Foreign Relations"
	plural                       set // they, ich, их: pronouns that stand for a group (plurals.go)
	pluralEnds                   []string
	orgComplement                []string // "обороны", "економіки": genitive endings after an organisation's head (orgnames.go)
	negators                     set      // not, не, nie: may stand between a subject and its verb
	orgWords, aux, affPreps      set      // orgWords matches inflected forms too: Ośrodka, Институту
	function                     set
	calendar                     set  // months and weekdays: "said Wednesday" names no one
	monthsLower                  bool // months written in lower case: a capitalised one mid-sentence is a name
	gender                       genderRules
	anaphors                     phrases
	additives                    phrases // ", as well as X,": a conjunct inside the subject (speakers.go)
	relatives                    set
	freeRelatives                set // "wer", "whoever": its whole clause is the source (events_freerel.go)
	pronounSources               phrases
	partitives                   phrases // "one of them": one of the group named before
	relativeSources              phrases // "secondo cui", "по словам которого": the source is the noun phrase before the comma (relsource.go)
	proxies, venuePreps          phrases
	cueAdjuncts                  []string // lower case, as listed
	determiners                  set
	cueParticiples               set
	timeNouns                    set // months, weekdays and time frames: "Am Donnerstag bekräftigte Paschinjan" names no "Donnerstag"
	addresseeCues                set
	speechLemmas, agentPreps     set               // speech events: cue lemmas, and the prepositions of a passive's agent
	originPreps                  set               // "aus", "from": a speech noun's origin holds it ("Kritik aus der Opposition")
	clauseCues                   set               // "sicher", "klar": a cue only with a clause ("Ich bin sicher, dass …")
	experiencerPreps             set               // "für", "for": who a predicate cue is true for holds it ("Für uns ist klar")
	participleLemmas             map[string]string // "gehört" → "hören": a shared participle read as the speech verb's
	messageSubjects              set               // "lauten", "bekannt": the subject is what is said (events_receiver.go)
	receptionLemmas              set               // "hören", "lesen": the subject hears what is said (events_receiver.go)
	boundCues, boundCarriers     set               // "stellen" is a cue only with a cue noun, a clause or a carrier ("infrage")
	verbReadings                 map[string]string // "danke" → "danken" beside "ich" (events_readings.go)
	predicateCues                set               // "finden", "halten": a predicate adjective carries them ("finde das gut")
	verbSecond                   bool
	nounsCapitalised             bool
	titlesCapitalised            bool // "Prime Minister Keir Starmer": a title's capital is no sentence start's
	articles                     set
	genitiveArticles             set // the articles that go on a noun phrase after its noun: "der Sprecher der Regierung"
	conj                         set // and, und, i: joins two names, never a particle inside one
	proDrop                      bool
	dashInParagraph              bool
	sourceFrames                 sourceFrames
	supportVerbs                 set // lemmas: "stellen" of "eine Frage stellen"
	causatives                   set // lemmas: "lassen" of "lassen Sie mich sagen"
	reflexives                   set // "sich", "się", "себя": never a source
	passiveAux                   set // lemmas: "sein" of "ist gefordert"
	stemVowels                   string
	sourceStarts                 set      // the first words of source cues: "jak", "secondo"
	abbrevs                      set      // lower case: "inc", "co": the dot after one in a name is the name's
	documents                    set      // "antrag", "report": a text, no speaker (events_document.go)
	rolePreps                    set      // "als", "as": "wir als Union" is one source (events_pronoun.go)
	infMarks                     set      // "zu", "te": the infinitive marker (events_control.go)
	subordinators                set      // "wenn", "weil", "when": open a clause with its own subject (events_subclause.go)
	correlates                   set      // "darauf", "davor": stand for the message in the cue's clause (events_correlate.go)
	topicPreps, topicAdverbs     set      // "über", "darüber": what a speech is about (events_topic.go)
	reportedSubj                 bool     // Konjunktiv I reports speech on its own (reportedmood.go)
	addresseePreps               set      // "mit", "an": whom it is said to (events_addrprep.go)
	infInfixes                   []string // "zu" of "zuzustimmen": the marker inside a separable verb
}

type set map[string]bool

// has matches w or, for inflected languages, w without an ending of up to
// three letters on a stem of at least four: "аналитика" is "аналитик",
// "ekspertów" is "ekspert", "analysts" is "analyst". Entries that end in a
// vowel match through their stem too: "разведки" is "разведка".
func (s set) has(w string) bool {
	if s[w] {
		return true
	}
	if i := strings.IndexByte(w, '-'); i > 0 && i < len(w)-1 {
		// "политолог-американист", "DZ-Bank-Chefvolkswirt": a compound
		// whose first or last part is a known word.
		if j := strings.LastIndexByte(w, '-'); s.has(w[:i]) || s.has(w[j+1:]) {
			return true
		}
	}
	// The stems are cut from w where its letters end, with no copy of w
	// as letters: has is asked of most words of an article, by several
	// sets, and nearly always says no.
	n := utf8.RuneCountInString(w)
	var buf [64]byte
	end := len(w)
	for cut := 1; cut <= 3 && n-cut >= 4; cut++ {
		_, size := utf8.DecodeLastRuneInString(w[:end])
		end -= size
		stem := w[:end]
		if s[stem] || s[string(append(append(buf[:0], '~'), stem...))] {
			return true
		}
	}
	return s.compound(w, n)
}

// compound reports whether w, of n ≥ ten letters, is a closed
// compound whose last part (six letters or more, perhaps with a definite
// ending) is a known word: "Sicherheitsexperte" (experte),
// "Försvarsanalytikern" (analytiker + n).
func (s set) compound(w string, n int) bool {
	if n < 10 {
		return false
	}
	at := 0
	for k := 0; k < 3; k++ {
		_, size := utf8.DecodeRuneInString(w[at:])
		at += size
	}
	for k := 3; n-k >= 6; k++ {
		tail := w[at:]
		if s[tail] {
			return true
		}
		// A definite ending only ("analytikern"): "världsekonomi" is no
		// "ekonom".
		for _, end := range [...]string{"n", "en"} {
			if t, ok := strings.CutSuffix(tail, end); ok && utf8.RuneCountInString(t) >= 6 && s[t] {
				return true
			}
		}
		_, size := utf8.DecodeRuneInString(tail)
		at += size
	}
	return false
}

// withStems adds, for each entry of five letters or more, its stem without
// a final vowel (one of vowels), marked with "~" so it is only found
// through has.
func (s set) withStems(vowels string) set {
	for w := range s {
		r := []rune(w)
		if len(r) >= 5 && strings.ContainsRune(vowels, r[len(r)-1]) {
			s["~"+string(r[:len(r)-1])] = true
		}
	}
	return s
}

func newSet(words ...[]string) set {
	s := set{}
	for _, ws := range words {
		for _, w := range ws {
			s[w] = true
		}
	}
	return s
}

// phrases finds one list's phrases, the longest at a token; punctuation
// between words breaks a phrase.
type phrases = *tokens.Phrases

func newPhrases(list []string) phrases { return tokens.NewPhrases(list, false) }

// newRules indexes one language's attribution words; all holds what every
// language shares, such as the English connectors of organisation names
// ("Institute for the Study of War" in a Swedish article).
func newRules(l, all *lexicon.Language) *rules {
	a := l.Attribution
	var roleWords []string
	for _, r := range a.Roles {
		roleWords = append(roleWords, tokens.Words(r)...)
	}
	return &rules{
		monthsLower:       l.MonthsLowerCase,
		verbs:             newPhrases(a.Verbs),
		blockers:          newPhrases(a.Blockers),
		sources:           newPhrases(a.Sources),
		sourcesAfter:      newPhrases(a.SourcesAfter),
		roles:             newPhrases(a.Roles),
		pronouns:          newSet(a.Pronouns),
		groups:            newSet(a.Groups).withStems(all.StemVowels),
		roleWords:         newSet(roleWords).withStems(all.StemVowels),
		complementizers:   newSet(a.Complementizers),
		connectors:        newSet(a.Connectors, all.Attribution.Connectors),
		orgLinks:          newSet(a.OrgLinks),
		plural:            newSet(a.Plural),
		pluralEnds:        a.PluralVerbEndings,
		orgComplement:     a.OrgComplementEndings,
		orgWords:          newSet(a.OrgWords),
		aux:               newSet(a.Auxiliaries),
		negators:          newSet(l.Estimative.Negators),
		affPreps:          newSet(a.AffiliationPreps),
		function:          newSet(l.FunctionWords),
		calendar:          newSet(l.Months, l.Weekdays),
		gender:            newGenderRules(a, all.Attribution),
		anaphors:          newPhrases(a.Anaphors),
		additives:         newPhrases(a.Additives),
		relatives:         newSet(a.Relatives),
		freeRelatives:     newSet(a.FreeRelatives),
		pronounSources:    newPhrases(a.PronounSources),
		partitives:        newPhrases(a.Partitives),
		relativeSources:   newPhrases(a.RelativeSources),
		proxies:           newPhrases(a.Proxies),
		cueAdjuncts:       a.CueAdjuncts,
		determiners:       newSet(a.Determiners),
		cueParticiples:    newSet(a.CueParticiples),
		timeNouns:         newSet(l.Months, l.Weekdays, a.TimeNouns),
		addresseeCues:     newSet(a.AddresseeCues),
		venuePreps:        newPhrases(a.VenuePreps),
		speechLemmas:      newSet(a.SpeechLemmas),
		participleLemmas:  a.ParticipleLemmas,
		messageSubjects:   newSet(a.MessageSubjects),
		receptionLemmas:   newSet(a.ReceptionLemmas),
		boundCues:         newSet(a.BoundCues),
		boundCarriers:     newSet(a.BoundCarriers),
		verbReadings:      a.VerbReadings,
		predicateCues:     newSet(a.PredicateCues),
		agentPreps:        newSet(a.AgentPreps),
		originPreps:       newSet(a.OriginPreps),
		clauseCues:        newSet(a.ClauseCues),
		experiencerPreps:  newSet(a.ExperiencerPreps),
		verbSecond:        a.VerbSecond,
		reportedSubj:      a.ReportedSubjunctive,
		nounsCapitalised:  a.NounsCapitalised,
		titlesCapitalised: a.TitlesCapitalised,
		articles:          newSet(a.Articles),
		genitiveArticles:  newSet(a.GenitiveArticles),
		conj:              newSet(l.Conjunctions),
		proDrop:           a.ProDrop,
		dashInParagraph:   a.DashInParagraph,
		abbrevs:           lowerSet(l.Abbreviations),
		sourceFrames:      newSourceFrames(a.SourceFrames),
		supportVerbs:      newSet(a.SupportVerbs),
		documents:         newSet(a.Documents).withStems(all.StemVowels),
		rolePreps:         newSet(a.RolePreps),
		infMarks:          newSet(l.Estimative.Infinitive),
		subordinators:     newSet(a.Subordinators),
		correlates:        newSet(a.Correlates),
		topicPreps:        lowerSet(a.TopicPreps),
		topicAdverbs:      lowerSet(a.TopicAdverbs),
		addresseePreps:    lowerSet(a.AddresseePreps),
		infInfixes:        l.Estimative.InfinitiveInfix,
		causatives:        newSet(a.Causatives),
		reflexives:        newSet(a.Reflexives),
		passiveAux:        newSet(a.PassiveAuxiliaries),
		stemVowels:        all.StemVowels,
		sourceStarts:      firstWords(a.Sources, a.PronounSources),
	}
}

// lowerSet is a set of the words in lower case.
func lowerSet(ws []string) set {
	s := set{}
	for _, w := range ws {
		s[strings.ToLower(w)] = true
	}
	return s
}

// firstWords is the set of the first words of the phrases.
func firstWords(lists ...[]string) set {
	s := set{}
	for _, l := range lists {
		for _, p := range l {
			if ws := tokens.Words(p); len(ws) > 0 {
				s[ws[0]] = true
			}
		}
	}
	return s
}
