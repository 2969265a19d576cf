package kent

// QuoteKind says how a quote renders its speaker's words.
type QuoteKind string

const (
	QuoteDirect   QuoteKind = "direct"   // the speaker's own words in quote marks or after a speech dash
	QuoteIndirect QuoteKind = "indirect" // reported speech: "X said that …", "according to X, …"
	QuotePartial  QuoteKind = "partial"  // a few quoted words inside the writer's sentence
	QuoteMixed    QuoteKind = "mixed"    // reported speech that contains quoted words
)

// Speaker is whom a quote (or later a judgement) is attributed to. Name is
// the canonical form for the article: a person's full name as the article
// spells it most often, or the words naming an organisation or group.
type Speaker struct {
	Name        string `json:"name"`
	Kind        string `json:"kind"` // person, organisation or group
	Role        string `json:"role,omitempty"`
	Affiliation string `json:"affiliation,omitempty"`
	// Mention is how the text refers to the speaker at this quote ("he",
	// "Jurkonis", "the political analyst"), at MentionSpan.
	Mention     string `json:"mention"`
	MentionSpan Span   `json:"mention_span"`
}

// Speaker kinds.
const (
	SpeakerPerson       = "person"
	SpeakerOrganisation = "organisation"
	SpeakerGroup        = "group"
)

// Quote is one attributed (or, honestly, unattributed) piece of reported
// speech in an article. It is created by package attrib and stored with its
// article; Span and CueSpan are byte offsets into Article.Text.
type Quote struct {
	Text     string    `json:"text"`
	Span     Span      `json:"span"`
	Kind     QuoteKind `json:"kind"`
	Speaker  *Speaker  `json:"speaker,omitempty"` // nil: Kent found no speaker and will not invent one
	Cue      string    `json:"cue,omitempty"`     // the reporting words: "said", "according to", ":"
	CueSpan  Span      `json:"cue_span"`
	Sentence int       `json:"sentence"` // index of the first sentence, counting through the article
	Language string    `json:"language"`
}
