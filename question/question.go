// Package question decides whether a judgement bears on a question: its
// proposition must name the question's key place (in any language: Belarus,
// Vitryssland, Białoruś, Беларусь) and the question's event (event concepts
// from the lexicons: military, war, enter), not merely sit in a relevant
// article.
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
}

// New returns a matcher over all lexicons.
func New(lex *lexicon.Set) (*Matcher, error) {
	p, err := lexicon.LoadPlaces()
	if err != nil {
		return nil, err
	}
	m := &Matcher{places: p.Index(), cldr: lexicon.CountryNames(lex.Codes()), events: map[string][]string{}}
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
	q.Concepts = m.concepts(text)
	return q
}

func (m *Matcher) concepts(text string) []string {
	low := " " + strings.Join(fields(strings.ToLower(text)), " ") + " "
	var out []string
	for _, concept := range []string{"military", "war", "enter"} {
		for _, s := range m.events[concept] {
			if strings.Contains(low, " "+s) {
				out = append(out, concept)
				break
			}
		}
	}
	return out
}

// About reports whether a judgement's proposition is about the question's
// event: it names the key place and either two of the question's event
// concepts or its military one. "mass protests are unlikely" and "it
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
	military := false
	for _, c := range j.Proposition.Events {
		if c == "abstain" {
			c = "enter" // staying out is about joining, read inverted
		}
		for _, qc := range q.Concepts {
			if c == qc {
				shared++
				military = military || c == "military"
			}
		}
	}
	return shared >= 2 || military
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
