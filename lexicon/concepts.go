package lexicon

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

//go:embed concepts/concepts.yaml
var conceptsYAML []byte

// Concepts maps a frequent news concept to the stems that name it in
// Kent's languages.
type Concepts map[string][]string

// LoadConcepts returns the embedded concept list, validated.
func LoadConcepts() (Concepts, error) {
	var c Concepts
	if err := yaml.Unmarshal(conceptsYAML, &c); err != nil {
		return nil, fmt.Errorf("concepts/concepts.yaml: %w", err)
	}
	for k, stems := range c {
		for _, s := range stems {
			if s != strings.ToLower(s) || strings.TrimSpace(s) == "" {
				return nil, fmt.Errorf("concepts/concepts.yaml: %s: stem %q must be non-empty lower case", k, s)
			}
		}
	}
	return c, nil
}

// ConceptIndex finds the concept a word names: a stem of five letters or
// more matches the words it starts; a shorter one only itself, so "val"
// (Swedish for election) does not catch "value".
type ConceptIndex struct {
	exact  map[string]string
	prefix map[string][]stemPlace // first three runes -> stems
}

// Index builds a ConceptIndex.
func (c Concepts) Index() *ConceptIndex {
	ix := &ConceptIndex{exact: map[string]string{}, prefix: map[string][]stemPlace{}}
	for concept, stems := range c {
		for _, s := range stems {
			if utf8.RuneCountInString(s) < 5 || strings.Contains(s, " ") {
				ix.exact[s] = concept
				continue
			}
			k := string([]rune(s)[:3])
			ix.prefix[k] = append(ix.prefix[k], stemPlace{s, concept})
		}
	}
	return ix
}

// Match returns the concept a lower-case word names, or "".
func (ix *ConceptIndex) Match(word string) string {
	if c, ok := ix.exact[word]; ok {
		return c
	}
	r := []rune(word)
	if len(r) < 5 {
		return ""
	}
	for _, sp := range ix.prefix[string(r[:3])] {
		if strings.HasPrefix(word, sp.stem) {
			return sp.place
		}
	}
	return ""
}
