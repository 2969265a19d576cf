// The parts of a language's knowledge beyond events and estimative words:
// attribution, names, cleaning, institutions, time and seasons.

package lexicon

// Attribution lists the words that mark reported speech in a language. All
// entries are lower case; multi-word entries are matched as phrases.
type Attribution struct {
	VerbSecond       bool `yaml:"verb_second"`           // V2 word order: prefer the subject after the verb when something precedes it
	ProDrop          bool `yaml:"pro_drop"`              // a verb without a subject stands for the latest speaker
	DashInParagraph  bool `yaml:"dash_inside_paragraph"` // "… zdanie. – Cytat – ocenił." speech dashes open sentences too
	NounsCapitalised bool `yaml:"nouns_capitalised"`     // every noun has a capital (German): one capitalised word after an article is a noun, not a name
	// ReportedSubjunctive: the present subjunctive marks reported speech
	// on its own (German Konjunktiv I: "Die Kassen seien leer."), so
	// such sentences after a speaker's report go on in that speaker's
	// voice with no verb of saying. A parser's quotative mood (Mood=Qot)
	// counts in every language.
	ReportedSubjunctive bool `yaml:"reported_subjunctive"`
	// TitlesCapitalised: a title before a name has a capital wherever it
	// stands ("Prime Minister Keir Starmer"), so one that opens a sentence
	// keeps it; elsewhere a role capitalised at a sentence's start is
	// shown in lower case ("Політолог Олег Коваль" is a політолог).
	TitlesCapitalised bool     `yaml:"titles_capitalised"`
	Articles          []string `yaml:"articles"` // der, die, ein: what marks a capitalised word as a noun where nouns are capitalised
	// GenitiveArticles are the articles that may go on a noun phrase after
	// its noun, opening its owner ("der Sprecher der Regierung"); any
	// other article there opens the next phrase ("nach Einschätzung der
	// meisten Beobachter | die Wahl verlieren"). A subset of Articles.
	GenitiveArticles []string `yaml:"genitive_articles"`
	Blockers         []string `yaml:"blockers"`          // phrases in which a verb is no cue: think tank
	Verbs            []string `yaml:"verbs"`             // reporting verbs in the forms news uses: said, säger, заявил
	Sources          []string `yaml:"sources"`           // before a source: according to, enligt, laut, по словам
	SourcesAfter     []string `yaml:"sources_after"`     // after a source: zufolge, aldus
	Citing           []string `yaml:"citing"`            // a reporter citing whom it passes on, who holds it: citing, unter Berufung auf, со ссылкой на
	Pronouns         []string `yaml:"pronouns"`          // that can stand for a speaker: he, han, он
	Groups           []string `yaml:"groups"`            // nouns that make a speaker without a name: officials, analysts
	Roles            []string `yaml:"roles"`             // role and title words: analyst, professor, президент
	Complementizers  []string `yaml:"complementizers"`   // that, att, dass, że, что
	Connectors       []string `yaml:"connectors"`        // lower-case words inside names: for, of, von
	OrgLinks         []string `yaml:"org_links"`         // lower-case words inside an organisation's name only, after its head word: "Council on Foreign Relations"
	OrgWords         []string `yaml:"org_words"`         // head words of organisation names: institute, institutet
	Auxiliaries      []string `yaml:"auxiliaries"`       // between a subject and its verb: has, also
	AffiliationPreps []string `yaml:"affiliation_preps"` // before an affiliation: at, vid, am
	Masculine        []string `yaml:"masculine"`         // pronouns that stand for a man: he, on, han
	Feminine         []string `yaml:"feminine"`          // pronouns that stand for a woman: she, ona, hon
	// FeminineSingular are pronouns that stand for a woman when their verb
	// is singular and for a group when it is plural: German "sie hält"
	// against "sie halten", Dutch "ze zegt" against "ze zeggen".
	FeminineSingular []string `yaml:"feminine_singular"`
	// Plural are pronouns that stand for a group, never for one person:
	// "they", "ich" (in "ich zdaniem"), "их", "deras". A group named before
	// ("Analysts at Nordbank …. They said …") holds what they say.
	Plural []string `yaml:"plural"`
	// PluralVerbEndings mark a verb in the plural after a feminine_singular
	// pronoun: German "sie halten" (a group) against "sie hält" (a woman).
	PluralVerbEndings []string `yaml:"plural_verb_endings"`
	// OrgComplementEndings: where an organisation's name capitalises its
	// first word only ("Министерство обороны России", "Вища школа
	// економіки"), the endings of the lower-case words in the genitive that
	// go on its name after its head ("обороны", "економіки", "иностранных").
	OrgComplementEndings []string `yaml:"org_complement_endings"`

	MasculineEndings []string `yaml:"masculine_endings"` // endings of a man's past-tense verb: powiedział, сказал
	FeminineEndings  []string `yaml:"feminine_endings"`  // endings of a woman's past-tense verb (powiedziała) or, in all.yaml, of women's first names
	Anaphors         []string `yaml:"anaphors"`          // open a reporting sentence about the sentence before: "das sagte", "об этом"
	Relatives        []string `yaml:"relatives"`         // relative pronouns that stand for the noun phrase before them: who, który, который
	// Additives open a conjunct set off by commas inside a subject: "The
	// leaders of Portugal, as well as the Hungarian government, said",
	// "Przywódcy Portugalii, a także rząd Węgier, oświadczyli". The source
	// is the whole coordinated subject.
	Additives []string `yaml:"additives"`
	// Partitives stand for one of a group named before: "one of them",
	// "einer von ihnen", "jeden z nich", "один из них". The group holds
	// what that one says.
	Partitives      []string `yaml:"partitives"`
	FreeRelatives   []string `yaml:"free_relatives"`   // pronouns that open a clause standing for a person with no noun before it, which as a whole can be a subject: wer, whoever, kto
	PronounSources  []string `yaml:"pronoun_sources"`  // a source cue whose source is a pronoun: "in his view", "jego zdaniem", "по его словам"
	RelativeSources []string `yaml:"relative_sources"` // a source cue whose source is a relative pronoun, standing for the noun phrase before its comma: "according to whom", "secondo cui", "по словам которого"
	Proxies         []string `yaml:"proxies"`          // nouns whose owner holds what they show: model, poll, forecast, platform, bookmaker
	VenuePreps      []string `yaml:"venue_preps"`      // before a market or model named as a proxy's owner: "on Polymarket", "auf Polymarket", "na Polymarket"
	CueAdjuncts     []string `yaml:"cue_adjuncts"`     // what a reporting phrase of verbs carries but corpora leave out of the cue: "in a statement", "reporters"
	Determiners     []string `yaml:"determiners"`      // open a source's noun phrase, as corpora mark it: the, a, his
	CueParticiples  []string `yaml:"cue_participles"`  // open a second attribution of the same source after a comma: "…, adding that …", "…, saying …"
	// TimeNouns name a time frame, lower case, every form news uses: a
	// clause opened by one ("Am Wochenende sagte Müller", "In the
	// morning, analysts said") has it as an adverbial, never as the
	// speaker. Months and weekdays are listed apart (months, weekdays).
	TimeNouns     []string `yaml:"time_nouns"`
	AddresseeCues []string `yaml:"addressee_cues"` // reporting verbs followed by whom they address: "told CNN the talks were over"
	// SpeechLemmas are the lemmas (lower case) of verbs, nouns and
	// adjectives that report speech, thought, belief, demand or proposal
	// whatever their form: say, claim, demand, belief, proposal. A
	// separable verb is listed with its particle ("ansprechen").
	SpeechLemmas []string `yaml:"speech_lemmas"`
	// ParticipleLemmas map participles that two verbs share to the
	// speech verb's lemma, where taggers give them the other: German
	// "gehört" is "hören" (heard) and "gehören" (belonged), "gelobt"
	// "loben" and "geloben". A form the tagger reads as a participle is
	// keyed by the speech verb ("Ich habe gehört, dass …").
	ParticipleLemmas map[string]string `yaml:"participle_lemmas"`
	// MessageSubjects are cue words (lemmas, or adjective forms, lower
	// case) whose subject is what is said or known, not who says it:
	// "Die Antwort lautet: …", "Das ist bekannt", "Das war uns bewusst".
	// Their source is the dative that knows it, if any.
	MessageSubjects []string `yaml:"message_subjects"`
	// ReceptionLemmas are the lemmas of verbs of hearing and reading what
	// is said: the subject is who received it (the addressee), the source
	// who was heard ("Ich habe von X gehört", "I heard from X that …").
	ReceptionLemmas []string `yaml:"reception_lemmas"`
	// BoundCues are cue lemmas that report speech only through a cue
	// noun ("eine Frage stellen", "die Sorge teilen"), a reported clause,
	// an adjective ("finde das gut"), or one of the BoundCarriers among
	// their dependents or as their prepositions ("infrage stellen", "für
	// falsch halten"); alone they put, place, share, find or keep things
	// ("zur Verfügung stellen", "sich die Arbeit teilen", "eine Lösung
	// finden", "Abstand halten").
	BoundCues     []string `yaml:"bound_cues"`
	BoundCarriers []string `yaml:"bound_carriers"`
	// PredicateCues are the BoundCues that judge through a predicate
	// adjective: "Das finde ich gut", "Wir halten das für richtig".
	PredicateCues []string `yaml:"predicate_cues"`
	// VerbReadings map forms that taggers read as particles to the
	// speech verb they are beside a first-person subject pronoun: German
	// "danke" (danken) and "bitte" (bitten) in "Ich danke Ihnen", "bitte
	// ich Sie"; alone they are the particles of thanks and politeness.
	VerbReadings map[string]string `yaml:"verb_readings"`
	AgentPreps   []string          `yaml:"agent_preps"` // mark the agent of a passive cue: by, von, av, przez
	// ClauseCues are speech lemmas that report a view only with a clause
	// of their own (a that-clause or what follows a colon): "Ich bin
	// sicher, dass …", "Für uns ist klar: …"; alone they are no cue ("Die
	// Renten sind sicher", "Das ist klar").
	ClauseCues []string `yaml:"clause_cues"`
	// ExperiencerPreps mark who a predicate is true for, and so who holds
	// the view when no person is its subject: "Für uns ist klar, dass …",
	// "for us it is clear", "dla nas jest jasne", "для нас очевидно".
	ExperiencerPreps []string `yaml:"experiencer_preps"`
	// OriginPreps mark where a speech noun comes from, and so who holds
	// it: "Kritik aus der Opposition", "Forderungen seitens der Länder",
	// "criticism from the opposition", "kritik från oppositionen".
	OriginPreps []string `yaml:"origin_preps"`
	// SourceFrames are source cues around their source, x marking it:
	// "in x's view", "by x's estimate", "der einschätzung x zufolge",
	// "enligt x:s bedömning". "x's" (or "x:s") asks for a source that ends
	// in a possessive.
	SourceFrames []string `yaml:"source_frames"`
	// SupportVerbs are the lemmas of verbs whose object noun carries the
	// speech act and whose subject makes it: "eine Frage stellen",
	// "Gespräche führen", "make a statement", "задать вопрос".
	SupportVerbs []string `yaml:"support_verbs"`
	// Causatives are the lemmas of verbs that let their object speak:
	// "let me say", "lassen Sie mich sagen", "позвольте мне сказать".
	Causatives []string `yaml:"causatives"`
	// Reflexives are the reflexive pronouns (lower case): "sich",
	// "się", "себя", "sig", "himself". A reflexive points back at the
	// clause's subject, so it is never a source itself, whatever the
	// parse calls it.
	Reflexives []string `yaml:"reflexives"`
	// PassiveAuxiliaries are the lemmas of the auxiliaries that make a
	// participle passive ("ist gefordert", "został powiedziany", "är
	// sagt"): the subject of such a cue is what is said, never who says
	// it. Languages whose parser marks aux:pass itself may leave it empty.
	PassiveAuxiliaries []string `yaml:"passive_auxiliaries"`
	// Documents are nouns for texts that carry what people say without
	// saying it themselves: a motion, a bill, a report, a study ("der
	// Antrag fordert", "the report warns"). A document is no speech
	// event's source; the holder named in it is ("der Antrag der Union").
	Documents []string `yaml:"documents"`
	// RolePreps introduce the role a pronoun speaks in, as part of the
	// source: "wir als Union", "we as Democrats", "my jako opozycja".
	RolePreps []string `yaml:"role_preps"`
	// Subordinators open an adverbial clause: "wenn", "weil", "obwohl",
	// "when", "because". A verb in such a clause has its own subject
	// right after the subordinator ("…, wenn er Entscheidungen
	// ankündigt"), never the subject of the clause it is joined to.
	Subordinators []string `yaml:"subordinators"`
	// Correlates are pronominal adverbs that stand in the reporting
	// clause for what is said ("hat darauf hingewiesen, dass …", "warnt
	// davor", "is ervan overtuigd dat …"): part of the message.
	Correlates []string `yaml:"correlates"`
	// TopicPreps mark what a speech is about, not what it says: "reden
	// über die Reform", "Stellung nehmen zur Lage", "talk about taxes",
	// "mówić o wojnie", "говорить о войне", "tala om skatten". The
	// prepositional phrase of a cue with one is the event's topic.
	TopicPreps []string `yaml:"topic_preps"`
	// TopicAdverbs are pronominal adverbs that stand for a topic in the
	// cue's clause: "darüber reden", "dazu sagen", "worüber wir sprechen".
	TopicAdverbs []string `yaml:"topic_adverbs"`
	// AddresseePreps mark whom a speech is said to when a person or a
	// body follows: "mit den Landwirten sprechen", "Appell an die
	// Regierung", "spoke with reporters", "said to the committee".
	AddresseePreps []string `yaml:"addressee_preps"`
}

// Names lists what tells a person's name and its base form in a language.
type Names struct {
	// Endings are case endings of people's names with the nominative
	// ending they replace: "Tuskowi" is "Tusk" + "owi", "Захаровой" is
	// "Захарова" with "ой" for "а". An ending marked sure gives the base
	// form on its own; any other needs the base form seen (in the article
	// or the store) before it is used.
	Endings []Ending `yaml:"endings"`
	// First lists common given names in their base form, lower case: a
	// capitalised run that starts with one names a person.
	First []string `yaml:"first"`
	// Places lists capitalised words that name places whatever follows,
	// lower case stems ("londyn", "вашингтон"): an inflected form of one is
	// a place, not a person.
	Places []string `yaml:"places"`
	// Articles are the words after which a capitalised word is a common
	// noun, not a name ("die Regierung", "the Kremlin").
	Articles []string `yaml:"articles"`
	// Speech lists stems of verbs of saying (a word starting with one of
	// four letters or more, or equal to a shorter one): a name beside one is
	// a person ("— говорит Тарло").
	Speech []string `yaml:"speech"`
	// PlacePreps are prepositions of place: a capitalised run after one that
	// no given name opens is a place ("в Вашингтоне", "w Londynie", "in Delhi").
	PlacePreps []string `yaml:"place_preps"`
	// Surnames are surnames of people the news names often, in any script
	// (all.yaml): a capitalised word whose base form sounds like one
	// (Skeleton) is a person. The store's names do the same once it has
	// them (names.Finder.Known).
	Surnames []string `yaml:"surnames"`
	// SurnameFirst are family names written first ("Yoon Suk Yeol", "Xi
	// Jinping"), lower case (all.yaml): a question's person whose name opens
	// with one is keyed by it, not by its last word.
	SurnameFirst []string `yaml:"surname_first"`
	// Particles are the lower-case words inside surnames of every origin
	// (all.yaml: von, der, van, de, da, di, del, dos, bin, al): after a
	// given name they belong to the name whatever the text's language
	// ("Ursula von der Leyen", "Luis de Guindos").
	Particles []string `yaml:"particles"`
	// Titles are honorifics before a person's name: mr, frau, г-жа, pani.
	Titles []string `yaml:"titles"`
	// Saints are the words for "saint" before a name, lower case with any
	// dot ("st.", "św.", "святого"): the name after one is a church or a
	// place, not a person in the news ("St. Michael", "Casa Santa Marta").
	Saints []string `yaml:"saints"`
	// Things are head words of the names of things, lower case: a
	// capitalised run that ends in one, or is followed by one, names a
	// product, event, award or pipeline, not a person ("Andrew Marr Show",
	// "Nord Stream pipeline", "Friendship Medal").
	Things []string `yaml:"things"`
	// Emphatics are the lower-case words for "himself" or "herself" that
	// stand before a name ("Sam Schoof zapewnił", "Сам Схоф заявил"):
	// opening a sentence before a surname the article names in full with
	// another given name, such a word is no given name, even where a list
	// of given names has it ("Sam").
	Emphatics []string `yaml:"emphatics"`
	// Organisations are names of companies and bodies the news quotes as if
	// they spoke ("Microsoft announced"), lower case: one is an organisation.
	Organisations []string `yaml:"organisations"`
	// Connectors are lower-case words inside one institution's name ("Bank
	// of Japan", "Banco de España", "Institut der deutschen Wirtschaft"): a
	// question's capitalised words joined by one are one organisation.
	Connectors []string `yaml:"connectors"`
	// PlaceWords are words that make a capitalised run a place, lower
	// case: "republic", "kingdom" ("Republika Chińska", "Народной
	// Республики").
	PlaceWords []string `yaml:"place_words"`
	// ObliqueAfter are prepositions after which a name is never in the
	// nominative ("do Tuska", "у Шольца"), lower case: a name printed as a
	// base form after one takes the base form its endings allow. Only the
	// languages whose given names and surnames decline together (pl, ru,
	// uk, be) have them: there a given name in the nominative keeps its
	// surname in it too ("Jacek Piechota").
	ObliqueAfter []string `yaml:"oblique_after"`
	// FeminineSurnames are endings of women's surnames in the nominative,
	// lower case ("ska", "ова"): a man's base form never ends so, so a man's
	// name in a case form never takes one as its base ("Уладзіміру
	// Трусаву" is Трусаў, not Трусава). FeminineSure are those no man's
	// case form ends in either ("Kowalska", "Тихановская"): a woman.
	FeminineSurnames []string `yaml:"feminine_surnames"`
	// CasePairs are, for each case, a man's given name's ending and the
	// ending an adjectival surname takes in that case ("a" and "ego":
	// "Jana Kowalskiego"; "а" and "ого": "Ивана Каменского"), lower case.
	// Such a surname ends a name: "Zdaniem politologa Jana Kowalskiego
	// Varga wygra" names the source and then the subject.
	CasePairs    [][2]string `yaml:"case_pairs"`
	FeminineSure []string    `yaml:"feminine_sure"`
	// MasculineFirst are men's given names that end as women's do (Kuba,
	// Илья), lower case: a given name ending in a letter of all.yaml's
	// attribution.feminine_endings is a woman's unless listed here.
	MasculineFirst []string `yaml:"masculine_first"`
	// FeminineFirst are women's given names that end as men's do
	// (Любоў, Любовь), lower case.
	FeminineFirst []string `yaml:"feminine_first"`
	// FeminineTitles and MasculineTitles are the titles (of Titles) that
	// say a woman or a man: "pani Nowak", "г-жа Петрова".
	FeminineTitles  []string `yaml:"feminine_titles"`
	MasculineTitles []string `yaml:"masculine_titles"`
	// DativeA are the printed word ends a name in -a takes in the dative
	// (pl "e", ru "е", uk "і"), lower case; DativeAfter the prepositions
	// that take the dative alone ("dzięki", "благодаря"), DativeGiven the
	// ends of a man's given name that only the dative has ("Tadeuszowi",
	// "Олегу"). A man's surname printed with a DativeA end after one of
	// those is the dative of a name in -a, since a man's name in a
	// consonant takes another ending there ("Tadeuszowi Nalepie" is
	// Nalepa; "o Trumpie", a locative, stays Trump).
	DativeA     []string `yaml:"dative_a"`
	DativeAfter []string `yaml:"dative_after"`
	DativeGiven []string `yaml:"dative_given"`
	// NotBases are rewrites of a word's end that never make a name's base
	// form in the language (form: printed end, base: base-form end): a
	// tagger's lemma that makes one is not taken. Polish names in -o
	// decline as those in -a do (Fredro, Fredry), so a printed -a is never
	// an -o name's.
	NotBases []Ending `yaml:"not_bases"`
}

// Ending is one case ending of a name: Form replaces Base.
type Ending struct {
	Form string `yaml:"form"`
	Base string `yaml:"base"`
	Sure bool   `yaml:"sure"`
	// Given marks an ending of given names only (the fleeting e of Marek,
	// Marka): a surname is as likely cut there (Tuska, Tusk), so it gives
	// a base form only where the lexicon knows the given name or the
	// article prints it.
	Given bool `yaml:"given"`
}

// Cleaning is what telling a page's furniture from the article's text needs
// beyond the chrome phrases. All entries are lower case.
type Cleaning struct {
	// LinkLabels introduce a link to another article set into the text
	// ("read more", "читайте також", "czytaj też", "lesen sie auch"): the
	// label and the headline after it are cut, the paragraph around them
	// kept.
	LinkLabels []string `yaml:"link_labels"`
	// Counters are the words of a counter widget: views, reads, comments,
	// shares and the short thousands they are given in ("326 274 views",
	// "12 тыс. просмотров", "1 234 wyświetleń", "aufrufe: 1.234").
	Counters []string `yaml:"counters"`
	// LiveLabels mark a live page or ticker ("live", "liveblog", "na żywo",
	// "прямой эфир"): a line of nothing else is a badge, not a byline.
	LiveLabels []string `yaml:"live_labels"`
	// Widgets are phrases of reading widgets ("min read", "lesezeit",
	// "время чтения", "listen to this article"), matched like chrome.
	Widgets []string `yaml:"widgets"`
	// DatelineWords may stand beside a date in a dateline: labels
	// ("stand", "opublikowano", "опубликовано", "publicerad", "updated")
	// and words around the time ("uhr", "kl", "godz"). A line of a date
	// and such words is the article's date.
	DatelineWords []string `yaml:"dateline_words"`
}

// Institutions describe institutions by kind and country.
type Institutions struct {
	// CentralBankWords are the words for a central bank in every language,
	// lower-case stems matched word by word ("central bank", "notenbank",
	// "banque central", "центробанк").
	CentralBankWords []string `yaml:"central_bank_words"`
	// CentralBanks maps an organisation key of the organisation index to the
	// country (ISO code) whose central bank it is: one of CentralBankWords
	// with that country's name or adjective beside it names it.
	CentralBanks map[string]string `yaml:"central_banks" case:"any"`
	// Home maps a language to the country (ISO code) its news means by a
	// national office or institution named without one ("der
	// Bundeskanzler", "Національний банк"), for the languages of one
	// country's news; a language of several (en, fr, es) has none.
	Home map[string]string `yaml:"home" case:"any"`
	// Parliaments maps an organisation key of a national legislature to
	// its country (ISO code): it stands for the country in the country's
	// event ("élections anticipées au Bundestag" are Germany's, "the Sejm
	// will ratify" is Poland's ratifying). A legislature several countries
	// name alike (Congress, Senate) is left out.
	Parliaments map[string]string `yaml:"parliaments" case:"any"`
}

// RelativeTime lists the words of times counted from when an article is
// written: "within a year" is a deadline a year on, "in three years", "za
// trzy lata", "через три года" a time three years on, "next year" the
// year after. All lower case; units are whole words.
type RelativeTime struct {
	Within   []string `yaml:"within"`    // within, innerhalb, w ciągu, в течение: by then
	After    []string `yaml:"after"`     // in, za, через, om: then
	Years    []string `yaml:"years"`     // year, Jahren, lat, лет
	Months   []string `yaml:"months"`    // month, Monaten, miesięcy
	Weeks    []string `yaml:"weeks"`     // week, Wochen, tygodni
	One      []string `yaml:"one"`       // a, ein, ett: one unit
	ThisYear []string `yaml:"this_year"` // this year, w tym roku
	NextYear []string `yaml:"next_year"` // next year, w przyszłym roku
	// Plural lists the unit words in the plural: with no number before
	// them they are a few, counted as three ("in the coming years", "в
	// ближайшие годы", "de närmaste åren"), not one: read as one year,
	// "unlikely in the coming years" was set aside as before a bound
	// three years on.
	Plural []string `yaml:"plural"`
	// Past words before "in N years" make it a time since: "the first
	// hike in 17 years", "la prima stretta in 17 anni".
	Past []string `yaml:"past"`
}

// GrowthForecast lists, as lower-case stems (a stem ending in "." is a
// whole word), the words of a forecast of the economy's growth: the
// economy (GDP, BIP, ВВП), contraction (shrink, schrumpf, сократ; a
// negative growth too), growth (grow, Wachstum, wzrost) and forecast nouns
// (forecast, Prognose, прогноз).
type GrowthForecast struct {
	Economy  []string `yaml:"economy"`
	Down     []string `yaml:"down"`
	Up       []string `yaml:"up"`
	Forecast []string `yaml:"forecast"`
	// Past forms of growth and contraction ("fell", "spadł", "сократился")
	// report an outcome, not a forecast.
	Past []string `yaml:"past"`
}

// Seasons are a language's words for the four seasons, each as the
// forms that name it as a time (single words, lower case).
type Seasons struct {
	Spring []string `yaml:"spring"`
	Summer []string `yaml:"summer"`
	Autumn []string `yaml:"autumn"`
	Winter []string `yaml:"winter"`
}

// ByMonth returns the season words with the first month of their season
// (spring 3, summer 6, autumn 9, winter 12).
func (s Seasons) ByMonth() map[int][]string {
	return map[int][]string{3: s.Spring, 6: s.Summer, 9: s.Autumn, 12: s.Winter}
}
