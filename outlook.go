package kent

import "time"

// OutlookSchema names the version of the JSON form of an Outlook; the
// schema itself is brief/outlook.schema.json.
const OutlookSchema = "https://kent.news/schema/outlook/v1"

// Outlook is Kent's answer to a question: the pooled probability, how it
// moved, and every judgement behind it, cited. It is computed by package
// question and rendered by package brief; nothing in it is invented.
type Outlook struct {
	Schema     string   `json:"$schema"`
	Question   string   `json:"question"`
	QuestionID string   `json:"question_id,omitempty"`
	Places     []string `json:"places"`   // the question's places, key place first
	Concepts   []string `json:"concepts"` // its event concepts
	// Understood is the question as Kent read it: subject, event family,
	// object, polarity and time bound.
	Understood  *QuestionFrame `json:"understood,omitempty"`
	GeneratedAt time.Time      `json:"generated_at"`
	Articles    int            `json:"articles"` // articles considered

	Method Method `json:"method"`
	// Pooled is P(event) from the independent holders; nil when no
	// judgement bears on the question.
	Pooled    *float64 `json:"pooled"`
	Scale     string   `json:"scale,omitempty"`     // the scale Band and the contributions' bands are on (icd203)
	Band      string   `json:"band,omitempty"`      // band of Pooled, by Scale.For
	Direction string   `json:"direction,omitempty"` // for, against or even: the side of the scale Band lies on
	Holders   int      `json:"holders"`             // independent holders pooled
	Spread    Spread   `json:"spread"`

	// Contributions are the voices, one per holder and window; the
	// headline pools each holder's latest, and an earlier one says so in
	// its Reason (it counts in the Series only).
	Contributions []Contribution `json:"contributions"`
	Conditional   []Contribution `json:"conditional"` // shown apart, not pooled
	SetAside      []Contribution `json:"set_aside"`   // in relevant articles, but about something else
	Series        []Point        `json:"series"`      // the pooled value as of each window
	Disagreement  *Disagreement  `json:"disagreement,omitempty"`
}

// Method says how contributions were pooled.
type Method struct {
	Name      string  `json:"name"`      // "weighted mean of log-odds"
	Extremize float64 `json:"extremize"` // factor on the mean log-odds; 1 = none (Satopää et al. 2014)
	Window    string  `json:"window"`    // day or week: one voice per holder per window
	Weights   string  `json:"weights"`   // how kinds of judgement are weighted
	// VoiceAgeDays is how many days a voice counts in the series after it
	// was heard; 0: it never ages out.
	VoiceAgeDays int `json:"voice_age_days,omitempty"`
	// HalfLifeDays is how many days it takes an older voice's weight to
	// halve, counted from the newest voice (in the series, from the
	// point); 0: voices do not fade.
	HalfLifeDays int `json:"half_life_days,omitempty"`
}

// Spread is how far apart the independent holders are.
type Spread struct {
	Min    float64 `json:"min"`
	Max    float64 `json:"max"`
	StdDev float64 `json:"stddev_logodds"`
}

// Contribution is one holder's judgement on the question, with everything
// needed to cite it.
type Contribution struct {
	Holder      string    `json:"holder"` // a name, a group, or the outlet for the article's own voice
	HolderKind  string    `json:"holder_kind"`
	Role        string    `json:"role,omitempty"`
	Affiliation string    `json:"affiliation,omitempty"`
	P           float64   `json:"p"`              // P(event) this judgement implies
	Band        string    `json:"band,omitempty"` // band of P on the outlook's scale; none for a stance
	Weight      float64   `json:"weight"`
	Kind        string    `json:"kind"` // words, numeric, modal, categorical, stance
	Cue         string    `json:"cue"`
	Words       string    `json:"words"` // the sentence, in its original language
	Language    string    `json:"language"`
	Outlet      string    `json:"outlet,omitempty"`
	Published   time.Time `json:"published,omitzero"`
	ArticleID   string    `json:"article_id"`
	Source      string    `json:"source"`
	TimeFrame   string    `json:"time_frame,omitempty"`
	Trend       string    `json:"trend,omitempty"`
	Condition   string    `json:"condition,omitempty"`
	Reason      string    `json:"reason,omitempty"` // why set aside, or how the direction was read
	Proposition string    `json:"proposition"`
	// URL is the article's address, to click through to; "" when the
	// source had none.
	URL string `json:"url"`
	// AlsoIn lists further articles (other outlets or languages) where the
	// same holder said the same in the same window: one voice, many copies.
	AlsoIn []string `json:"also_in,omitempty"`
}

// Point is the pooled outlook as of the end of one window.
type Point struct {
	Date    time.Time `json:"date"`
	P       float64   `json:"p"`
	Holders int       `json:"holders"`
}

// Disagreement names the holders on each side of even.
type Disagreement struct {
	For     []string `json:"for"`
	Against []string `json:"against"`
}

// QuestionFrame is what Kent understood a question to ask.
type QuestionFrame struct {
	Subject   *FrameEntity `json:"subject,omitempty"`
	Family    string       `json:"family,omitempty"` // an event family of the lexicon
	Object    *FrameEntity `json:"object,omitempty"`
	Negated   bool         `json:"negated,omitempty"` // asks whether the event does not happen
	TimeBound string       `json:"time_bound,omitempty"`
	Summary   string       `json:"summary"` // the frame in one line, for people
}

// FrameEntity is a question's subject or object.
type FrameEntity struct {
	Name string `json:"name" yaml:"name"`
	Kind string `json:"kind" yaml:"kind"` // place, organisation or person
	// Key identifies it in any spelling: an ISO 3166 code, an organisation
	// key of lexicon/places/organisations.yaml, or a person's surname.
	Key string `json:"key,omitempty" yaml:"key"`
}
