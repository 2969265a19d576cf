// Package lang identifies the language of an article and of each of its
// paragraphs, among a configurable set of languages.
//
// It wraps lingua-go (github.com/pemistahl/lingua-go): 98.5% accuracy on
// Kent's 12-language sentence set, but about 0.36 MB/s. To keep ingest fast,
// Detect looks at a bounded sample of the text (MaxSample bytes, cut at a word
// boundary): a few hundred bytes decide the language of a news paragraph as
// well as the whole of it does, and the cost per article stops growing with
// its length.
package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pemistahl/lingua-go"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/lexicon"
)

// DefaultCodes is the language set Kent detects unless told otherwise: the
// languages with a lexicon file (lexicon/data), so adding a language there
// adds it here. The list comes from the files' names, so a program that
// only imports this package does not load the lexicons.
var DefaultCodes = lexicon.DefaultCodes()

// DefaultMaxSample is the default number of bytes of a text that Detect reads.
const DefaultMaxSample = 400

// Detector identifies languages. It is safe for concurrent use.
type Detector struct {
	det       lingua.LanguageDetector
	codes     []string
	known     map[string]*known // languages with a lexicon: what confirms them
	MaxSample int
}

// Mode trades accuracy on short texts for memory and speed.
type Mode string

const (
	// Fast uses lingua's low-accuracy mode (trigram models only): about 40 MB
	// for twelve languages instead of about 500 MB, and faster. Kent's
	// default: whole articles and paragraphs are long enough for it.
	Fast Mode = "fast"
	// Accurate uses all of lingua's n-gram models; better on one-line texts.
	Accurate Mode = "accurate"
)

// New returns a detector in Fast mode for the given ISO 639-1 codes
// (DefaultCodes if none). It returns an EINVALID error naming any code
// lingua does not know.
func New(codes ...string) (*Detector, error) { return NewMode(Fast, codes...) }

// NewMode is New with a chosen mode.
func NewMode(mode Mode, codes ...string) (*Detector, error) {
	if mode != Fast && mode != Accurate {
		return nil, kent.Errorf(kent.EINVALID, "unknown language detection mode %q (fast or accurate)", mode)
	}
	if len(codes) == 0 {
		codes = DefaultCodes
	}
	var langs []lingua.Language
	seen := map[string]bool{}
	for _, c := range codes {
		c = strings.ToLower(strings.TrimSpace(c))
		if c == "" || seen[c] {
			continue
		}
		seen[c] = true
		l := lingua.GetLanguageFromIsoCode639_1(lingua.GetIsoCode639_1FromValue(c))
		if l == lingua.Unknown {
			return nil, kent.Errorf(kent.EINVALID, "unknown language code %q (want ISO 639-1, e.g. en, de, uk)", c)
		}
		if err := checkModel(c); err != nil {
			return nil, err
		}
		langs = append(langs, l)
	}
	if len(langs) < 2 {
		// lingua needs two languages to choose between; one configured
		// language means every text is in it.
		if len(langs) == 1 {
			return &Detector{codes: []string{strings.ToLower(langs[0].IsoCode639_1().String())}, MaxSample: DefaultMaxSample}, nil
		}
		return nil, kent.Errorf(kent.EINVALID, "no languages configured")
	}
	b := lingua.NewLanguageDetectorBuilder().FromLanguages(langs...)
	if mode == Fast {
		b = b.WithLowAccuracyMode()
	}
	d := b.Build()
	out := make([]string, len(langs))
	for i, l := range langs {
		out[i] = strings.ToLower(l.IsoCode639_1().String())
	}
	return &Detector{det: d, codes: out, known: knownLanguages(out), MaxSample: DefaultMaxSample}, nil
}

// Codes returns the configured language codes.
func (d *Detector) Codes() []string { return append([]string(nil), d.codes...) }

// Detect returns the most likely language of text and lingua's confidence in
// it (0..1, relative to the other configured languages). It returns "" and 0
// for text without letters.
func (d *Detector) Detect(text string) (code string, confidence float64) {
	sample := Sample(text, d.MaxSample)
	if !hasLetter(sample) {
		return "", 0
	}
	if d.det == nil {
		return d.codes[0], 1
	}
	vals := d.det.ComputeLanguageConfidenceValues(sample)
	if len(vals) == 0 || vals[0].Value() == 0 {
		return "", 0
	}
	code = strings.ToLower(vals[0].Language().IsoCode639_1().String())
	if k := d.known[code]; k != nil && !k.confirms(sample) {
		return Undetermined, vals[0].Value()
	}
	if len(vals) > 1 {
		if alt := strings.ToLower(vals[1].Language().IsoCode639_1().String()); d.prefer(sample, code, alt) {
			return alt, vals[1].Value()
		}
	}
	return code, vals[0].Value()
}

// prefer reports whether a short text is in the runner-up language alt
// rather than in code: it uses two of alt's function words and none of
// code's ("Il habite à Oulu.", read as Finnish by its n-grams), where the
// n-grams of a few words lean to a language with similar letters.
func (d *Detector) prefer(text, code, alt string) bool {
	k, a := d.known[code], d.known[alt]
	if k == nil || a == nil {
		return false
	}
	own, other := 0, 0
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }) {
		if k.function[w] {
			own++
		}
		if a.function[w] {
			other++
		}
	}
	return own == 0 && other >= 2
}

// Sample returns at most max bytes of s, cut at the last space before the
// limit so no word is split (or at a rune boundary if there is no space).
func Sample(s string, max int) string {
	if max <= 0 || len(s) <= max {
		return s
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	if i := strings.LastIndexByte(s[:cut], ' '); i > max/2 {
		cut = i
	}
	return s[:cut]
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
