package kent

// Judgement is one estimative statement — "osannolikt", "very unlikely at
// the moment", "a one-in-three chance" — with whose judgement it is, what it
// is about and how likely it says that is. It is created by package estimate
// and stored with its article; spans are byte offsets into Article.Text
// (into Article.Title for a headline's).
type Judgement struct {
	Cue      string `json:"cue"` // the estimative words as written
	CueSpan  Span   `json:"cue_span"`
	Sentence int    `json:"sentence"` // index into Article.SentenceSpans(); -1 for a headline's
	Language string `json:"language"`
	// Headline is set for a judgement the article's title states
	// ("Economists: ECB rate cut in June all but certain"): its Sentence is
	// -1, its spans are byte offsets into Article.Title and its Words are
	// the title.
	Headline bool `json:"headline,omitempty"`
	// Words is the whole sentence, exactly as the article prints it, so a
	// brief can cite it in the original language.
	Words string `json:"words"`

	// Band is the band of the proposition as stated, after negation and
	// modifiers, on the lexicons' default scale (ICD 203: almost_no_chance
	// … almost_certain); for a stated number, the band its value falls in
	// (Scale.For). Empty for a stance without a degree ("no evidence that …").
	Band string `json:"band,omitempty"`
	// Value is the point probability used for pooling; Low and High the
	// range it stands for. All lie in [0, 1].
	Value float64 `json:"value"`
	Low   float64 `json:"low"`
	High  float64 `json:"high"`
	// Scale names where Band comes from: the default scale ("icd203") for
	// words, "numeric" for a stated number.
	Scale string `json:"scale"`

	Negated     bool   `json:"negated,omitempty"`     // "not likely", "I don't think … will"
	Modal       bool   `json:"modal,omitempty"`       // may, might, könnte: a possibility, weak evidence
	Categorical bool   `json:"categorical,omitempty"` // "they will never send troops"
	Trend       string `json:"trend,omitempty"`       // up or down: "increasingly probable"
	TimeFrame   string `json:"time_frame,omitempty"`  // "at the moment", "inom en överskådlig framtid"
	// Past is set for an expectation held before and reported as such
	// ("had expected", "erwarteten zuvor", "ранее прогнозировали"): not
	// the holder's voice now. Its TimeFrame names the marker.
	Past bool `json:"past,omitempty"`
	// Condition is set when the judgement holds only if something happens:
	// "if Putin's situation becomes desperate, he may …".
	Condition string `json:"condition,omitempty"`

	// Holder is whose judgement it is; nil means the article's own voice
	// (its author or outlet).
	Holder *Speaker `json:"holder,omitempty"`
	// Proposition is what the judgement says is likely or not.
	Proposition Proposition `json:"proposition"`

	// Keys are what a question finds the judgement by, set at ingest by
	// package question (places, organisations and surnames its sentence,
	// proposition and holder name; its event families); a store indexes
	// them (JudgementQuery.Keys). nil: never computed, so a store cannot
	// tell what the judgement bears on and returns it for every key.
	Keys []string `json:"-"`
}

// Proposition is the clause a judgement is about, with what it mentions,
// so that a question can decide whether the judgement bears on it.
type Proposition struct {
	Text     string   `json:"text"`
	Span     Span     `json:"span"`
	Entities []string `json:"entities,omitempty"` // capitalised names, as written
	Events   []string `json:"events,omitempty"`   // event concepts declared in the lexicon: military, war, enter, abstain
	// Negated is set when the clause itself is negative ("that Belarus
	// will not send troops"), apart from the judgement's own words.
	Negated bool `json:"negated,omitempty"`
	// Actor is who says it will act, when the judging words are its own
	// intention or readiness and the sentence names it before them ("La
	// Norvège se dit prête à reconnaître un État palestinien", "Ana Rusu
	// said Moldova was ready to leave"): the subject of the event, which
	// the clause after the words does not repeat. Empty otherwise.
	Actor string `json:"actor,omitempty"`
}
