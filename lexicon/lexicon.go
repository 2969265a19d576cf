// Package lexicon loads Kent's per-language knowledge: one YAML file per
// language under data/, embedded in the binary, and the estimative scales
// under data/scales/, one file per scale. Mechanisms (cleaning,
// segmentation, attribution, estimation, questions) live in code and read
// their words from here, so adding a language, an event concept or a scale
// is adding or editing a file, with no Go change.
//
// The file data/all.yaml holds entries that are not tied to one language
// (agency names in photo credits, app-store names, name connectors kept in
// English everywhere) and declares the event concepts; its language is "*".
//
// Every file is checked when it is loaded: list entries must be non-empty,
// unique and lower case wherever Kent matches lower-case text; event keys
// must be declared concepts, band keys bands of the default scale, survey
// values phrases of a band. Errors read "file:line: reason".
package lexicon

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strings"
	"sync"

	"github.com/kentnews/kent"
)

//go:embed data/*.yaml data/scales/*.yaml
var dataFS embed.FS

// Embedded returns the lexicon files built into Kent: languages at the top,
// scales under scales/. Load(Embedded(), ".") loads what Default does.
func Embedded() fs.FS {
	sub, err := fs.Sub(dataFS, "data")
	if err != nil {
		panic(err) // the embed pattern above guarantees the directory
	}
	return sub
}

// Set is a loaded collection of languages and scales.
type Set struct {
	langs    map[string]*Language
	all      *Language
	scales   map[string]*kent.Scale
	defScale *kent.Scale
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

// DefaultCodes returns the codes of the embedded languages, sorted, from
// their file names alone (Load insists each file's code is its name), so a
// command that only needs the list, such as a flag's default, does not pay
// for parsing and checking every lexicon (about 20 MB and 0.1 s).
func DefaultCodes() []string {
	var codes []string
	entries, _ := fs.ReadDir(dataFS, "data") // the embed pattern guarantees it
	for _, e := range entries {
		base, ok := strings.CutSuffix(e.Name(), ".yaml")
		if ok && !e.IsDir() && base != "all" {
			codes = append(codes, base)
		}
	}
	return codes
}

// MustDefault is Default for callers that cannot proceed without lexicons.
func MustDefault() *Set {
	s, err := Default()
	if err != nil {
		panic(err)
	}
	return s
}

// Load reads every *.yaml file in dir of fsys as a language and every
// *.yaml file in dir/scales as a scale, and validates them, alone and
// against each other. Exactly one scale must be marked default: the
// languages' estimative bands are written in it.
func Load(fsys fs.FS, dir string) (*Set, error) {
	s := &Set{langs: map[string]*Language{}}
	var err error
	if s.scales, s.defScale, err = loadScales(fsys, path.Join(dir, "scales")); err != nil {
		return nil, err
	}
	err = eachYAML(fsys, dir, func(name, base string, raw []byte) error {
		l, err := Parse(name, raw)
		if err != nil {
			return err
		}
		if l.Code != base && !(l.Code == "*" && base == "all") {
			return fmt.Errorf("%s:%d: code %q does not match the file name", name, l.lines["code"], l.Code)
		}
		if l.Code == "*" {
			s.all = l
		} else {
			s.langs[l.Code] = l
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if s.all == nil {
		s.all = &Language{Code: "*"}
	}
	var errs []error
	for _, c := range s.Codes() {
		errs = append(errs, s.crossCheck(s.langs[c])...)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return s, nil
}

// Get returns the lexicon of a language, or nil if Kent has none.
func (s *Set) Get(code string) *Language { return s.langs[code] }

// All returns the language-independent entries.
func (s *Set) All() *Language { return s.all }

// Codes returns the language codes with a lexicon, sorted.
func (s *Set) Codes() []string { return slices.Sorted(maps.Keys(s.langs)) }

// eachYAML calls fn with every *.yaml file directly in dir: its path, its
// name without .yaml, and its bytes.
func eachYAML(fsys fs.FS, dir string, fn func(name, base string, raw []byte) error) error {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".yaml") {
			continue
		}
		name := path.Join(dir, e.Name())
		raw, err := fs.ReadFile(fsys, name)
		if err != nil {
			return err
		}
		if err := fn(name, strings.TrimSuffix(e.Name(), ".yaml"), raw); err != nil {
			return err
		}
	}
	return nil
}

// EventConcepts returns the declared event concepts in their file order.
func (s *Set) EventConcepts() []EventConcept { return s.all.EventConcepts }

// DefaultScale returns the scale the lexicons' bands are written in (ICD
// 203): judgements are found in it and briefs report in it.
func (s *Set) DefaultScale() *kent.Scale { return s.defScale }

// ScaleNames returns the names of the scales, sorted.
func (s *Set) ScaleNames() []string { return slices.Sorted(maps.Keys(s.scales)) }

// Scale returns the scale with the given name; the error lists the names
// there are.
func (s *Set) Scale(name string) (*kent.Scale, error) {
	if sc, ok := s.scales[name]; ok {
		return sc, nil
	}
	return nil, fmt.Errorf("unknown scale %q (%s)", name, strings.Join(s.ScaleNames(), ", "))
}
