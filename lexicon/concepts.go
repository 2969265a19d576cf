package lexicon

import (
	_ "embed"
	"fmt"
	"sort"
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
	// Concepts are visited in name order and the longest stem is tried
	// first, so a word two concepts claim ("lag": law and team in Swedish;
	// "soldi" and "soldier") always gets the same one: story clustering
	// depended on map order and gave 558 or 559 stories from run to run.
	concepts := make([]string, 0, len(c))
	for concept := range c {
		concepts = append(concepts, concept)
	}
	sort.Strings(concepts)
	for _, concept := range concepts {
		for _, s := range c[concept] {
			if utf8.RuneCountInString(s) < 5 || strings.Contains(s, " ") {
				if _, ok := ix.exact[s]; !ok {
					ix.exact[s] = concept
				}
				continue
			}
			k := string([]rune(s)[:3])
			ix.prefix[k] = append(ix.prefix[k], stemPlace{s, concept})
		}
	}
	for _, bucket := range ix.prefix {
		sort.SliceStable(bucket, func(i, j int) bool { return len(bucket[i].stem) > len(bucket[j].stem) })
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
