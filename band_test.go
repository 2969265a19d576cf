package kent_test

import (
	"strings"
	"testing"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/lexicon"
)

func icd(t *testing.T) *kent.Scale {
	t.Helper()
	return lexicon.MustDefault().DefaultScale()
}

// A value on a band edge belongs to the band above it: the band a reader
// sees for 0.20 is the same in a brief's headline, its lines, `kent show`
// and `kent estimates`.
func TestForAtEdges(t *testing.T) {
	s := icd(t)
	for p, want := range map[float64]string{
		0: "almost_no_chance", 0.01: "almost_no_chance", 0.05: "very_unlikely", 0.12: "very_unlikely",
		0.20: "unlikely", 0.45: "roughly_even", 0.5: "roughly_even", 0.55: "likely", 0.80: "very_likely",
		0.95: "almost_certain", 0.99: "almost_certain", 1: "almost_certain",
	} {
		if got := s.For(p).Name(); got != want {
			t.Errorf("For(%v) = %s, want %s", p, got, want)
		}
	}
	// Every survey value of a phrase, kept inside its band as Kent keeps
	// it, reads as that band.
	en := lexicon.MustDefault().Get("en").Estimative
	for phrase, v := range en.Values {
		for band, list := range en.Bands {
			for _, w := range list {
				b, _ := s.Band(band)
				lo, hi := b.Edges()
				if kept := min(max(v, lo), hi); w == phrase && s.For(kept) != b {
					t.Errorf("%q = %v reads as %s, its band is %s", phrase, kept, s.For(kept).Name(), band)
				}
			}
		}
	}
}

func TestBandOperations(t *testing.T) {
	s := icd(t)
	likely, _ := s.Band("likely")
	if got := likely.Mirror().Name(); got != "unlikely" {
		t.Errorf("mirror of likely = %s", got)
	}
	if got := s.Middle().Mirror(); got != s.Middle() {
		t.Errorf("mirror of the middle = %s", got.Name())
	}
	if got := likely.Step(1).Name(); got != "very_likely" {
		t.Errorf("likely one up = %s", got)
	}
	if got := s.Highest().Step(3); got != s.Highest() {
		t.Errorf("a step past the top = %s", got.Name())
	}
	if likely.Side() != 1 || likely.Mirror().Side() != -1 || s.Middle().Side() != 0 {
		t.Error("sides of likely, unlikely, roughly even")
	}
	if lo, hi := likely.Edges(); lo != 0.55 || hi != 0.80 || likely.Mid() != 0.675 {
		t.Errorf("likely: %v–%v, point %v", lo, hi, likely.Mid())
	}
	if likely.Words() != "likely" || s.Lowest().Words() != "almost no chance" {
		t.Error("band words")
	}
	var none kent.Band
	if none.Valid() || none.Name() != "" || none.Mirror().Valid() {
		t.Error("the zero band is no band")
	}
}

// Every scale gives every probability a band; a value in a gap of the PHIA
// yardstick takes the nearer one.
func TestEveryScaleCoversTheRange(t *testing.T) {
	lex := lexicon.MustDefault()
	for _, name := range lex.ScaleNames() {
		s, err := lex.Scale(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range []float64{0, 0.03, 0.3, 0.5, 0.7, 0.97, 1} {
			if !s.For(p).Valid() {
				t.Errorf("%s: no band for %v", name, p)
			}
		}
	}
	phia, _ := lex.Scale("phia")
	for p, want := range map[float64]string{0.38: "realistic_possibility", 0.07: "remote_chance", 0.22: "highly_unlikely", 0.2: "highly_unlikely"} {
		if got := phia.For(p).Name(); got != want {
			t.Errorf("phia For(%v) = %s, want %s", p, got, want)
		}
	}
}

func TestNewScaleRefusesBadBands(t *testing.T) {
	for name, bands := range map[string][]kent.BandSpec{
		"one band":  {{Name: "a", Low: 0, High: 1}},
		"unordered": {{Name: "a", Low: 0.5, High: 0.6}, {Name: "b", Low: 0.1, High: 0.2}},
		"twice":     {{Name: "a", Low: 0, High: 0.5}, {Name: "a", Low: 0.5, High: 1}},
		"outside":   {{Name: "a", Low: 0, High: 0.5}, {Name: "b", Low: 0.5, High: 1.5}},
		"point":     {{Name: "a", Low: 0, High: 0.5, Mid: 0.7}, {Name: "b", Low: 0.5, High: 1}},
	} {
		if _, err := kent.NewScale("x", "", "", bands); err == nil || !strings.HasPrefix(err.Error(), "scale x: ") {
			t.Errorf("%s: %v", name, err)
		}
	}
}
