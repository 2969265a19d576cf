package lexicon

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"maps"
	"reflect"
	"regexp"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Parse decodes and checks one language file; every error names the file
// and the line: "de.yaml:61: estimative.bands.likely: "Wohl" must be lower
// case (Kent matches lower-case text, so it would never match)". Checks
// that need other files (event concepts, scale bands) are made by Load.
func Parse(name string, raw []byte) (*Language, error) {
	var l Language
	var root yaml.Node
	if err := decodeStrict(name, raw, &l, &root); err != nil {
		return nil, err
	}
	c := &checker{file: name, lines: map[string]int{}}
	if root.Kind == yaml.DocumentNode && len(root.Content) > 0 {
		c.walk(root.Content[0], reflect.TypeOf(l), "", false)
	}
	l.file, l.lines = name, c.lines
	if l.Code == "" {
		c.errorf(1, "missing code")
	}
	c.fileChecks(&l)
	if len(c.errs) > 0 {
		return nil, errors.Join(c.errs...)
	}
	return &l, nil
}

// decodeStrict decodes raw into v, refusing unknown fields, and into root
// for positions; yaml's "line N: …" becomes "name:N: …".
func decodeStrict(name string, raw []byte, v any, root *yaml.Node) error {
	// The file is parsed once, into root, and decoded from it when every
	// key names a field: decoding the text and parsing it again for the
	// positions was most of loading the lexicons (0.1 s of every command's
	// start, more under the race detector). Anything else (an unknown
	// key, a type error, a syntax error) takes the strict decoder below,
	// so every error reads as it always did.
	if yaml.Unmarshal(raw, root) == nil && root.Kind == yaml.DocumentNode && len(root.Content) == 1 &&
		knownKeys(root.Content[0], reflect.TypeOf(v).Elem()) && root.Decode(v) == nil {
		return nil
	}
	*root = yaml.Node{}
	reflect.ValueOf(v).Elem().SetZero()
	dec := yaml.NewDecoder(bytes.NewReader(raw))
	dec.KnownFields(true)
	if err := dec.Decode(v); err != nil && err != io.EOF {
		var te *yaml.TypeError
		if errors.As(err, &te) {
			errs := make([]error, len(te.Errors))
			for i, m := range te.Errors {
				errs[i] = posError(name, m)
			}
			return errors.Join(errs...)
		}
		return posError(name, strings.TrimPrefix(err.Error(), "yaml: "))
	}
	if err := yaml.Unmarshal(raw, root); err != nil {
		return posError(name, strings.TrimPrefix(err.Error(), "yaml: "))
	}
	return nil
}

// unmarshalerType is implemented by types that decode their own nodes.
var unmarshalerType = reflect.TypeFor[yaml.Unmarshaler]()

// knownKeys reports whether every mapping key under n decoding into a
// struct names one of its fields, as the strict decoder requires. It stops
// at types that decode their own node (as the strict decoder does) and
// says false for what it does not follow (merge keys, aliases, inline
// fields), which sends the file to the strict decoder.
func knownKeys(n *yaml.Node, t reflect.Type) bool {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if reflect.PointerTo(t).Implements(unmarshalerType) || t.Implements(unmarshalerType) {
		return true
	}
	if n.Kind == yaml.AliasNode {
		return false
	}
	switch {
	case t.Kind() == reflect.Struct && n.Kind == yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			f, ok := fieldByTag(t, n.Content[i].Value)
			if !ok || n.Content[i].Kind != yaml.ScalarNode || strings.Contains(f.Tag.Get("yaml"), "inline") || !knownKeys(n.Content[i+1], f.Type) {
				return false
			}
		}
	case t.Kind() == reflect.Map && n.Kind == yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Tag == "!!merge" || !knownKeys(n.Content[i+1], t.Elem()) {
				return false
			}
		}
	case (t.Kind() == reflect.Slice || t.Kind() == reflect.Array) && n.Kind == yaml.SequenceNode:
		for _, item := range n.Content {
			if !knownKeys(item, t.Elem()) {
				return false
			}
		}
	}
	return true
}

var lineRe = regexp.MustCompile(`^line (\d+): `)

func posError(name, msg string) error {
	if m := lineRe.FindStringSubmatch(msg); m != nil {
		return fmt.Errorf("%s:%s: %s", name, m[1], msg[len(m[0]):])
	}
	return fmt.Errorf("%s: %s", name, msg)
}

// checker walks a file's YAML nodes next to the Go type they decode into,
// so that every list field is checked the same way, with its line.
type checker struct {
	file  string
	lines map[string]int
	errs  []error
}

func (c *checker) errorf(line int, format string, args ...any) {
	c.errs = append(c.errs, fmt.Errorf("%s:%d: %s", c.file, line, fmt.Sprintf(format, args...)))
}

// walk checks node n of Go type t at path. A field tagged case:"any" is
// matched case-insensitively (abbreviations) or as written (legal forms);
// every other word must be lower case, because Kent lower-cases the text
// it matches against them.
func (c *checker) walk(n *yaml.Node, t reflect.Type, path string, anyCase bool) {
	switch {
	case t.Kind() == reflect.Struct && n.Kind == yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if f, ok := fieldByTag(t, k.Value); ok {
				p := join(path, k.Value)
				c.lines[p] = k.Line
				c.walk(v, f.Type, p, f.Tag.Get("case") == "any")
			}
		}
	case t.Kind() == reflect.Map && n.Kind == yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			p := join(path, k.Value)
			c.lines[p] = k.Line
			if t.Elem().Kind() != reflect.Slice { // values, numbers: keys are words
				c.word(k, path, anyCase)
			}
			c.walk(v, t.Elem(), p, anyCase)
		}
	case t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.String && n.Kind == yaml.SequenceNode:
		seen := map[string]bool{}
		for _, item := range n.Content {
			if c.word(item, path, anyCase) {
				if low := strings.ToLower(item.Value); seen[low] {
					c.errorf(item.Line, "%s has %q twice", path, item.Value)
				} else {
					seen[low] = true
				}
			}
		}
	case t.Kind() == reflect.Slice && n.Kind == yaml.SequenceNode:
		for i, item := range n.Content {
			c.walk(item, t.Elem(), fmt.Sprintf("%s[%d]", path, i), anyCase)
		}
	}
}

// word checks one entry; it reports whether the entry is usable.
func (c *checker) word(n *yaml.Node, path string, anyCase bool) bool {
	switch {
	case strings.TrimSpace(n.Value) == "":
		c.errorf(n.Line, "%s has an empty entry", path)
		return false
	case !anyCase && n.Value != strings.ToLower(n.Value):
		c.errorf(n.Line, "%s: %q must be lower case (Kent matches lower-case text, so it would never match)", path, n.Value)
		return false
	}
	return true
}

func fieldByTag(t reflect.Type, name string) (reflect.StructField, bool) {
	for i := range t.NumField() {
		f := t.Field(i)
		if tag, _, _ := strings.Cut(f.Tag.Get("yaml"), ","); tag == name {
			return f, true
		}
	}
	return reflect.StructField{}, false
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// fileChecks are the checks one file can make about itself: references
// between its own sections and values in range.
func (c *checker) fileChecks(l *Language) {
	for _, w := range l.Abbreviations {
		if strings.HasSuffix(w, ".") {
			c.errorf(c.lines["abbreviations"], "abbreviation %q must be written without its final period", w)
		}
	}
	for _, w := range l.Attribution.GenitiveArticles {
		if !slices.Contains(l.Attribution.Articles, w) {
			c.errorf(c.lines["attribution.genitive_articles"], "attribution.genitive_articles: %q is not one of attribution.articles", w)
		}
	}
	es := l.Estimative
	// A phrase in two bands reads as whichever the index meets last: a
	// merge that adds it to one band while another branch moved it out
	// leaves it so, unnoticed.
	inBand := map[string]string{}
	for _, band := range slices.Sorted(maps.Keys(es.Bands)) {
		for _, w := range es.Bands[band] {
			if other, ok := inBand[w]; ok && other != band {
				c.errorf(c.lines["estimative.bands."+band], "estimative.bands: %q is in both %s and %s", w, other, band)
			}
			inBand[w] = band
			if ws := strings.Fields(w); len(ws) > 0 && (ws[0] == gapWord || ws[len(ws)-1] == gapWord) {
				c.errorf(c.lines["estimative.bands."+band], "estimative.bands.%s: %q: a gap (%s) stands only between two words", band, w, gapWord)
			}
		}
	}
	for w, v := range es.Values {
		line := c.lines["estimative.values."+w]
		if v < 0 || v > 1 {
			c.errorf(line, "estimative.values: %q = %v is not a probability", w, v)
		}
		if bandOf(es, w) == "" {
			c.errorf(line, "estimative.values: %q is in no band of estimative.bands, so its value is never used", w)
		}
	}
	for w, v := range es.Numbers {
		if v <= 0 {
			c.errorf(c.lines["estimative.numbers."+w], "estimative.numbers: %q = %v is not a positive number", w, v)
		}
	}
	for w, v := range es.Fractions {
		if v < 2 {
			c.errorf(c.lines["estimative.fractions."+w], "estimative.fractions: %q = %v is not a denominator (2 or more)", w, v)
		}
	}
	for key, ws := range map[string][]string{"time_before": es.TimeBefore, "time_after": es.TimeAfter, "time_from": es.TimeFrom} {
		for _, w := range ws {
			if strings.ContainsAny(w, " \t") || w != strings.ToLower(w) {
				c.errorf(c.lines["estimative."+key], "estimative.%s: %q must be one lower-case word", key, w)
			}
		}
	}
	if len(l.EventConcepts) > 0 && l.Code != "*" {
		c.errorf(c.lines["event_concepts"], "event_concepts are declared in all.yaml only")
	}
	if l.StemVowels != "" && l.Code != "*" {
		c.errorf(c.lines["stem_vowels"], "stem_vowels are given in all.yaml only")
	}
	c.endingChecks(l.Names.Endings)
	declared := map[string]bool{}
	for i, ec := range l.EventConcepts {
		line := c.lines[fmt.Sprintf("event_concepts[%d].name", i)]
		if ec.Name == "" || declared[ec.Name] {
			c.errorf(line, "event_concepts: %q is empty or declared twice", ec.Name)
		}
		declared[ec.Name] = true
	}
	for i, ec := range l.EventConcepts {
		for _, o := range ec.Opposites {
			if !declared[o] || o == ec.Name {
				c.errorf(c.lines[fmt.Sprintf("event_concepts[%d].opposite", i)], "event_concepts: %s: opposite %q is not another declared concept", ec.Name, o)
			}
		}
		if ec.Flips && (ec.Key || ec.HasOpposite()) {
			c.errorf(c.lines[fmt.Sprintf("event_concepts[%d].flips", i)], "event_concepts: %s: a concept that flips others is neither key nor the opposite of one", ec.Name)
		}
		for _, a := range ec.Absorbs {
			if !declared[a] || !ec.Key || !flipsOf(l.EventConcepts, a) {
				c.errorf(c.lines[fmt.Sprintf("event_concepts[%d].absorbs", i)], "event_concepts: %s: absorbs %q, which is no declared concept that flips (or %s is no key family)", ec.Name, a, ec.Name)
			}
		}
		for _, y := range ec.YieldsTo {
			if !declared[y] || y == ec.Name {
				c.errorf(c.lines[fmt.Sprintf("event_concepts[%d].yields_to", i)], "event_concepts: %s: yields_to %q is not another declared concept", ec.Name, y)
			}
		}
		if ec.Into != "" && (!declared[ec.Into] || ec.Into == ec.Name) {
			c.errorf(c.lines[fmt.Sprintf("event_concepts[%d].into", i)], "event_concepts: %s: into %q is not another declared concept", ec.Name, ec.Into)
		}
		for _, nw := range ec.Narrows {
			if !declared[nw] || nw == ec.Name || !ec.Key {
				c.errorf(c.lines[fmt.Sprintf("event_concepts[%d].narrows", i)], "event_concepts: %s: narrows %q, which is not another declared concept (or %s is no key family)", ec.Name, nw, ec.Name)
			}
		}
		for _, k := range ec.Kin {
			if !declared[k] || k == ec.Name || !ec.Key {
				c.errorf(c.lines[fmt.Sprintf("event_concepts[%d].kin", i)], "event_concepts: %s: kin %q, which is not another declared concept (or %s is no key family)", ec.Name, k, ec.Name)
			}
		}
		for _, im := range ec.Implies {
			if !declared[im] || im == ec.Name || !ec.Key {
				c.errorf(c.lines[fmt.Sprintf("event_concepts[%d].implies", i)], "event_concepts: %s: implies %q, which is not another declared concept (or %s is no key family)", ec.Name, im, ec.Name)
			}
		}
	}
}

// flipsOf reports whether the concept named c flips others.
func flipsOf(ecs []EventConcept, c string) bool {
	for _, ec := range ecs {
		if ec.Name == c {
			return ec.Flips
		}
	}
	return false
}

// endingChecks: a name ending must be lower case, differ from its base and
// be listed once with that base.
func (c *checker) endingChecks(es []Ending) {
	seen := map[Ending]bool{}
	for i, e := range es {
		line := c.lines[fmt.Sprintf("names.endings[%d].form", i)]
		switch {
		case strings.TrimSpace(e.Form) == "":
			c.errorf(line, "names.endings: an ending must have a form")
		case e.Form != strings.ToLower(e.Form) || e.Base != strings.ToLower(e.Base):
			c.errorf(line, "names.endings: %q → %q must be lower case (names are matched lower-cased)", e.Form, e.Base)
		case e.Form == e.Base:
			c.errorf(line, "names.endings: %q has itself as base, which changes nothing", e.Form)
		case seen[Ending{Form: e.Form, Base: e.Base}]:
			c.errorf(line, "names.endings: %q → %q is listed twice", e.Form, e.Base)
		}
		seen[Ending{Form: e.Form, Base: e.Base}] = true
	}
}

// bandOf returns the band whose list holds phrase, or "".
func bandOf(es Estimative, phrase string) string {
	for band, list := range es.Bands {
		if slices.Contains(list, phrase) {
			return band
		}
	}
	return ""
}

// crossCheck checks a language against the rest of the set: its event keys
// must be declared concepts, its band keys bands of the default scale, and
// a survey value must not lie at or above its band's upper edge, where it
// would read as the next band.
func (s *Set) crossCheck(l *Language) []error {
	c := &checker{file: l.file, lines: l.lines}
	concepts := map[string]bool{}
	var names []string
	for _, ec := range s.EventConcepts() {
		concepts[ec.Name] = true
		names = append(names, ec.Name)
	}
	for concept := range l.Events {
		if !concepts[concept] {
			c.errorf(l.lines["events."+concept], "events: unknown event concept %q (all.yaml declares %s)", concept, strings.Join(names, ", "))
		}
		for _, stem := range l.Events[concept] {
			if ws := strings.Fields(stem); len(ws) > 0 && (ws[0] == gapWord || ws[len(ws)-1] == gapWord) {
				c.errorf(l.lines["events."+concept], "events.%s: %q: a gap (%s) stands only between two words", concept, stem, gapWord)
			}
		}
	}
	sc := s.defScale
	for band := range l.Estimative.Bands {
		if _, ok := sc.Band(band); !ok {
			c.errorf(l.lines["estimative.bands."+band], "estimative.bands: unknown band %q (%s has %s)", band, sc.Name, strings.Join(sc.Names(), ", "))
		}
	}
	for w, v := range l.Estimative.Values {
		b, ok := sc.Band(bandOf(l.Estimative, w))
		if _, high := b.Edges(); ok && b != sc.Highest() && v >= high {
			c.errorf(l.lines["estimative.values."+w], "estimative.values: %q = %v is not below the upper edge of its band %s (%v)", w, v, b.Name(), high)
		}
		// A survey's reading below its band says the band is wrong: readers
		// take the phrase for a lower band ("little chance", median 15%,
		// is very unlikely, not unlikely).
		if low, _ := b.Edges(); ok && b != sc.Lowest() && v < low {
			c.errorf(l.lines["estimative.values."+w], "estimative.values: %q = %v lies below its band %s (from %v): the survey puts it in %s", w, v, b.Name(), low, sc.For(v).Name())
		}
	}
	return c.errs
}
