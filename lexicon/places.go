package lexicon

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

//go:embed places/places.yaml
var placesYAML []byte

// Places maps a place (ISO 3166 code or city name) to lower-case stems that
// name it, its people or its adjective in Kent's languages.
type Places map[string][]string

// LoadPlaces returns the embedded place list, validated: a copy of its own
// for each caller, so one that changes it changes no other's.
func LoadPlaces() (Places, error) {
	p, err := parsedPlaces()
	if err != nil {
		return nil, err
	}
	out := make(Places, len(p))
	for k, stems := range p {
		out[k] = slices.Clone(stems)
	}
	return out, nil
}

// parsedPlaces reads places.yaml once per process: every stage that knows
// places loads the list, and reading the YAML again each time was most of
// building them (a test builds them dozens of times).
var parsedPlaces = sync.OnceValues(func() (Places, error) {
	var p Places
	if err := yaml.Unmarshal(placesYAML, &p); err != nil {
		return nil, fmt.Errorf("places/places.yaml: %w", err)
	}
	for k, stems := range p {
		for _, s := range stems {
			if (s != strings.ToLower(s) && !Acronym(s) && !titled(s)) || strings.TrimSpace(s) == "" {
				return nil, fmt.Errorf("places/places.yaml: %s: stem %q must be non-empty lower case, an acronym in capitals or one capitalised word", k, s)
			}
		}
	}
	return p, nil
})

// Acronym reports whether a place-list entry is an acronym matched as
// written ("US", "UK", "U.S."): capitals with at most points between
// them. A lower-case stem "us" would take "use" and "usual"; the acronym
// takes only the word "US" (or "US-China").
func Acronym(s string) bool {
	caps := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z', r >= 'А' && r <= 'Я':
			caps++
		case r == '.':
		default:
			return false
		}
	}
	return caps >= 2
}

// titled reports whether a place-list entry is one capitalised word
// matched as written ("Gazy", "Газа"): a name whose lower-case form is
// another word of its language (Polish "gazy" are gases, Russian "газа" is
// gas's genitive), so only the capital tells the place.
func titled(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	return n > 0 && unicode.IsUpper(r) && s[n:] == strings.ToLower(s[n:]) && !strings.ContainsAny(s, " .")
}

// WithoutLeaders returns the places less the CODE/leader keys: the lands,
// their people and capitals, not the persons who stand for them.
func (p Places) WithoutLeaders() Places {
	out := Places{}
	for k, stems := range p {
		if !strings.HasSuffix(k, "/leader") {
			out[k] = stems
		}
	}
	return out
}

// Leaders returns the CODE/leader keys alone.
func (p Places) Leaders() Places {
	out := Places{}
	for k, stems := range p {
		if strings.HasSuffix(k, "/leader") {
			out[k] = stems
		}
	}
	return out
}

// Multiword returns the stems of two words or more, by place code (a
// CODE/capital or CODE/leader key counts as its CODE): "west bank",
// "zachodni brzeg". Index matches one word at a time and never finds them.
func (p Places) Multiword() map[string][]string {
	out := map[string][]string{}
	for k, stems := range p {
		code, _, _ := strings.Cut(k, "/")
		for _, s := range stems {
			if strings.Contains(s, " ") {
				out[code] = append(out[code], s)
			}
		}
	}
	for _, ss := range out {
		slices.Sort(ss) // the same order on every run: a map's order changes
	}
	return out
}

// Match returns the places a word names. For many lookups, use Index.
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

// PlaceIndex finds places by stem with one map lookup per word prefix.
type PlaceIndex struct {
	byPrefix map[string][]stemPlace // first two runes of a stem
	acronyms map[string][]string    // an acronym as written -> its places
}

type stemPlace struct{ stem, place string }

// Index builds a PlaceIndex.
func (p Places) Index() *PlaceIndex {
	ix := &PlaceIndex{byPrefix: map[string][]stemPlace{}, acronyms: map[string][]string{}}
	for k, stems := range p {
		for _, s := range stems {
			if Acronym(s) || titled(s) {
				ix.acronyms[s] = append(ix.acronyms[s], k)
				continue
			}
			r := []rune(s)
			if len(r) < 2 {
				continue
			}
			key := string(r[:2])
			ix.byPrefix[key] = append(ix.byPrefix[key], stemPlace{s, k})
		}
	}
	// The longest stem first, then by place: a word two places' stems
	// begin names the one whose stem says more, the same on every run
	// (callers take the first; a map's order changes run to run).
	for _, ks := range ix.acronyms {
		slices.Sort(ks) // "UK" names one place list first on every run, as callers take the first
	}
	for _, b := range ix.byPrefix {
		slices.SortFunc(b, func(x, y stemPlace) int {
			if d := len(y.stem) - len(x.stem); d != 0 {
				return d
			}
			return strings.Compare(x.place+x.stem, y.place+y.stem)
		})
	}
	return ix
}

// Match returns the places a word names or stands for ("Minsk" and
// "Lukashenko" stand for BY).
func (ix *PlaceIndex) Match(word string) []string {
	var out []string
	for _, k := range ix.MatchKeys(word) {
		code, _, _ := strings.Cut(k, "/")
		if !slices.Contains(out, code) {
			out = append(out, code)
		}
	}
	return out
}

// MatchKeys returns the place-list keys a word matches, "BY/leader" and
// "BY/capital" included.
func (ix *PlaceIndex) MatchKeys(word string) []string {
	if len(ix.acronyms) > 0 {
		head, _, _ := strings.Cut(word, "-") // "US-China"
		if ks, ok := ix.acronyms[strings.TrimSuffix(head, "'s")]; ok {
			return ks
		}
	}
	w := strings.ToLower(word)
	// The first two runes, sliced from w rather than converting all of it
	// to runes; text that is not UTF-8 there takes the conversion, which
	// spells a bad byte U+FFFD.
	c1, n1 := utf8.DecodeRuneInString(w)
	if n1 == len(w) {
		return nil // fewer than two runes
	}
	c2, n2 := utf8.DecodeRuneInString(w[n1:])
	key := w[:n1+n2]
	if c1 == utf8.RuneError || c2 == utf8.RuneError {
		key = string([]rune(w)[:2])
	}
	var out []string
	for _, sp := range ix.byPrefix[key] {
		if strings.HasPrefix(w, sp.stem) && !slices.Contains(out, sp.place) {
			out = append(out, sp.place)
		}
	}
	return out
}

// CountryNames maps one-word country names, lower case, in the given
// languages to ISO 3166 codes, from the CLDR data golang.org/x/text ships
// ("vitryssland" → BY, "białoruś" → BY, "беларусь" → BY).
func CountryNames(codes []string) map[string]string {
	return countryNames(codes, func(name string) bool { return !strings.ContainsAny(name, " -") })
}

// MultiwordCountryNames maps the country names of two or three words, lower
// case, in the given languages to ISO 3166 codes ("united states", "south
// korea", "république tchèque").
func MultiwordCountryNames(codes []string) map[string]string {
	return countryNames(codes, func(name string) bool {
		n := len(strings.Fields(name))
		return n >= 2 && n <= 3
	})
}

// countryNames walks every CLDR region name in the given languages and keeps
// the lower-case names keep accepts; the first language to name one wins.
func countryNames(codes []string, keep func(name string) bool) map[string]string {
	out := map[string]string{}
	for _, c := range codes {
		for _, n := range regionNames(c) {
			if !keep(n.name) {
				continue
			}
			if _, taken := out[n.name]; !taken {
				out[n.name] = n.code
			}
		}
	}
	return out
}

// regionName is a country's lower-case name in one language and its code.
type regionName struct{ name, code string }

var regionNamesOf sync.Map // language code → func() []regionName

// regionNames lists the countries CLDR names in a language, in the order
// of their two-letter codes, walked once per language and process: the
// walk was most of building the name finder and the question matcher.
func regionNames(code string) []regionName {
	f, ok := regionNamesOf.Load(code)
	if !ok {
		f, _ = regionNamesOf.LoadOrStore(code, sync.OnceValue(func() []regionName { return walkRegions(code) }))
	}
	return f.(func() []regionName)()
}

func walkRegions(code string) []regionName {
	tag, err := language.Parse(code)
	if err != nil {
		return nil
	}
	namer := display.Regions(tag)
	var out []regionName
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			r, err := language.ParseRegion(string([]rune{a, b}))
			if err != nil || !r.IsCountry() {
				continue
			}
			if name := strings.ToLower(namer.Name(r)); name != "" {
				out = append(out, regionName{name, r.Canonicalize().String()}) // DD (East Germany) is named "Germany" too: DE
			}
		}
	}
	return out
}
