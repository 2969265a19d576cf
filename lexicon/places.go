package lexicon

import (
	_ "embed"
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"
)

//go:embed places/places.yaml
var placesYAML []byte

// Places maps a place (ISO 3166 code or city name) to lower-case stems that
// name it, its people or its adjective in Kent's languages.
type Places map[string][]string

// LoadPlaces returns the embedded place list, validated.
func LoadPlaces() (Places, error) {
	var p Places
	if err := yaml.Unmarshal(placesYAML, &p); err != nil {
		return nil, fmt.Errorf("places/places.yaml: %w", err)
	}
	for k, stems := range p {
		for _, s := range stems {
			if s != strings.ToLower(s) || strings.TrimSpace(s) == "" {
				return nil, fmt.Errorf("places/places.yaml: %s: stem %q must be non-empty lower case", k, s)
			}
		}
	}
	return p, nil
}

// Match returns the places a word names.
func (p Places) Match(word string) []string {
	w := strings.ToLower(word)
	var out []string
	for k, stems := range p {
		for _, s := range stems {
			if strings.HasPrefix(w, s) {
				out = append(out, k)
				break
			}
		}
	}
	return out
}
