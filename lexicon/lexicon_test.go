package lexicon

import (
	"strings"
	"testing"
	"testing/fstest"
)

// The embedded files must all load: a broken data file would otherwise only
// show up when a user ingests an article in that language.
func TestDefaultLoadsEveryLanguage(t *testing.T) {
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"be", "de", "en", "es", "fi", "fr", "it", "lt", "nl", "pl", "ru", "sv", "uk"}
	got := s.Codes()
	if len(got) != len(want) {
		t.Fatalf("codes = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("codes = %v, want %v", got, want)
		}
	}
	// DefaultCodes reads the same list from file names without loading.
	if names := DefaultCodes(); strings.Join(names, ",") != strings.Join(got, ",") {
		t.Errorf("DefaultCodes() = %v, loaded codes %v", names, got)
	}
	for _, c := range got {
		l := s.Get(c)
		if l.Name == "" || len(l.Abbreviations) == 0 || len(l.Chrome) < 10 || len(l.Months) < 12 || len(l.FunctionWords) < 30 {
			t.Errorf("%s: lexicon too thin: name=%q abbr=%d chrome=%d months=%d function words=%d", c, l.Name, len(l.Abbreviations), len(l.Chrome), len(l.Months), len(l.FunctionWords))
		}
	}
	for _, c := range got {
		a := s.Get(c).Attribution
		if len(a.SpeechLemmas) < 40 {
			t.Errorf("%s: %d speech-event cue lemmas; want at least 40 (say, believe, demand, statement …)", c, len(a.SpeechLemmas))
		}
		if len(a.Verbs) < 15 || len(a.Sources) == 0 || len(a.Pronouns) == 0 || len(a.Groups) < 10 || len(a.Roles) < 10 || len(a.Complementizers) == 0 {
			t.Errorf("%s: attribution lexicon too thin: %d verbs, %d sources, %d pronouns, %d groups, %d roles", c, len(a.Verbs), len(a.Sources), len(a.Pronouns), len(a.Groups), len(a.Roles))
		}
	}
	for _, c := range got {
		e := s.Get(c).Estimative
		for _, band := range s.DefaultScale().Names() {
			if len(e.Bands[band]) < 3 {
				t.Errorf("%s: estimative band %s has %d expressions", c, band, len(e.Bands[band]))
			}
		}
		if len(e.Negators) == 0 || len(e.Conditionals) == 0 || len(e.Timeframes) < 5 || len(e.ChanceNouns) < 3 {
			t.Errorf("%s: estimative modifiers too thin", c)
		}
		if len(e.PronounSources) < 4 {
			t.Errorf("%s: %d pronoun sources (in his view, selon lui); want at least 4", c, len(e.PronounSources))
		}
	}
	if len(s.All().Credits) == 0 {
		t.Error("all.yaml has no credits")
	}
}

func TestParseRejectsBadFiles(t *testing.T) {
	// Each bad file must be refused with its file, line and reason.
	cases := map[string]struct{ src, want string }{
		"unknown field":           {"code: xx\nname: X\ncolour: red\n", "xx.yaml:3: field colour not found"},
		"upper-case chrome":       {"code: xx\nchrome: [Read More]\n", `xx.yaml:2: chrome: "Read More" must be lower case`},
		"upper-case band phrase":  {"code: xx\nestimative:\n  bands:\n    likely:\n      - probably\n      - Wohl\n", `xx.yaml:6: estimative.bands.likely: "Wohl" must be lower case`},
		"upper-case event stem":   {"code: xx\nevents:\n  war: [Krieg]\n", `xx.yaml:3: events.war: "Krieg" must be lower case`},
		"duplicate":               {"code: xx\nchrome:\n  - a\n  - a\n", `xx.yaml:4: chrome has "a" twice`},
		"empty entry":             {"code: xx\nattribution:\n  verbs: [said, \"\"]\n", "xx.yaml:3: attribution.verbs has an empty entry"},
		"abbrev period":           {"code: xx\nabbreviations: [Dr.]\n", `xx.yaml:2: abbreviation "Dr." must be written without its final period`},
		"value in no band":        {"code: xx\nestimative:\n  bands: {likely: [probably]}\n  values: {likely: 0.7}\n", `xx.yaml:4: estimative.values: "likely" is in no band`},
		"phrase in two bands":     {"code: xx\nestimative:\n  bands: {likely: [probably], very_likely: [probably]}\n", `estimative.bands: "probably" is in both likely and very_likely`},
		"value not a probability": {"code: xx\nestimative:\n  bands: {likely: [likely]}\n  values: {likely: 7}\n", `xx.yaml:4: estimative.values: "likely" = 7 is not a probability`},
		"upper-case number word":  {"code: xx\nestimative:\n  numbers: {One: 1}\n", `xx.yaml:3: estimative.numbers: "One" must be lower case`},
		"concepts outside all":    {"code: xx\nevent_concepts: [{name: war}]\n", "xx.yaml:2: event_concepts are declared in all.yaml only"},
		"vowels outside all":      {"code: xx\nstem_vowels: aeiou\n", "xx.yaml:2: stem_vowels are given in all.yaml only"},
		"no code":                 {"name: X\n", "xx.yaml:1: missing code"},
		"upper-case name ending":  {"code: xx\nnames:\n  endings:\n    - {form: a, base: \"\"}\n    - {form: OWI, base: \"\"}\n", `xx.yaml:5: names.endings: "OWI" → "" must be lower case`},
		"ending as its own base":  {"code: xx\nnames:\n  endings:\n    - {form: a, base: a}\n", `xx.yaml:4: names.endings: "a" has itself as base`},
		"ending twice":            {"code: xx\nnames:\n  endings:\n    - {form: a, base: \"\"}\n    - {form: a, base: \"\", sure: true}\n", `xx.yaml:5: names.endings: "a" → "" is listed twice`},
		"upper-case first name":   {"code: xx\nnames:\n  first: [Anna]\n", `xx.yaml:3: names.first: "Anna" must be lower case`},
		"not yaml":                {"code: [xx\n", "xx.yaml:"},
	}
	for name, c := range cases {
		_, err := Parse("xx.yaml", []byte(c.src))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want it to contain %q", name, err, c.want)
		}
	}
	// Words matched as written may have capitals.
	if _, err := Parse("xx.yaml", []byte("code: xx\nabbreviations: [Dr, U.S]\nlegal_forms: [GmbH]\n")); err != nil {
		t.Errorf("abbreviations and legal forms refused: %v", err)
	}
}

// Checks across files: an event key no concept declares, a band the
// default scale lacks, a survey value at its band's upper edge.
func TestLoadChecksAcrossFiles(t *testing.T) {
	cases := map[string]struct{ src, want string }{
		"unknown event":  {"code: xx\nevents:\n  war: [krieg]\n  peace: [frieden]\n", `d/xx.yaml:4: events: unknown event concept "peace" (all.yaml declares military, war, enter, abstain, membership`},
		"unknown band":   {"code: xx\nestimative:\n  bands:\n    probable: [probable]\n", `d/xx.yaml:4: estimative.bands: unknown band "probable"`},
		"value too high": {"code: xx\nestimative:\n  bands: {likely: [likely]}\n  values:\n    likely: 0.8\n", `d/xx.yaml:5: estimative.values: "likely" = 0.8 is not below the upper edge of its band likely`},
		"code and name":  {"code: yy\n", `d/xx.yaml:1: code "yy" does not match the file name`},
	}
	for name, c := range cases {
		fsys := WithEmbedded(t, "d", fstest.MapFS{"d/xx.yaml": {Data: []byte(c.src)}})
		_, err := Load(fsys, "d")
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want it to contain %q", name, err, c.want)
		}
	}
}

func TestScales(t *testing.T) {
	s := MustDefault()
	if got := strings.Join(s.ScaleNames(), " "); got != "icd203 ipcc kent1964 phia" {
		t.Fatalf("scales %s", got)
	}
	if s.DefaultScale().Name != "icd203" || s.DefaultScale().Title != "ICD 203" {
		t.Fatalf("default scale %s %q", s.DefaultScale().Name, s.DefaultScale().Title)
	}
	if _, err := s.Scale("nato"); err == nil || !strings.Contains(err.Error(), `unknown scale "nato" (icd203, ipcc, kent1964, phia)`) {
		t.Fatalf("unknown scale: %v", err)
	}
	bad := map[string]struct{ src, want string }{
		"unordered":     {"name: x\nbands:\n  - {name: a, low: 0.5, high: 0.6}\n  - {name: b, low: 0.1, high: 0.2}\n", "d/scales/x.yaml:4: scale x: band b starts below the band before it"},
		"one band":      {"name: x\nbands:\n  - {name: a, low: 0, high: 1}\n", "d/scales/x.yaml:3: scale x: 1 bands, want at least two"},
		"two defaults":  {"name: x\ndefault: true\nbands: [{name: a, low: 0, high: 0.5}, {name: b, low: 0.5, high: 1}]\n", "a second default scale"},
		"unknown field": {"name: x\ncolour: red\n", "d/scales/x.yaml:2: field colour not found"},
	}
	for name, c := range bad {
		_, err := Load(WithEmbedded(t, "d", fstest.MapFS{"d/scales/x.yaml": {Data: []byte(c.src)}}), "d")
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want it to contain %q", name, err, c.want)
		}
	}
}

func TestLoadChecksFileName(t *testing.T) {
	fsys := fstest.MapFS{"d/xx.yaml": {Data: []byte("code: yy\n")}}
	if _, err := Load(fsys, "d"); err == nil {
		t.Fatal("a file whose code differs from its name was accepted")
	}
}

func TestPlaces(t *testing.T) {
	p, err := LoadPlaces()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"Belarus", "belarusiska", "Vitryssland", "Białoruś", "białoruskie", "Беларусь", "белорусских", "Білорусь", "Weißrussland", "Baltarusijos"} {
		if got := p.Match(w); len(got) != 1 || got[0] != "BY" {
			t.Errorf("%s: %v", w, got)
		}
	}
	if got := p.Match("Mongolia"); len(got) != 0 {
		t.Errorf("Mongolia: %v", got) // not listed: CLDR names it
	}
}

func TestConcepts(t *testing.T) {
	c, err := LoadConcepts()
	if err != nil {
		t.Fatal(err)
	}
	ix := c.Index()
	for word, want := range map[string]string{"government": "government", "regierung": "government", "rządu": "government", "правительства": "government", "val": "election", "value": "", "wahlen": "election"} {
		if got := ix.Match(word); got != want {
			t.Errorf("%s: %q, want %q", word, got, want)
		}
	}
}
