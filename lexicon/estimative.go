package lexicon

// Estimative lists a language's expressions of likelihood by band of the
// default scale (ICD 203) and the words that modify them. All entries are
// lower case phrases.
type Estimative struct {
	Bands           map[string][]string `yaml:"bands"`  // band name of the default scale -> expressions
	Values          map[string]float64  `yaml:"values"` // survey point values for some expressions of Bands
	Modals          []string            `yaml:"modals"` // may, könnte: a possibility, weighted low
	Negators        []string            `yaml:"negators"`
	NegatorSuffixes []string            `yaml:"negator_suffixes"` // n't: a word ending so is negated (wouldn't)
	// NegatorClitics open a negation another negator closes: French "ne …
	// pas", "n'… plus". Alone ("ce n'est qu'une question de temps": only)
	// they negate nothing.
	NegatorClitics []string `yaml:"negator_clitics"`
	// NegativeConcord: several negations in one clause say no once ("ne …
	// plus jamais", "non … mai", "nie … nigdy", "не … никогда").
	NegativeConcord bool     `yaml:"negative_concord"`
	Intensifiers    []string `yaml:"intensifiers"`
	Downtoners      []string `yaml:"downtoners"`
	TrendUp         []string `yaml:"trend_up"`
	TrendDown       []string `yaml:"trend_down"`
	Conditionals    []string `yaml:"conditionals"`
	Timeframes      []string `yaml:"timeframes"`
	// TimePrepositions before a year make a time bound of a judgement:
	// "by 2030", "bis 2030", "do 2030 roku", "к 2030 году".
	TimePrepositions []string `yaml:"time_prepositions"`
	// TimeBefore are the one-word time prepositions that exclude their
	// date: "before 2023" and "ennen vuotta 2023" are by the end of 2022,
	// "before March" by the end of February. Words like "до" or "iki",
	// read either way in news, are left out.
	TimeBefore []string `yaml:"time_before"`
	// TimeAfter are the one-word prepositions that put the event after
	// their date ("after June", "nach Juni", "po czerwcu"): the month or
	// year after it at the earliest. TimeFrom put it at their date at the
	// earliest ("from July", "ab Juli", "od lipca").
	TimeAfter []string `yaml:"time_after"`
	TimeFrom  []string `yaml:"time_from"`
	// TimePostpositions after a year close its time bound where the
	// language puts the preposition after the date: "vuoteen 2030
	// mennessä" (by 2030), "2030 yılına kadar".
	TimePostpositions []string `yaml:"time_postpositions"`
	// TimeEvents are stems of the nouns of events a question may take as
	// its time bound ("before the election", "at the next meeting", "до
	// выборов", "ennen vaaleja"); a stem also names a compound's head
	// ("Bundestagswahl", "presidentinvaaleja"). TimeNext are the words for
	// "next" before one ("nästa", "nächsten", "najbliższym"): a whole word
	// written with a final "." is a case form that says "at the next" with
	// no preposition ("seuraavassa.").
	TimeEvents []string `yaml:"time_events"`
	TimeNext   []string `yaml:"time_next"`
	// TimeAfterWar are the phrases that put an event after a war whose end
	// has no date ("after the war", "po zakończeniu wojny", "після
	// закінчення війни", "sodan jälkeen"): of a question with a dated
	// bound, another time. Each word is a lower-case stem of a word of
	// the text, in order.
	TimeAfterWar []string `yaml:"time_after_war"`
	// Concessives ("even if", "selbst wenn", "даже если") grant something:
	// a conditional inside one sets no condition.
	Concessives []string `yaml:"concessives"`
	// ConditionsAsIs are words that, inside a condition, ask only that
	// things go on as they are ("if inflation keeps falling", "om
	// inflationsutsikterna står sig", "si les perspectives restent
	// favorables"): the holder expects the condition to hold, so the
	// judgement is pooled as said, not shown apart. Exceptions open a
	// condition that names what would change the forecast ("unless", "à
	// moins que", "ellei"): the forecast holds as things are, and is
	// pooled too. Whole lower-case words or phrases.
	ConditionsAsIs []string `yaml:"conditions_as_is"`
	Exceptions     []string `yaml:"exceptions"`
	// Insertions open a parenthetical that a condition runs through
	// ("if the outlook, including the krona, does not worsen", "om
	// utsikterna, inräknat kronan, inte försämras"): the condition goes
	// on after the insertion's closing comma. Whole lower-case words.
	Insertions []string `yaml:"insertions"`
	// Privatives ("without", "ohne", "bez", "без", "utan", "sans",
	// "ilman") deny the event noun they govern: "pressure without war" is
	// no war. Only where the event word follows directly or after one or
	// two words ("without open war"); "attack without warning" governs no
	// event. Whole lower-case words.
	Privatives []string `yaml:"privatives"`
	// ClauseConditionals are conditionals only where a clause starts:
	// Swedish "om" is "if" there, "about" after "ansöka", "tala", "avtal".
	ClauseConditionals []string `yaml:"clause_conditionals"`
	// Adversatives open a clause of their own after a judgement ("a cut in
	// March is unlikely, but that it may cut in June"): a complementizer
	// after one is not the judged clause's. Whole lower-case words.
	Adversatives []string `yaml:"adversatives"`
	// Necessity words ("must", "need", "brauchen", "potrzebujemy", "нужно")
	// right after a judgement's cue make its clause a view of what ought
	// to be done ("I think we need an embargo", "Uważam, że UE musi …"),
	// advocacy, not a forecast that it will be: no judgement. Words of
	// obligation that also forecast or schedule ("should", "devrait",
	// "doit avoir lieu", "powinna spaść", "должна снизиться") are left
	// out.
	Necessity []string `yaml:"necessity"`
	// WishVerbs say what a holder hopes or wishes for ("hoped that",
	// "hoffte, dass", "надеется, что", "hoppas att"): a future in the
	// clause they govern is a hope, a lean towards the event (likely), not
	// the near certainty of a forecast.
	// Verbs that also mean "expect" (es "espera", lt "tikisi") are left
	// out.
	WishVerbs []string `yaml:"wish_verbs"`
	// IfObjects are band cues that judge the conditional clause right
	// after them, not cues bounded by it: "I would be surprised if X",
	// "Es wäre keine Überraschung, wenn X", "Det skulle förvåna mig om
	// X", "olisi yllätys, jos X" judge X. Only a conditional that follows
	// the cue with nothing but punctuation between is so read; "troligt
	// om räntan sänks" keeps its condition.
	IfObjects []string `yaml:"if_objects"`
	// AttributiveBefore are the articles and possessives before an
	// adjective that modifies a noun ("sa possible démission", "un
	// possibile incarico", "ett möjligt avtal"): a possibility word there
	// is a possibility of that noun phrase only, no more than "may".
	// Whole lower-case words.
	AttributiveBefore []string `yaml:"attributive_before"`
	// PossibilityAdjectives are the forms of "possible" that modify a noun
	// ("possible", "possibile", "mögliche", "möjliga", "éventuelle"); only
	// they are read so, not a noun cue after an article ("einem
	// Kopf-an-Kopf-Rennen", "a toss-up").
	PossibilityAdjectives []string `yaml:"possibility_adjectives"`
	Categorical           []string `yaml:"categorical"` // will never, wird nicht: a categorical forecast
	// EstimatingVerbs are verbs whose subject holds a judgement made
	// outside quotes: "Polymarket gave Biden a 55% chance", "FiveThirtyEight
	// ocenia szanse", "46 of 73 economists now expect".
	EstimatingVerbs []string `yaml:"estimating_verbs"`
	// HolderGroups hold judgements without a name: markets, bookmakers,
	// economists; with the attribution groups, they make a holder.
	HolderGroups []string `yaml:"holder_groups"`
	// ShowingVerbs are what a poll, survey, study or model does with its
	// finding ("shows", "zeigt", "pokazuje", "wynika", "показал", "visar"):
	// the proxy next to one holds the judgement after it ("A poll shows
	// that a cut is likely", "Z sondażu wynika, że …").
	ShowingVerbs []string `yaml:"showing_verbs"`
	// PronounSources are sources that are pronouns ("in his view", "selon
	// lui", "jego zdaniem", "по его словам"): the holder is the one the
	// article named last.
	PronounSources []string `yaml:"pronoun_sources"`
	// ViewPreps open a sentence with whose view it gives: "For Macek, a
	// 2027 entry is unrealistic", "Pour X", "Für X", "Dla X", "Для X": the
	// person or body named after one holds the sentence's judgement.
	ViewPreps []string `yaml:"view_preps"`
	// GenitivePreps join an event noun to whose event it is, as a
	// genitive does: "the resignation of Johnson", "ein Rücktritt von
	// Scholz", "la démission de Macron". Languages with a genitive case
	// (pl, ru, uk, be, lt, fi) need none.
	GenitivePreps []string `yaml:"genitive_preps"`
	// OwnerPreps say where an event happens, as GenitivePreps say whose
	// it is: a place after one of either is whose the event is ("an early
	// election in the UK"); a place after any other preposition ("after
	// the US vote", "with US consent", "tariffs on Canada") is a third
	// party to it, not its subject.
	OwnerPreps []string `yaml:"owner_preps"`
	// OccurObjects are the objects of verbs that only say an event
	// happens ("take effect", "take place", "avoir lieu", "mieć
	// miejsce"), lower case: an event that is the subject of a verb with
	// any other object acts on something, and a judgement on that is one
	// on an effect of the event ("the tariffs could push up prices").
	OccurObjects []string `yaml:"occur_objects"`
	// PricingVerbs say a market prices an outcome in ("price in",
	// "preisen … ein", "scontano", "descuentan", "wyceniają",
	// "закладывают"): the market near one holds the priced probability,
	// not the outlet or bank that reports it.
	PricingVerbs []string `yaml:"pricing_verbs"`
	// ReportedSpeech are words that mark a sentence as someone's reported
	// words, not the writer's: German Konjunktiv I ("sei", "könne",
	// "werde"), the French reportative conditional ("serait",
	// "devrait"), a first person plural outside quotes ("nous", "wir",
	// "we"). After a sentence a named source held, in the same paragraph,
	// such a sentence goes on with that source's words.
	ReportedSpeech []string `yaml:"reported_speech"`
	// SpeechRuns: the language marks no indirect speech, so a paragraph
	// whose sentence before reported a named source's words goes on with
	// them (Polish, Russian, Ukrainian news).
	SpeechRuns bool `yaml:"speech_runs"`
	// AuthorVerbs name the writer of a commentary in its opening
	// sentence ("… – pisze Jakub Gajda", "…, skriver ledarskribenten
	// Susanna Ginman", "…, writes Anna Berg"): what the article then says
	// in its own voice is that person's view. Present-tense forms only:
	// "wrote" reports an earlier text, not this one.
	AuthorVerbs []string `yaml:"author_verbs"`
	// InvertedSubjects are the pronouns written onto a verb that follows
	// what it reports ("…, nuance-t-il", "…, estime-t-elle"): whatever the
	// verb, it frames the words before it, and the pronoun stands for the
	// holder named last.
	InvertedSubjects []string `yaml:"inverted_subjects"`
	// VerbFinal marks a language whose infinitive closes the clause of a
	// future auxiliary ("wird der EU in absehbarer Zeit nicht beitreten"),
	// so a forecast's event word may come anywhere before the clause ends.
	VerbFinal bool `yaml:"verb_final"`
	// Compounds marks a language that writes compound nouns as one word:
	// a word ending in a chance or probability noun is one
	// ("Erfolgsaussichten", "Siegchancen", "slagingskans", "segerchansen").
	Compounds bool `yaml:"compounds"`
	// Future auxiliaries (will, wird, kommer att, będzie) and synthetic
	// future endings (-ará, -erà): followed by, or ending, an event family
	// word they make a categorical forecast ("will join", "ganará").
	Future []string `yaml:"future"`
	// FutureReceive are verbs of receiving in a perfective (future) form
	// (получит, отримає, otrzyma, dostanie): with an event noun in their
	// clause they are a categorical forecast as a future auxiliary is
	// ("Україна не отримає запрошення", "Gruzja otrzyma status kandydata").
	FutureReceive []string `yaml:"future_receive"`
	// FutureRefuse are verbs of refusing in a perfective (future) form
	// (откажут, відмовлять, odmówią, zawetuje): with an event word in
	// their clause a categorical forecast of the refusal, which flips the
	// event ("Украине откажут во вступлении"). Their present tense
	// ("sprzeciwiają się aneksji") is a stance and is not listed.
	FutureRefuse   []string `yaml:"future_refuse"`
	FutureSuffixes []string `yaml:"future_suffixes"`
	// ReportedFuture are the auxiliaries of a future told in reported
	// speech (would, würde, zou, skulle) and ReportedFutureSuffixes the
	// endings of a synthetic one (-rait, -ría, -rebbe). After a verb of
	// saying or announcing in the sentence ("Rusu announced that Moldova
	// would leave the alliance", "le RN a annoncé qu'il voterait la
	// motion"), with an event word after them, they are a categorical
	// forecast as a future is; elsewhere they are a hypothetical ("that
	// would bring the government down") and judge nothing. Languages
	// that report a future in the future tense (the Slavic ones, Finnish,
	// Lithuanian) leave them empty.
	ReportedFuture         []string `yaml:"reported_future"`
	ReportedFutureSuffixes []string `yaml:"reported_future_suffixes"`
	// FutureTagged: an ending alone does not tell a future (a Slavic
	// perfective present "wejdzie", "вступит" ends like a noun or an
	// imperfective present): a word so ending is a future only where the
	// tagger reads it as a finite verb with no gender (not a past tense).
	FutureTagged bool `yaml:"future_tagged"`
	// VerbProbe is a third-person pronoun ("on", "он", "він") before which
	// the tagger reads a word alone, where it misreads a perfective present
	// in its sentence ("Scholz przegra.", "Gabinet upadnie tylko wtedy" as
	// a noun or an adverb): read there as a finite verb with no gender and
	// a lemma with an InfinitiveEndings ending (przegrać, упасть), it is a
	// future. Empty: the sentence's tags alone decide.
	VerbProbe         string   `yaml:"verb_probe"`
	InfinitiveEndings []string `yaml:"infinitive_endings"`
	// ExpectVerbs (expects, rechnet mit, ожидает, spodziewa się, förväntar
	// sig) with an event word in their clause are a likely judgement: the
	// holder's forecast of that event ("the Ifo expects the economy to
	// shrink"); negated ("не ждут"), an unlikely one.
	ExpectVerbs []string `yaml:"expect_verbs"`
	// IntentVerbs (intends to, plans to, promised to, zamierza, намерен,
	// planerar att, promet de) with an event word in their clause are the
	// holder's word that it will act: a likely judgement of that event held
	// by the verb's subject, read like an expecting verb ("Spain intends to
	// recognise Palestine"); negated ("не намерена"), an unlikely one.
	// Being ready, prepared or willing to act ("ready to", "prêt à",
	// "готовы"), announcing, deciding or threatening to act, and the
	// first-person forms ("I intend", "собираюсь") are listed with them;
	// wanting to ("wants to", "will", "chce") is a preference and is not.
	IntentVerbs []string `yaml:"intent_verbs"`
	// IntentNegated (has no intention of, hat nicht vor, не має наміру,
	// neketina, n'a pas l'intention de, planerar inte att) are intending
	// verbs with their negation written inside them: an intention denied,
	// the unlikely judgement a negation before an intending verb gives
	// ("does not intend to", "nie zamierza", "ei aio"), held the same way.
	// A band or categorical phrase that is an intending verb with its
	// negation ("nie zamierza", "no plans to", "не планує") is read as
	// that intention, not as the phrase's own band, so that a stated
	// intention has one band in every language.
	IntentNegated []string `yaml:"intent_negated"`
	// OwnCountry are the words for the speaker's own country ("his
	// country", "son pays", "sein Land", "его страна", "jego kraj"): as the
	// subject of an intending word ("Støre said his country was ready to
	// recognise Palestine") they make the speaker's country the actor.
	OwnCountry []string `yaml:"own_country"`
	// FirmExpectation (fully, firmly, fest, w pełni, твердо) next to an
	// expecting or believing verb makes its likely judgement a very likely
	// one: "rechnet fest mit einer Zinssenkung", "fully expects a cut".
	FirmExpectation []string `yaml:"firm_expectation"`
	// UnanimousExpectation (unanimously, einhellig, all'unanimità,
	// enhälligt) next to an expecting or believing verb makes its likely
	// judgement an almost certain one: when every forecaster expects it,
	// the surveys' own reading is a near certainty.
	UnanimousExpectation []string `yaml:"unanimous_expectation"`
	// BeliefVerbs (think, pensent, gehen davon aus, считает, uważa, tror)
	// are a likely judgement only of a forecast in their clause: an event
	// word after a future auxiliary or with a future ending ("think the
	// ECB will cut", "pensent que la BCE mettra fin"), or, where the verb
	// closes the clause (de, nl), in a that-clause. "I think" alone, or
	// with a past or present clause, judges nothing.
	BeliefVerbs []string `yaml:"belief_verbs"`
	// PastAuxiliaries (war, wurde, was, oli) in a belief's clause make it
	// a belief about the past where the present speaks of the future
	// ("glauben, dass die Rezession mild war").
	PastAuxiliaries []string `yaml:"past_auxiliaries"`
	// DegreeNone (near zero, nahe null, близка к нулю) with a probability
	// noun is almost no chance: "sannolikheten … nära noll".
	DegreeNone []string `yaml:"degree_none"`
	// CertaintyWords (certain, sure, pewna, sicher, уверен) right after a
	// stated percentage make it a probability without a chance noun:
	// "90 percent sure", "w 100 proc. pewna".
	CertaintyWords []string `yaml:"certainty_words"`
	// NoneShares (none of the, keiner der, aucun des, żaden z) start a
	// share of forecasters of zero: "none of the economists surveyed saw
	// a move".
	NoneShares []string `yaml:"none_shares"`
	// Raising and Lowering (raise, steigt, aumentano; lower, sinkt) next to
	// a chance noun are a judgement that the chance moves: "raise the
	// probability that Russia defaults" is likely and rising.
	Raising  []string `yaml:"raising"`
	Lowering []string `yaml:"lowering"`
	// SeeingVerbs (see, widać, вижу) denied before a chance noun deny it:
	// "nie widać szans na …", "I see no possibility of …" (very unlikely).
	SeeingVerbs []string `yaml:"seeing_verbs"`
	// Inserted are discourse adverbs that may stand inside a cue between
	// commas or none: "we do not, however, see", "emme kuitenkaan usko".
	// A cue is read through one of them.
	Inserted []string `yaml:"inserted"`
	// DegreeEven (even, wyrównane, равные) with a chance noun is about even.
	DegreeEven []string `yaml:"degree_even"`
	// Readiness (braced for, готовятся к, przygotowani na) with an event
	// word after it is a very likely judgement: a holder set for the event
	// treats it as coming ("markets are braced for a cut"). An entry with
	// "…" has its event between its two parts, where the participle closes
	// the clause: "auf … eingestellt" ("auf eine Zinssenkung im Juni
	// eingestellt").
	Readiness []string `yaml:"readiness"`
	// Heading (heading into, gehen in, zmierzamy do, движемся к) with an
	// event word right after it is a present that speaks of the future: in
	// a named speaker's words, a very likely judgement ("„Wir gehen in eine
	// Winter-Rezession“, sagt …").
	Heading []string `yaml:"heading"`
	// EarlyResults (exit polls, first results, Hochrechnung, экзитполы,
	// wstępne wyniki) with a win or loss in their sentence report who is
	// winning before the count ends: a very likely judgement that they
	// hold ("according to exit polls, Dan wins the run-off"). A share of
	// the vote alone is no judgement (no event word).
	EarlyResults []string `yaml:"early_results"`
	// Occurrence (will take place, пройдёт, odbędzie się, si farà,
	// sucederá) after an event word in its clause is a categorical
	// forecast that the event happens: "the referendum will be held in
	// 2023". Forms are future ones (an auxiliary's or a synthetic future);
	// a negation before them is the proposition's.
	Occurrence []string `yaml:"occurrence"`
	// Happening (will come true, stanie się, сбудется, arrivera, pasará)
	// after a pronoun that stands for an event named before ("this", "to",
	// "это", "cela") is read as Occurrence is: "to nie stanie się
	// dzisiaj" says the event will not happen. Only there: some are
	// copulas or other verbs with another subject ("mobilizacja stanie
	// się okazją": will become; "arrivera à Paris").
	Happening []string `yaml:"happening"`
	// Imminent (is imminent, steht kurz bevor, är nära förestående, вот-вот,
	// lada dzień) says the event is about to happen: a very likely
	// judgement on it. Under a hedge or a belief that governs it ("unlikely
	// to be imminent", "gehen nicht davon aus, dass … unmittelbar
	// bevorsteht") the hedge or the belief is the judgement.
	Imminent []string `yaml:"imminent"`
	// ImminentTimes (in the coming days, в ближайшее время, w najbliższych
	// dniach, lähipäivinä) in a clause with a future ("the order will be
	// given in the coming days") make it a very likely forecast, where no
	// hedge of the sentence judges it ("could begin in the coming days" is
	// the hedge's).
	ImminentTimes []string `yaml:"imminent_times"`
	// Elisions are the elided words written onto the next one ("l'",
	// "n'", "dell'"): an event word is read without them, so
	// "n'adhérera" and "l'adesione" name membership.
	Elisions    []string `yaml:"elisions"`
	NoEvidence  []string `yaml:"no_evidence"` // no evidence (that): a stance against what follows
	ChanceNouns []string `yaml:"chance_nouns"`
	// OddsNouns (odds, Quote, kurs, коэффициент) make a sentence's 4/7,
	// 1.53 or "3 to 1" (OddsTo: to, zu, к) a bookmaker's probability.
	OddsNouns        []string `yaml:"odds_nouns"`
	OddsTo           []string `yaml:"odds_to"`
	ProbabilityNouns []string `yaml:"probability_nouns"` // probability, Wahrscheinlichkeit: read with a degree word
	Interrogatives   []string `yaml:"interrogatives"`    // how, wie, насколько: a question, not a judgement
	// HeadlineTeasers (here is, so, voici, вот, oto) opening what follows a
	// title's question announce the article ("Regierung vor dem Aus? So
	// wahrscheinlich ist …"): no answer, so no judgement.
	HeadlineTeasers []string `yaml:"headline_teasers"`
	// HeadlineDenials (no, kein, pas de, ingen, brak, нет) opening a title
	// before an event noun deny it: "Kein Frieden vor Jahresende", "Pas de
	// traité de paix en 2024" is a firm forecast that it will not happen.
	HeadlineDenials []string `yaml:"headline_denials"`
	DegreeLow       []string `yaml:"degree_low"`  // low, gering, невелика: with a probability noun, unlikely
	DegreeHigh      []string `yaml:"degree_high"` // high, hoch, высокая: with a chance noun, likely
	Percent         []string `yaml:"percent"`
	Complementizers []string `yaml:"complementizers"`
	Infinitive      []string `yaml:"infinitive"` // zu, te: marks an infinitive clause that can be the proposition
	// InfinitiveInfix (de "zu") is the infinitive marker written inside a
	// separable verb ("zurückzutreten", "auszusteigen", "beizutreten"):
	// such a word opens an infinitive clause, and without the infix it is
	// the verb the event lexicon knows ("zurücktreten").
	InfinitiveInfix []string `yaml:"infinitive_infix"`
	Blockers        []string `yaml:"blockers"` // idioms in which an estimative word estimates nothing: as soon as possible
	// ComparativeNever are the phrases in which a negation compares, not
	// denies: "never been so close", "noch nie so realistisch wie jetzt",
	// "jamais été aussi bonnes", "nigdy nie było tak blisko" say the
	// estimative word after them holds now, more than ever.
	ComparativeNever []string `yaml:"comparative_never"`
	// NotOnly are the phrases in which a negation focuses, not denies:
	// "not only possible but likely", "nicht nur möglich, sondern
	// wahrscheinlich", "inte bara möjligt", "не только возможно" assert
	// what follows and add more.
	NotOnly []string `yaml:"not_only"`
	// PickVerbs name a forecaster's choice of a time ("selected", "tippten
	// auf", "ont choisi"): with a month or year as object, a judgement that
	// the article's event comes then. OrLater after a picked time makes it
	// an earliest time ("2025 or later", "oder später", "или позже").
	PickVerbs []string `yaml:"pick_verbs"`
	OrLater   []string `yaml:"or_later"`
	// FirstWords (first, erste, första, ensimmäinen, первое) before an
	// event make the time it names the earliest: "the first cut in June"
	// says no cut before June. Whole lower-case words.
	FirstWords []string `yaml:"first_words"`
	// RelativeTime reads times said from the article's date ("within a
	// year", "za trzy lata", "через год", "nästa år").
	RelativeTime RelativeTime `yaml:"relative_time"`
	// GrowthForecast reads a figure for the economy as a judgement of a
	// recession: "the economy will shrink by 0.4%" (likely), "growth of
	// 0.4%" (likely none).
	GrowthForecast GrowthForecast `yaml:"growth_forecast"`
	// Numbers, RatioWords, RangeWords and PercentStems read stated
	// probabilities: "one in three", "30 to 40 percent", "70 Prozent".
	// A number is read in any language Kent knows: its words are short and
	// a quoted figure is often in another language than its paragraph.
	Numbers      map[string]float64 `yaml:"numbers"`       // one: 1, drei: 3, двух: 2
	RatioWords   []string           `yaml:"ratio_words"`   // one "in" three, "out of", auf, из
	RangeWords   []string           `yaml:"range_words"`   // 30 "to" 40, bis, до
	PercentStems []string           `yaml:"percent_stems"` // a word starting with one is a percent unit: prozent, відсот
	// Fractions read a probability stated as a fraction in words: a
	// fraction noun in its forms with its denominator (thirds: 3, Dritteln:
	// 3, трети: 3) after a number word or one of FractionNumbers (numbers
	// only before a fraction: a, un, due), "two-thirds", "zwei Drittel",
	// "две трети". FractionOf are the
	// words after which a fraction counts people, not a chance ("two-thirds
	// of", "zwei Drittel der").
	Fractions       map[string]float64 `yaml:"fractions"`
	FractionNumbers map[string]float64 `yaml:"fraction_numbers"`
	FractionOf      []string           `yaml:"fraction_of"`
	// A share of forecasters who expect an event is a survey's judgement
	// of it: "13 of 25 economists expected …", "two-thirds of polled
	// economists see …". ShareGroups are the forecasters (a share of
	// voters is no judgement of an event), ShareVerbs the verbs of a
	// survey's choice besides expecting ones (chose, nannten, ont choisi),
	// Shares the fraction words (half: 0.5, two-thirds: 0.67).
	// PastMarkers before a cue (within four words), PastMarkersAfter
	// after it (within two: "angenommen hatten", "erwarteten zuvor"), make
	// it an expectation held before: "had expected", "previously
	// predicted", "wcześniej zakładano".
	PastMarkers      []string           `yaml:"past_markers"`
	PastMarkersAfter []string           `yaml:"past_markers_after"`
	ShareGroups      []string           `yaml:"share_groups"`
	ShareVerbs       []string           `yaml:"share_verbs"`
	Shares           map[string]float64 `yaml:"shares"`

	// Whether (whether, ob, huruvida, ли) opens an indirect question: a
	// future in its clause is asked, not forecast ("the question whether
	// Biden will withdraw is open", "zobaczymy, czy Biden się wycofa").
	// WhetherOpening (czy, чи) does so only at the start of a clause:
	// inside one it means "or" ("prędzej czy później").
	Whether        []string `yaml:"whether"`
	WhetherOpening []string `yaml:"whether_opening"`
}
