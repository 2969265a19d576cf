// Package lexicon loads Kent's per-language knowledge: one YAML file per
// language under data/, embedded in the binary. Mechanisms (cleaning,
// segmentation, later attribution and estimation) live in code and read their
// words from here, so adding a language is adding a file, with no Go change.
//
// The file data/all.yaml holds entries that are not tied to one language
// (agency names in photo credits, app-store names); its language is "*".
package lexicon

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"
)

//go:embed data/*.yaml
var dataFS embed.FS

// Language is the knowledge Kent has about one language.
type Language struct {
	// Code is the ISO 639-1 code, equal to the file name without .yaml.
	Code string `yaml:"code"`
	Name string `yaml:"name"`
	// Letters lists the letters the language uses beyond ASCII a-z. Decoding
	// legacy encodings is scored by how many non-ASCII letters fall in one
	// language's alphabet.
	Letters string `yaml:"letters"`
	// FunctionWords are the language's commonest short words, lower case.
	// They let cleaning confirm a paragraph's language without asking the
	// (much slower) statistical detector.
	FunctionWords []string `yaml:"function_words"`
	// Abbreviations end with a period that does not end a sentence
	// ("Dr.", "z.B.", "т.е."). Stored without the final period, matched
	// case-insensitively.
	Abbreviations []string `yaml:"abbreviations"`
	// Chrome lists lower-case phrases that mark site chrome (navigation,
	// comment forms, sharing, legal footers) when they occur in a short block.
	Chrome []string `yaml:"chrome"`
	// Credits lists words that introduce a photo credit ("Photo:", "Foto:").
	Credits []string `yaml:"credits"`
	// LegalForms lists company legal forms ("UAB", "GmbH", "ООО"); a short
	// line built around one is a publisher's imprint.
	LegalForms []string `yaml:"legal_forms"`
	// Months lists month names and their usual abbreviations, lower case; used
	// as a cheap pre-check before the date parser is asked.
	Months []string `yaml:"months"`
	// Weekdays lists day names, lower case: capitalised, they open names
	// of nothing ("Monday President Lukashenko").
	Weekdays []string `yaml:"weekdays"`
	// Attribution is what finding quotes and their speakers needs.
	Attribution Attribution `yaml:"attribution"`
	// Estimative is what finding judgements of likelihood needs.
	Estimative Estimative `yaml:"estimative"`
	// Events maps an event concept (military, war, enter; abstain for
	// staying out, the opposite of joining) to word stems that express it;
	// a word matches a stem it starts with.
	Events map[string][]string `yaml:"events"`
}

// Estimative lists a language's expressions of likelihood by ICD 203 band
// and the words that modify them. All entries are lower case phrases.
type Estimative struct {
	Bands            map[string][]string `yaml:"bands"`  // ICD 203 band name -> expressions
	Values           map[string]float64  `yaml:"values"` // survey point values for some expressions
	Modals           []string            `yaml:"modals"` // may, könnte: a possibility, weighted low
	Negators         []string            `yaml:"negators"`
	Intensifiers     []string            `yaml:"intensifiers"`
	Downtoners       []string            `yaml:"downtoners"`
	TrendUp          []string            `yaml:"trend_up"`
	TrendDown        []string            `yaml:"trend_down"`
	Conditionals     []string            `yaml:"conditionals"`
	Timeframes       []string            `yaml:"timeframes"`
	Categorical      []string            `yaml:"categorical"` // will never, wird nicht: a categorical forecast
	NoEvidence       []string            `yaml:"no_evidence"` // no evidence (that): a stance against what follows
	ChanceNouns      []string            `yaml:"chance_nouns"`
	ProbabilityNouns []string            `yaml:"probability_nouns"` // probability, Wahrscheinlichkeit: read with a degree word
	Interrogatives   []string            `yaml:"interrogatives"`    // how, wie, насколько: a question, not a judgement
	DegreeLow        []string            `yaml:"degree_low"`        // low, gering, невелика: with a probability noun, unlikely
	DegreeHigh       []string            `yaml:"degree_high"`       // high, hoch, высокая: with a chance noun, likely
	Percent          []string            `yaml:"percent"`
	Complementizers  []string            `yaml:"complementizers"`
	Infinitive       []string            `yaml:"infinitive"` // zu, te: marks an infinitive clause that can be the proposition
}

// BandNames are the ICD 203 bands in order of probability, the keys of
// Estimative.Bands.
var BandNames = []string{"almost_no_chance", "very_unlikely", "unlikely", "roughly_even", "likely", "very_likely", "almost_certain"}

// Attribution lists the words that mark reported speech in a language. All
// entries are lower case; multi-word entries are matched as phrases.
type Attribution struct {
	VerbSecond       bool     `yaml:"verb_second"`           // V2 word order: prefer the subject after the verb when something precedes it
	ProDrop          bool     `yaml:"pro_drop"`              // a verb without a subject stands for the latest speaker
	DashInParagraph  bool     `yaml:"dash_inside_paragraph"` // "… zdanie. – Cytat – ocenił." speech dashes open sentences too
	Blockers         []string `yaml:"blockers"`              // phrases in which a verb is no cue: think tank
	Verbs            []string `yaml:"verbs"`                 // reporting verbs in the forms news uses: said, säger, заявил
	Sources          []string `yaml:"sources"`               // before a source: according to, enligt, laut, по словам
	SourcesAfter     []string `yaml:"sources_after"`         // after a source: zufolge, aldus
	Pronouns         []string `yaml:"pronouns"`              // that can stand for a speaker: he, han, он
	Groups           []string `yaml:"groups"`                // nouns that make a speaker without a name: officials, analysts
	Roles            []string `yaml:"roles"`                 // role and title words: analyst, professor, президент
	Complementizers  []string `yaml:"complementizers"`       // that, att, dass, że, что
	Connectors       []string `yaml:"connectors"`            // lower-case words inside names: for, of, von
	OrgWords         []string `yaml:"org_words"`             // head words of organisation names: institute, institutet
	Auxiliaries      []string `yaml:"auxiliaries"`           // between a subject and its verb: has, also
	AffiliationPreps []string `yaml:"affiliation_preps"`     // before an affiliation: at, vid, am
}

// Set is a loaded collection of languages.
type Set struct {
	langs map[string]*Language
	all   *Language
}

var (
	defaultOnce sync.Once
	defaultSet  *Set
	defaultErr  error
)

// Default returns the embedded lexicons, loaded once. An error means a data
// file is broken, which the lexicon tests catch before release.
func Default() (*Set, error) {
	defaultOnce.Do(func() { defaultSet, defaultErr = Load(dataFS, "data") })
	return defaultSet, defaultErr
}

// MustDefault is Default for callers that cannot proceed without lexicons.
func MustDefault() *Set {
	s, err := Default()
	if err != nil {
		panic(err)
	}
	return s
}

// Load reads every *.yaml file in dir of fsys and validates it.
func Load(fsys fs.FS, dir string) (*Set, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, err
	}
	s := &Set{langs: map[string]*Language{}}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".yaml") {
			continue
		}
		name := path.Join(dir, e.Name())
		raw, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		l, err := Parse(name, raw)
		if err != nil {
			return nil, err
		}
		if want := strings.TrimSuffix(e.Name(), ".yaml"); l.Code != want && !(l.Code == "*" && want == "all") {
			return nil, fmt.Errorf("%s: code %q does not match the file name", name, l.Code)
		}
		if l.Code == "*" {
			s.all = l
		} else {
			s.langs[l.Code] = l
		}
	}
	if s.all == nil {
		s.all = &Language{Code: "*"}
	}
	return s, nil
}

// Parse decodes and validates one lexicon file; errors name the file and,
// where yaml knows it, the line.
func Parse(name string, raw []byte) (*Language, error) {
	var l Language
	dec := yaml.NewDecoder(strings.NewReader(string(raw)))
	dec.KnownFields(true)
	if err := dec.Decode(&l); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if l.Code == "" {
		return nil, fmt.Errorf("%s: missing code", name)
	}
	lists := map[string][]string{
		"abbreviations": l.Abbreviations, "chrome": l.Chrome, "credits": l.Credits,
		"legal_forms": l.LegalForms, "months": l.Months, "weekdays": l.Weekdays, "function_words": l.FunctionWords,
	}
	a := l.Attribution
	for field, list := range map[string][]string{
		"attribution.verbs": a.Verbs, "attribution.blockers": a.Blockers, "attribution.sources": a.Sources, "attribution.sources_after": a.SourcesAfter,
		"attribution.pronouns": a.Pronouns, "attribution.groups": a.Groups, "attribution.roles": a.Roles,
		"attribution.complementizers": a.Complementizers, "attribution.connectors": a.Connectors,
		"attribution.org_words": a.OrgWords, "attribution.auxiliaries": a.Auxiliaries,
		"attribution.affiliation_preps": a.AffiliationPreps,
	} {
		lists[field] = list
		for _, w := range list {
			if w != strings.ToLower(w) {
				return nil, fmt.Errorf("%s: %s: %q must be lower case", name, field, w)
			}
		}
	}
	es := l.Estimative
	for band, list := range es.Bands {
		if !slices.Contains(BandNames, band) {
			return nil, fmt.Errorf("%s: estimative.bands: unknown band %q (want one of %v)", name, band, BandNames)
		}
		lists["estimative.bands."+band] = list
	}
	for w, v := range es.Values {
		if v < 0 || v > 1 {
			return nil, fmt.Errorf("%s: estimative.values: %q = %v is not a probability", name, w, v)
		}
	}
	for field, list := range map[string][]string{
		"estimative.modals": es.Modals, "estimative.negators": es.Negators, "estimative.intensifiers": es.Intensifiers,
		"estimative.downtoners": es.Downtoners, "estimative.trend_up": es.TrendUp, "estimative.trend_down": es.TrendDown,
		"estimative.conditionals": es.Conditionals, "estimative.timeframes": es.Timeframes, "estimative.categorical": es.Categorical,
		"estimative.no_evidence": es.NoEvidence, "estimative.chance_nouns": es.ChanceNouns,
		"estimative.degree_low": es.DegreeLow, "estimative.probability_nouns": es.ProbabilityNouns, "estimative.interrogatives": es.Interrogatives, "estimative.degree_high": es.DegreeHigh, "estimative.percent": es.Percent,
		"estimative.complementizers": es.Complementizers, "estimative.infinitive": es.Infinitive,
	} {
		lists[field] = list
	}
	for concept, list := range l.Events {
		lists["events."+concept] = list
	}
	for field, list := range lists {
		seen := map[string]bool{}
		for i, w := range list {
			if strings.TrimSpace(w) == "" {
				return nil, fmt.Errorf("%s: %s[%d] is empty", name, field, i)
			}
			if seen[strings.ToLower(w)] {
				return nil, fmt.Errorf("%s: %s has %q twice", name, field, w)
			}
			seen[strings.ToLower(w)] = true
		}
	}
	for _, w := range append(append(append([]string{}, l.Chrome...), l.Months...), l.FunctionWords...) {
		if w != strings.ToLower(w) {
			return nil, fmt.Errorf("%s: %q must be lower case", name, w)
		}
	}
	for _, w := range l.Abbreviations {
		if strings.HasSuffix(w, ".") {
			return nil, fmt.Errorf("%s: abbreviation %q must be written without its final period", name, w)
		}
	}
	return &l, nil
}

// Get returns the lexicon of a language, or nil if Kent has none.
func (s *Set) Get(code string) *Language { return s.langs[code] }

// All returns the language-independent entries.
func (s *Set) All() *Language { return s.all }

// Codes returns the language codes with a lexicon, sorted.
func (s *Set) Codes() []string {
	out := make([]string, 0, len(s.langs))
	for c := range s.langs {
		out = append(out, c)
	}
	sort.Strings(out)
	return out
}
