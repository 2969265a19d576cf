package lexicon

import (
	"go.yaml.in/yaml/v3"
)

// Language is the knowledge Kent has about one language.
type Language struct {
	// Code is the ISO 639-1 code, equal to the file name without .yaml.
	Code string `yaml:"code"`
	Name string `yaml:"name"`
	// Letters lists the letters the language uses beyond ASCII a-z. Decoding
	// legacy encodings is scored by how many non-ASCII letters fall in one
	// language's alphabet.
	Letters string `yaml:"letters"`
	// StemVowels are the vowels a word may end in that inflection changes
	// ("разведка", "разведки"): role and group words match through the stem
	// without one. Only all.yaml has them.
	StemVowels string `yaml:"stem_vowels"`
	// FunctionWords are the language's commonest short words, lower case.
	// They let cleaning confirm a paragraph's language without asking the
	// (much slower) statistical detector.
	FunctionWords []string `yaml:"function_words"`
	// Abbreviations end with a period that does not end a sentence
	// ("Dr.", "z.B.", "т.е."). Stored without the final period, matched
	// case-insensitively, so written in any case.
	Abbreviations []string `yaml:"abbreviations" case:"any"`
	// Chrome lists lower-case phrases that mark site chrome (navigation,
	// comment forms, sharing, legal footers) when they occur in a short block.
	Chrome []string `yaml:"chrome"`
	// Credits lists words that introduce a photo credit ("Photo:", "Foto:").
	Credits []string `yaml:"credits"`
	// LegalForms lists company legal forms ("UAB", "GmbH", "ООО"); a short
	// line built around one is a publisher's imprint.
	LegalForms []string `yaml:"legal_forms" case:"any"`
	// Months lists month names and their usual abbreviations, lower case; used
	// as a cheap pre-check before the date parser is asked.
	Months []string `yaml:"months"`
	// MonthsLowerCase says the language writes month names in lower case
	// (pl "listopad", fr "novembre"): a capitalised month word or
	// abbreviation inside a sentence is then a name ("– powiedział Lis",
	// "Maj"), where in English "said Wednesday" is a date.
	MonthsLowerCase bool `yaml:"months_lower_case"`
	// Seasons lists, lower case, the words that name a season as a time
	// ("im Herbst", "весной", "latem", "syksyllä"): a proposition naming
	// only one is a pick of when the event comes, and its months are set
	// against a question's time bound.
	Seasons Seasons `yaml:"seasons"`
	// TimeWords may stand in a dateline beside its date and time: am, pm,
	// time zones (gmt, msk). Lower case, without a final period.
	TimeWords []string `yaml:"time_words"`
	// Cleaning lists the page furniture that sits inside or beside the
	// article's own text: link labels, counters, live labels, widgets and
	// dateline words.
	Cleaning Cleaning `yaml:"cleaning"`
	// Weekdays lists day names, lower case: capitalised, they open names
	// of nothing ("Monday President Lukashenko").
	Weekdays []string `yaml:"weekdays"`
	// Conjunctions are the language's words for "and": between
	// capitalised words they join organisation names only ("Center for
	// Strategic and International Studies"), never two people.
	Conjunctions []string `yaml:"conjunctions"`
	// Attribution is what finding quotes and their speakers needs.
	Attribution Attribution `yaml:"attribution"`
	// Names is what finding people's names and their base forms needs.
	Names Names `yaml:"names"`
	// Institutions tell an institution from the description the news
	// gives it (all.yaml): "the Japanese central bank" is the Bank of Japan.
	Institutions Institutions `yaml:"institutions"`
	// Offices maps an office (president, prime-minister, chancellor) to
	// its words in every language (all.yaml): a question's person named by
	// an office is found by it too ("der Kanzler" for Chancellor Scholz).
	Offices map[string][]string `yaml:"offices"`
	// Estimative is what finding judgements of likelihood needs.
	Estimative Estimative `yaml:"estimative"`
	// Events maps an event concept (military, war, enter; abstain for
	// staying out, the opposite of joining) to word stems that express it;
	// a word matches a stem it starts with. The concepts are declared in
	// all.yaml (EventConcepts).
	Events map[string][]string `yaml:"events"`
	// EventAnaphors are nouns (stems, like events) that stand for an event
	// named elsewhere: "this option", "the scenario", "a move by June",
	// "the outcome of the vote", "the date". A proposition on one, with no
	// family of its own, is about the event its article's title names.
	EventAnaphors []string `yaml:"event_anaphors"`
	// EventPreconditions are the words of being ready or ripe for an event
	// ("ready for", "bereit für", "gotowa do", "готова к"), as stems
	// in order: "it's not ready for membership" judges a precondition,
	// not whether the event comes.
	EventPreconditions []string `yaml:"event_preconditions"`
	// EventScopeVerbs are the verbs (lower-case stems of their forms or
	// lemmas) that say what an event takes in: "the sanctions will cover
	// oil", "cła obejmą surowce", "пошлины коснутся". An event that is
	// their subject does not act on their object: it is the event itself,
	// widened, not an effect of it.
	EventScopeVerbs []string `yaml:"event_scope_verbs"`
	// EventPersistVerbs are the verbs (lower-case stems of forms or
	// lemmas) that say an event lasts: "the ceasefire will survive the
	// winter", "rozejm przetrwa zimę", "перемирие переживёт зиму". What
	// they take is a stretch of time or a test the event outlasts, not
	// something it acts on: the event itself goes on, no effect of it.
	EventPersistVerbs []string `yaml:"event_persist_verbs"`
	// EventDurationWords say how long after a verb of lasting ("won't
	// last long", "nie potrwa długo", "не продлится долго"): of an event
	// that happens, the judgement is on its length, not on whether it
	// comes. Lower-case words or phrases.
	EventDurationWords []string `yaml:"event_duration_words"`
	// EventPronouns are the pronouns that, opening a judged clause with
	// no event of its own, stand for the event the sentence before names:
	// "this is unlikely", "das war zu erwarten", "это маловероятно", "to
	// mało prawdopodobne". Whole lower-case words.
	EventPronouns []string `yaml:"event_pronouns"`
	// SelfEndings are the endings of a verb form whose subject is the
	// main clause's (Finnish "voittavansa", "hävinneensä": that he himself
	// wins, has lost), lower case: a judgement whose proposition has one
	// is about its holder's own event.
	SelfEndings []string `yaml:"self_endings"`
	// EventDeterminers point back only before one of the EventAnaphors:
	// "такий сценарій", "ein solcher Schritt", "such a move". Alone they
	// open a clause with a predicate of its own ("such a bill would be
	// challenged in court"), so they are not EventPronouns. Whole
	// lower-case words.
	EventDeterminers []string `yaml:"event_determiners"`
	// QuestionCausals open a question's clause of cause ("because", "weil",
	// "ponieważ", "потому что", "koska"): what follows says why the event
	// would come, not who does it, so a question's subject and event are
	// read from the words before one (not at the question's start).
	// Lower-case words or phrases, of the question's own language.
	QuestionCausals []string `yaml:"question_causals"`
	// EventIdioms are phrases whose words name no event though one of
	// them begins an event form: "sin embargo" (however) is no embargo.
	// Lower-case words; no event is found inside one.
	EventIdioms []string `yaml:"event_idioms"`
	// EventFillers are the articles and possessives that may stand between
	// the words of an event's multiword form, one per gap: "lift its
	// sanctions" matches "lift sanctions", "häva sina sanktioner" matches
	// "häva sanktionerna"'s stems. Whole lower-case words.
	EventFillers []string `yaml:"event_fillers"`
	// EventConcepts declares the event concepts, in the order a question
	// lists them; only all.yaml has it.
	EventConcepts []EventConcept `yaml:"event_concepts"`

	file  string         // the file it was read from
	lines map[string]int // field path ("events.war", "estimative.values.likely") -> line
}

// OneOrMore is a list of names that YAML may also give as one scalar.
type OneOrMore []string

// UnmarshalYAML takes "opposite: rate-cut" as well as "opposite: [a, b]".
func (o *OneOrMore) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode {
		*o = OneOrMore{n.Value}
		return nil
	}
	var xs []string
	if err := n.Decode(&xs); err != nil {
		return err
	}
	*o = xs
	return nil
}
