package lexicon

import (
	_ "embed"
	"fmt"
	"sync"

	"go.yaml.in/yaml/v3"
)

//go:embed places/asked.yaml
var askedYAML []byte

// AskedAcronyms returns the acronyms that name a country only where a
// question asks about it ("US", "UK"), each with its place code: a copy for
// each caller.
func AskedAcronyms() (map[string]string, error) {
	a, err := parsedAsked()
	if err != nil {
		return nil, err
	}
	out := make(map[string]string, len(a))
	for k, v := range a {
		out[k] = v
	}
	return out, nil
}

var parsedAsked = sync.OnceValues(func() (map[string]string, error) {
	var p Places
	if err := yaml.Unmarshal(askedYAML, &p); err != nil {
		return nil, fmt.Errorf("places/asked.yaml: %w", err)
	}
	out := map[string]string{}
	for code, acrs := range p {
		for _, a := range acrs {
			if !Acronym(a) {
				return nil, fmt.Errorf("places/asked.yaml: %s: %q is no acronym in capitals", code, a)
			}
			if other, ok := out[a]; ok {
				return nil, fmt.Errorf("places/asked.yaml: %q names both %s and %s", a, other, code)
			}
			out[a] = code
		}
	}
	return out, nil
})
