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

// OrgIndex finds organisations and alliances (EU, NATO, ECB …) by their
// names in any of Kent's languages: acronyms as written, names by the
// stems of their words.
type OrgIndex struct {
	acronyms map[string]string // exact upper-case form -> key
	names    *EventIndex       // lower-case names, word stems -> key
}

// LoadOrganisations returns the embedded organisation index, validated: a
// name is a non-empty acronym or lower-case words, and given once. The
// index is built once per process and shared: it is only read.
func LoadOrganisations() (*OrgIndex, error) { return orgIndex() }

var orgIndex = sync.OnceValues(buildOrganisations)

func buildOrganisations() (*OrgIndex, error) {
	var raw map[string][]string
	if err := yaml.Unmarshal(organisationsYAML, &raw); err != nil {
		return nil, fmt.Errorf("places/organisations.yaml: %w", err)
	}
	ix := &OrgIndex{acronyms: map[string]string{}}
	stems := map[string][]string{}
	seen := map[string]string{}
	for key, list := range raw {
		for _, n := range list {
			if strings.TrimSpace(n) == "" || seen[n] != "" {
				return nil, fmt.Errorf("places/organisations.yaml: %s: name %q is empty or given twice", key, n)
			}
			seen[n] = key
			if n != strings.ToLower(n) && !strings.Contains(n, " ") {
				ix.acronyms[n] = key
				continue
			}
			if n != strings.ToLower(n) {
				return nil, fmt.Errorf("places/organisations.yaml: %s: %q: a name of several words must be lower case", key, n)
			}
			stems[key] = append(stems[key], n)
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
	ix.names.Match(low, func(k string, i int) {
		if at[i] == "" {
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
	if _, ok := ix.acronyms[acronymHead(words[0])]; ok {
		return 1
	}
	low := make([]string, min(len(words), 6))
	for i := range low {
		low[i] = strings.ToLower(words[i])
	}
	_, n := ix.names.Longest(low)
	return n
}

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
	if k, ok := ix.acronyms[acronymHead(words[0])]; ok {
		return k
	}
	low := make([]string, min(len(words), 6))
	for i := range low {
		low[i] = strings.ToLower(words[i])
	}
	found := ""
	ix.names.Match(low, func(k string, i int) {
		if i == 0 && found == "" {
			found = k
		}
	})
	return found
}
