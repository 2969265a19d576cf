package kent

import (
	"fmt"
	"strings"
)

// Scale is an ordered set of estimative bands, least likely first: ICD 203,
// the UK PHIA yardstick, Sherman Kent's 1964 table, the IPCC terms. Scales
// are data (lexicon/data/scales); a Scale is built once by NewScale and not
// changed after.
type Scale struct {
	Name   string // icd203: what --scale and Judgement.Scale say
	Title  string // ICD 203: what a brief prints
	Source string // where the scale is defined
	bands  []BandSpec
}

// BandSpec is one band as a scale file writes it.
type BandSpec struct {
	Name      string
	Low, High float64
	// Mid is the point value the band stands for; 0 means the middle of
	// Low and High.
	Mid float64
}

// NewScale checks a scale's bands (at least two, names unique, edges
// inside [0, 1], each band's edges ordered and no band starting below the
// one before it) and returns it. Its errors are *ScaleError.
func NewScale(name, title, source string, bands []BandSpec) (*Scale, error) {
	fail := func(band int, format string, args ...any) error {
		return &ScaleError{Scale: name, Band: band, Reason: fmt.Sprintf(format, args...)}
	}
	if name == "" {
		return nil, fail(-1, "the scale has no name")
	}
	if len(bands) < 2 {
		return nil, fail(-1, "%d bands, want at least two", len(bands))
	}
	s := &Scale{Name: name, Title: title, Source: source, bands: make([]BandSpec, len(bands))}
	seen := map[string]bool{}
	for i, b := range bands {
		switch {
		case b.Name == "":
			return nil, fail(i, "band %d has no name", i+1)
		case seen[b.Name]:
			return nil, fail(i, "band %s twice", b.Name)
		case b.Low < 0 || b.High > 1 || b.Low > b.High:
			return nil, fail(i, "band %s: edges %v–%v are not a range inside [0, 1]", b.Name, b.Low, b.High)
		case i > 0 && b.Low < bands[i-1].Low:
			return nil, fail(i, "band %s starts below the band before it", b.Name)
		}
		if b.Mid == 0 {
			b.Mid = (b.Low + b.High) / 2
		}
		if b.Mid < b.Low || b.Mid > b.High {
			return nil, fail(i, "band %s: point %v lies outside %v–%v", b.Name, b.Mid, b.Low, b.High)
		}
		seen[b.Name] = true
		s.bands[i] = b
	}
	if s.Title == "" {
		s.Title = name
	}
	return s, nil
}

// ScaleError says what is wrong with a scale and, when it is one band,
// which (Band is its index, -1 for the scale as a whole).
type ScaleError struct {
	Scale  string
	Band   int
	Reason string
}

func (e *ScaleError) Error() string { return "scale " + e.Scale + ": " + e.Reason }

// Len returns the number of bands.
func (s *Scale) Len() int { return len(s.bands) }

// Bands returns the bands, least likely first.
func (s *Scale) Bands() []Band {
	out := make([]Band, len(s.bands))
	for i := range s.bands {
		out[i] = Band{s, i}
	}
	return out
}

// Names returns the band names, least likely first.
func (s *Scale) Names() []string {
	out := make([]string, len(s.bands))
	for i, b := range s.bands {
		out[i] = b.Name
	}
	return out
}

// Band returns the band with the given name.
func (s *Scale) Band(name string) (Band, bool) {
	for i, b := range s.bands {
		if b.Name == name {
			return Band{s, i}, true
		}
	}
	return Band{}, false
}

// Lowest and Highest are the ends of the scale: almost no chance and
// almost certain on ICD 203.
func (s *Scale) Lowest() Band  { return Band{s, 0} }
func (s *Scale) Highest() Band { return Band{s, len(s.bands) - 1} }

// Middle is the band halfway up the scale (roughly even on ICD 203); on a
// scale with an even number of bands, the upper of the two middle ones.
func (s *Scale) Middle() Band { return Band{s, len(s.bands) / 2} }

// For returns the band a probability falls in. This is the one mapping from
// a value to a band Kent uses: a band holds its lower edge and not its
// upper one ([Low, High); the highest band holds both), so 0.20 on ICD 203
// is "unlikely", not "very unlikely" — the band of the survey phrases whose
// readers' median sits on a lower edge ("unlikely" 0.20, "highly unlikely"
// 0.05, "almost certainly" 0.95). A value outside every band (in a gap of
// the PHIA yardstick, or below the lowest) takes the nearer band, the lower
// one on a tie.
func (s *Scale) For(p float64) Band {
	last := len(s.bands) - 1
	best, dist := 0, 2.0
	for i, b := range s.bands {
		if p >= b.Low && (p < b.High || i == last && p <= b.High) {
			return Band{s, i}
		}
		if d := min(abs(p-b.Low), abs(p-b.High)); d < dist {
			best, dist = i, d
		}
	}
	return Band{s, best}
}

// Band is one band of a scale. The zero Band belongs to no scale: it is
// what a stance without a degree ("no evidence that …") has.
type Band struct {
	scale *Scale
	i     int
}

// Valid reports whether the band belongs to a scale.
func (b Band) Valid() bool { return b.scale != nil }

// Name returns the band's name ("" for the zero Band).
func (b Band) Name() string {
	if b.scale == nil {
		return ""
	}
	return b.scale.bands[b.i].Name
}

// Words returns the name for people: "very unlikely".
func (b Band) Words() string { return strings.ReplaceAll(b.Name(), "_", " ") }

// Edges returns the probability range the band stands for.
func (b Band) Edges() (low, high float64) {
	if b.scale == nil {
		return 0, 0
	}
	s := b.scale.bands[b.i]
	return s.Low, s.High
}

// Mid returns the band's point value.
func (b Band) Mid() float64 {
	if b.scale == nil {
		return 0
	}
	return b.scale.bands[b.i].Mid
}

// Index returns the band's position, 0 for the lowest.
func (b Band) Index() int { return b.i }

// Scale returns the scale the band belongs to.
func (b Band) Scale() *Scale { return b.scale }

// Mirror returns the band as far above the middle as b is below it, and
// the reverse: what a negation makes of it ("not likely" is unlikely).
func (b Band) Mirror() Band {
	if b.scale == nil {
		return b
	}
	return Band{b.scale, len(b.scale.bands) - 1 - b.i}
}

// Step returns the band n steps up the scale (down if n < 0), stopping at
// its ends.
func (b Band) Step(n int) Band {
	if b.scale == nil {
		return b
	}
	return Band{b.scale, max(0, min(len(b.scale.bands)-1, b.i+n))}
}

// Side is -1 for a band below the middle of its scale, +1 above it and 0
// for a middle band: against, for or even.
func (b Band) Side() int {
	if b.scale == nil {
		return 0
	}
	switch twice, top := 2*b.i, len(b.scale.bands)-1; {
	case twice < top:
		return -1
	case twice > top:
		return 1
	}
	return 0
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
