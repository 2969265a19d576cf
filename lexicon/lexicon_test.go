package lexicon

import (
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
	want := []string{"be", "de", "en", "es", "fr", "it", "lt", "nl", "pl", "ru", "sv", "uk"}
	got := s.Codes()
	if len(got) != len(want) {
		t.Fatalf("codes = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("codes = %v, want %v", got, want)
		}
	}
	for _, c := range got {
		l := s.Get(c)
		if l.Name == "" || len(l.Abbreviations) == 0 || len(l.Chrome) < 10 || len(l.Months) < 12 || len(l.FunctionWords) < 30 {
			t.Errorf("%s: lexicon too thin: name=%q abbr=%d chrome=%d months=%d function words=%d", c, l.Name, len(l.Abbreviations), len(l.Chrome), len(l.Months), len(l.FunctionWords))
		}
	}
	for _, c := range got {
		a := s.Get(c).Attribution
		if len(a.Verbs) < 15 || len(a.Sources) == 0 || len(a.Pronouns) == 0 || len(a.Groups) < 10 || len(a.Roles) < 10 || len(a.Complementizers) == 0 {
			t.Errorf("%s: attribution lexicon too thin: %d verbs, %d sources, %d pronouns, %d groups, %d roles", c, len(a.Verbs), len(a.Sources), len(a.Pronouns), len(a.Groups), len(a.Roles))
		}
	}
	for _, c := range got {
		e := s.Get(c).Estimative
		for _, band := range BandNames {
			if len(e.Bands[band]) < 3 {
				t.Errorf("%s: estimative band %s has %d expressions", c, band, len(e.Bands[band]))
			}
		}
		if len(e.Negators) == 0 || len(e.Conditionals) == 0 || len(e.Timeframes) < 5 || len(e.ChanceNouns) < 3 {
			t.Errorf("%s: estimative modifiers too thin", c)
		}
	}
	if len(s.All().Credits) == 0 {
		t.Error("all.yaml has no credits")
	}
}

func TestParseRejectsBadFiles(t *testing.T) {
	cases := map[string]string{
		"unknown field":     "code: xx\nname: X\ncolour: red\n",
		"upper-case chrome": "code: xx\nchrome: [Read More]\n",
		"duplicate":         "code: xx\nchrome: [a, a]\n",
		"abbrev period":     "code: xx\nabbreviations: [Dr.]\n",
		"no code":           "name: X\n",
	}
	for name, src := range cases {
		if _, err := Parse("xx.yaml", []byte(src)); err == nil {
			t.Errorf("%s: accepted %q", name, src)
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
	if got := p.Match("Belgium"); len(got) != 0 {
		t.Errorf("Belgium: %v", got)
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
