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
	// Key makes the name's spellings one (Jurkonis, Yurkonis, Юркинис):
	// set by package names, stored beside the speaker so that a store can
	// look speakers up by key equality. Not part of the JSON form.
	Key NameKey `json:"-"`
}

// NameKey is the spelling-blind key of a speaker's name: the key of its last
// word (the surname, or a group's head word) and the first letter of its
// first word's key ("" for a one-word name). Package names computes it.
//
// Skeleton and Cyrillic join one name's spellings across scripts (Trump,
// Трамп) and Cyrillic orthographies (Някляеў, Некляев): the surname's
// consonant skeleton and the script it was written in. Equal skeletons
// join only names in different scripts — within one script the vowels
// tell names apart (Scholz, Schulz).
type NameKey struct {
	Surname  string
	Initial  string
	Skeleton string
	Cyrillic Script
}

// Script is the script a name is spelled in, telling the Cyrillic
// orthographies apart by the letters only one of them has: a Belarusian
// spelling (ў: Някляеў) and a Russian one (Некляев) of one name differ in
// their vowels as two scripts do. Stored as 0 and 1 before the
// orthographies were told apart, so Latin and Cyrillic keep those values.
type Script uint8

// Scripts of names.
const (
	ScriptLatin      Script = iota // any script but Cyrillic
	ScriptCyrillic                 // Cyrillic with no letter of one orthography (Russian, or undecided)
	ScriptBelarusian               // Cyrillic with ў
	ScriptUkrainian                // Cyrillic with ї, є or ґ
	// Latin spellings of a long Slavic surname in one language's
	// transliteration differ from the English one as two scripts do
	// (Selenskyj, Zełenski, Zelensky): set only for skeletons of five
	// letters or more, where a vowel-blind match is safe.
	ScriptPolish // Latin with a Polish letter or digraph (ł, ś, sz, cz, rz)
	ScriptGerman // Latin in German transliteration (ä, ö, ü, sch, a final -yj, -ow, -ew)
	// English spellings of a Ukrainian surname write its и as y between
	// consonants (Tymoshenko), the Russian ones as i (Timoshenko).
	ScriptLatinY // Latin with y between consonants in a Slavic surname
)

// IsZero reports whether the key is empty: a name without letters.
func (k NameKey) IsZero() bool { return k.Surname == "" }

// Matches reports whether a name keyed k can be the name asked for by q: the
// surnames agree (or their skeletons do across scripts) and, when both give
// a first name, so do the initials ("Yurkonis" and "V. Jurkonis" find
// "Vytis Jurkonis"; "A. Jurkonis" does not; "Трамп" finds "Donald Trump";
// Jill Biden is not Joe: see initialsAgree).
// Stores implement the same test on their key columns.
func (k NameKey) Matches(q NameKey) bool {
	if k.Surname == "" || q.Surname == "" {
		return false
	}
	same := k.Surname == q.Surname || k.Skeleton != "" && k.Skeleton == q.Skeleton && k.Cyrillic != q.Cyrillic
	return same && initialsAgree(k.Initial, q.Initial)
}

// initialsAgree reports whether two keys' given-name codes can be one
// name's: either is missing, they are equal, or one is an initial alone
// ("J.") that the other begins with. A code is the initial and the class
// of the given name's next consonant (package names: Joe "y-", Jill
// "yl"), so Joe and Jill Biden stay apart while "J. Biden" finds either.
func initialsAgree(a, b string) bool {
	return a == "" || b == "" || a == b || len(a) == 1 && a == b[:1] || len(b) == 1 && b == a[:1]
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
