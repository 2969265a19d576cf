// Package question decides whether a judgement bears on a question: its
// proposition must name the question's key place (in any language: Belarus,
// Vitryssland, Białoruś, Беларусь) and the question's event (event concepts
// declared in the lexicons: military, war, enter), not merely sit in a
// relevant article. It pools the judgements that do into an Outlook.
package question

import (
	"strings"
	"unicode"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/lexicon"
)

// Question is what is asked, reduced to what relevance needs.
type Question struct {
	ID   string `json:"id,omitempty" yaml:"id"`
	Text string `json:"text" yaml:"text"`
	// Places are the places the question names, the key one (its subject)
	// first.
	Places []string `json:"places" yaml:"places"`
	// Concepts are the event concepts the question asks about.
	Concepts []string `json:"concepts" yaml:"concepts"`
}

// Matcher parses questions and tests judgements against them.
type Matcher struct {
	places *lexicon.PlaceIndex
	cldr   map[string]string   // lower-case country name in any of Kent's languages -> region code
	events map[string][]string // concept -> stems of every language
	// concepts are the declared event concepts in question order.
	concepts []lexicon.EventConcept
	// opposite maps a concept to the one it negates (abstain -> enter).
	opposite map[string]string
	// scale gives the pooled value its band and direction.
	scale *kent.Scale
}

// New returns a matcher over all lexicons.
func New(lex *lexicon.Set) (*Matcher, error) {
	p, err := lexicon.LoadPlaces()
	if err != nil {
		return nil, err
	}
	m := &Matcher{places: p.Index(), cldr: lexicon.CountryNames(lex.Codes()), events: map[string][]string{},
		concepts: lex.EventConcepts(), opposite: map[string]string{}, scale: lex.DefaultScale()}
	for _, c := range m.concepts {
		if c.Opposite != "" {
			m.opposite[c.Name] = c.Opposite
		}
	}
	for _, c := range lex.Codes() {
		for concept, stems := range lex.Get(c).Events {
			m.events[concept] = append(m.events[concept], stems...)
		}
	}
	return m, nil
}

// Parse derives a question's places and event concepts from its text, in
// whatever language it is written.
func (m *Matcher) Parse(text string) Question {
	q := Question{Text: text}
	seen := map[string]bool{}
	for _, w := range fields(text) {
		for _, p := range m.placesOf(w) {
			if !seen[p] {
				seen[p] = true
				q.Places = append(q.Places, p)
			}
		}
	}
	q.Concepts = m.conceptsOf(text)
	return q
}

// conceptsOf returns the event concepts a question's words name, in the
// order the lexicon declares them; a concept that stands for another's
// opposite (staying out) is never asked about.
func (m *Matcher) conceptsOf(text string) []string {
	low := " " + strings.Join(fields(strings.ToLower(text)), " ") + " "
	var out []string
	for _, c := range m.concepts {
		if c.Opposite != "" {
			continue
		}
		for _, s := range m.events[c.Name] {
			if strings.Contains(low, " "+s) {
				out = append(out, c.Name)
				break
			}
		}
	}
	return out
}

// About reports whether a judgement's proposition is about the question's
// event: it names the key place and either two of the question's event
// concepts or a key one (military). "mass protests are unlikely" and "it
// certainly wouldn't be critical" are not; "osannolikt att Belarus direkt ger
// sig in i kriget" is.
func (m *Matcher) About(q Question, j kent.Judgement) bool {
	if len(q.Places) == 0 {
		return false
	}
	key := q.Places[0]
	hasKey := false
	words := append(fields(j.Proposition.Text), j.Proposition.Entities...)
	if j.Categorical && j.Holder != nil {
		// "We will not interfere": a leader's categorical "we" is his country.
		words = append(words, fields(j.Holder.Name)...)
	}
	for _, w := range words {
		for _, p := range m.placesOf(w) {
			if p == key {
				hasKey = true
			}
		}
	}
	if !hasKey {
		return false
	}
	shared := 0
	keyConcept := false
	for _, c := range j.Proposition.Events {
		if o := m.opposite[c]; o != "" {
			c = o // staying out is about joining, read inverted
		}
		for _, qc := range q.Concepts {
			if c == qc {
				shared++
				keyConcept = keyConcept || m.isKey(c)
			}
		}
	}
	return shared >= 2 || keyConcept
}

func (m *Matcher) isKey(concept string) bool {
	for _, c := range m.concepts {
		if c.Name == concept {
			return c.Key
		}
	}
	return false
}

func fields(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' })
}

// placesOf returns the places a word names: from Kent's place stems, or a
// country name from CLDR (in the word's exact form or with a short case
// ending: "Vitrysslands", "Frankreichs").
func (m *Matcher) placesOf(w string) []string {
	out := m.places.Match(w)
	low := []rune(strings.ToLower(w))
	for cut := 0; cut <= 2 && len(low)-cut >= 4; cut++ {
		if r, ok := m.cldr[string(low[:len(low)-cut])]; ok {
			for _, p := range out {
				if p == r {
					return out
				}
			}
			return append(out, r)
		}
	}
	return out
}
