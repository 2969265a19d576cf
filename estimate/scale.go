package estimate

import "fmt"

// Band is one step of an estimative scale: a name and the probability range
// it stands for.
type Band struct {
	Name     string
	Low, Mid float64
	High     float64
}

// Scale is an ordered set of bands, least likely first.
type Scale struct {
	Name   string
	Source string
	Bands  []Band
}

func band(name string, lo, hi float64) Band {
	return Band{Name: name, Low: lo, High: hi, Mid: (lo + hi) / 2}
}

// Scales Kent can report in. ICD 203 is the default and the one lexicon
// bands are written in.
var Scales = map[string]Scale{
	"icd203": {Name: "icd203", Source: "US ODNI, Intelligence Community Directive 203, Analytic Standards (2015)", Bands: []Band{
		band("almost_no_chance", 0.01, 0.05), band("very_unlikely", 0.05, 0.20), band("unlikely", 0.20, 0.45),
		band("roughly_even", 0.45, 0.55), band("likely", 0.55, 0.80), band("very_likely", 0.80, 0.95),
		band("almost_certain", 0.95, 0.99),
	}},
	// The gaps between bands are the yardstick's own, to avoid spurious
	// precision; a value in a gap reports the nearer band.
	"phia": {Name: "phia", Source: "UK Professional Head of Intelligence Assessment, probability yardstick (gov.uk, Explaining uncertainty in UK intelligence assessment)", Bands: []Band{
		band("remote_chance", 0.00, 0.05), band("highly_unlikely", 0.10, 0.20), band("unlikely", 0.25, 0.35),
		band("realistic_possibility", 0.40, 0.50), band("likely", 0.55, 0.75), band("highly_likely", 0.80, 0.90),
		band("almost_certain", 0.95, 1.00),
	}},
	"kent1964": {Name: "kent1964", Source: "Sherman Kent, Words of Estimative Probability (1964)", Bands: []Band{
		{Name: "almost_certainly_not", Low: 0.02, Mid: 0.07, High: 0.12}, {Name: "probably_not", Low: 0.20, Mid: 0.30, High: 0.40},
		{Name: "chances_about_even", Low: 0.40, Mid: 0.50, High: 0.60}, {Name: "probable", Low: 0.63, Mid: 0.75, High: 0.87},
		{Name: "almost_certain", Low: 0.87, Mid: 0.93, High: 0.99},
	}},
	"ipcc": {Name: "ipcc", Source: "IPCC AR5 guidance note on consistent treatment of uncertainties (Mastrandrea et al. 2010)", Bands: []Band{
		band("exceptionally_unlikely", 0.00, 0.01), band("very_unlikely", 0.01, 0.10), band("unlikely", 0.10, 0.33),
		band("about_as_likely_as_not", 0.33, 0.66), band("likely", 0.66, 0.90), band("very_likely", 0.90, 0.99),
		band("virtually_certain", 0.99, 1.00),
	}},
}

// ICD is the default scale.
var ICD = Scales["icd203"]

// Lookup returns the scale with the given name.
func Lookup(name string) (Scale, error) {
	s, ok := Scales[name]
	if !ok {
		return Scale{}, fmt.Errorf("unknown scale %q (icd203, phia, kent1964, ipcc)", name)
	}
	return s, nil
}

// Index returns the position of a band name, or -1.
func (s Scale) Index(name string) int {
	for i, b := range s.Bands {
		if b.Name == name {
			return i
		}
	}
	return -1
}

// For returns the band a probability falls in; in a gap, the nearer one.
func (s Scale) For(p float64) Band {
	best, dist := s.Bands[0], 2.0
	for _, b := range s.Bands {
		if p >= b.Low && p <= b.High {
			return b
		}
		d := min(abs(p-b.Low), abs(p-b.High))
		if d < dist {
			best, dist = b, d
		}
	}
	return best
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// clamp keeps every probability Kent reports inside [0, 1].
func clamp(p float64) float64 { return max(0, min(1, p)) }
