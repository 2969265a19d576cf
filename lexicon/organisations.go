package lexicon

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"
)

//go:embed places/organisations.yaml
var organisationsYAML []byte

//go:embed places/parties.yaml
var partiesYAML []byte

// OrgIndex finds organisations and alliances (EU, NATO, ECB …) by their
// names in any of Kent's languages: acronyms as written, names by the
// stems of their words.
type OrgIndex struct {
	acronyms map[string]string // exact upper-case form -> key
	names    *EventIndex       // lower-case names, word stems -> key
	parties  map[string]bool   // keys of places/parties.yaml
}

// LoadOrganisations returns the embedded organisation index, validated: a
// name is a non-empty acronym or lower-case words, and given once. The
// index is built once per process and shared: it is only read.
func LoadOrganisations() (*OrgIndex, error) { return orgIndex() }

var orgIndex = sync.OnceValues(buildOrganisations)

func buildOrganisations() (*OrgIndex, error) {
	var raw, parties map[string][]string
	if err := yaml.Unmarshal(organisationsYAML, &raw); err != nil {
		return nil, fmt.Errorf("places/organisations.yaml: %w", err)
	}
	if err := yaml.Unmarshal(partiesYAML, &parties); err != nil {
		return nil, fmt.Errorf("places/parties.yaml: %w", err)
	}
	ix := &OrgIndex{acronyms: map[string]string{}, parties: map[string]bool{}}
	stems := map[string][]string{}
	seen := map[string]string{}
	for file, lists := range map[string]map[string][]string{"organisations": raw, "parties": parties} {
		for key, list := range lists {
			if _, dup := raw[key]; dup && file == "parties" || ix.parties[key] {
				return nil, fmt.Errorf("places/%s.yaml: key %s given twice", file, key)
			}
			if file == "parties" {
				ix.parties[key] = true
			}
			for _, n := range list {
				if strings.TrimSpace(n) == "" || seen[n] != "" {
					return nil, fmt.Errorf("places/%s.yaml: %s: name %q is empty or given twice", file, key, n)
				}
				seen[n] = key
				if n != strings.ToLower(n) && !strings.Contains(n, " ") {
					ix.acronyms[n] = key
					continue
				}
				if n != strings.ToLower(n) {
					return nil, fmt.Errorf("places/%s.yaml: %s: %q: a name of several words must be lower case", file, key, n)
				}
				stems[key] = append(stems[key], n)
			}
		}
	}
	// A mixed-case acronym is also written in capitals ("BoJ", "BOJ";
	// "PBoC", "PBOC"), unless that spelling is another's.
	for n, key := range ix.acronyms {
		if up := strings.ToUpper(n); up != n && seen[up] == "" {
			ix.acronyms[up] = key
		}
	}
	ix.names = NewEventIndex(stems)
	return ix, nil
}

// Find returns the organisations words name, in text order; words are as
// written (acronyms are matched case-sensitively, names in lower case).
func (ix *OrgIndex) Find(words []string) []string {
	at := make([]string, len(words)) // the organisation named at each word
	low := make([]string, len(words))
	for i, w := range words {
		low[i] = strings.ToLower(w)
		at[i] = ix.acronyms[acronymHead(w)]
	}
	// A name of several words is one organisation, and no word inside it
	// names another: "Sweden Democrats", "Republican People's Party" are
	// no American party.
	inside := make([]bool, len(words))
	for i := range low {
		if inside[i] {
			continue
		}
		if k, n := ix.names.Longest(low[i:min(len(low), i+6)]); n > 1 {
			at[i] = k
			for j := i + 1; j < i+n; j++ {
				inside[j], at[j] = true, ""
			}
		}
	}
	ix.names.Match(low, func(k string, i int) {
		if at[i] == "" && !inside[i] {
			at[i] = k
		}
	})
	var out []string
	for _, k := range at {
		if k != "" && !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

// Span returns how many words the longest organisation name starting
// at words[0] takes, or 0: "Institut der deutschen Wirtschaft" is four,
// its lower-case words inside the name.
func (ix *OrgIndex) Span(words []string) int {
	if len(words) == 0 {
		return 0
	}
	low := make([]string, min(len(words), 6))
	for i := range low {
		low[i] = strings.ToLower(words[i])
	}
	if _, n := ix.names.Longest(low); n > 1 {
		return n
	}
	if _, ok := ix.acronyms[acronymHead(words[0])]; ok {
		return 1
	}
	return 0
}

// Party reports whether key is a political party's (places/parties.yaml).
func (ix *OrgIndex) Party(key string) bool { return ix.parties[key] }

// acronymHead is the acronym a word is written on: "EBC-u" (pl), "ECB:s"
// (sv), "EKP:n" (fi) and "Fed's", "ECB’s" (en) inflect or possess the
// acronym they begin with, as "Fed" or "ECB" alone would name it.
func acronymHead(w string) string {
	head, _, _ := strings.Cut(w, "-")
	head, _, _ = strings.Cut(head, ":")
	for _, s := range []string{"'s", "’s", "'", "’"} {
		if h, ok := strings.CutSuffix(head, s); ok {
			return h
		}
	}
	return head
}

// At returns the organisation whose name starts at words[0], or "".
func (ix *OrgIndex) At(words []string) string {
	if len(words) == 0 {
		return ""
	}
	low := make([]string, min(len(words), 6))
	for i := range low {
		low[i] = strings.ToLower(words[i])
	}
	if k, n := ix.names.Longest(low); n > 1 {
		return k // "Republican People's Party": the longer name, not "Republican"
	}
	if k, ok := ix.acronyms[acronymHead(words[0])]; ok {
		return k
	}
	found := ""
	ix.names.Match(low, func(k string, i int) {
		if i == 0 && found == "" {
			found = k
		}
	})
	return found
}
