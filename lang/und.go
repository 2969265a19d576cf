package lang

import (
	"strings"
	"unicode"

	"github.com/kentnews/kent/lexicon"
)

// Undetermined is the code of a text in none of the configured languages
// (ISO 639-2 "und"): the detector always names the nearest configured
// language, so a Czech or Finnish text would otherwise pass as Polish or
// Swedish.
const Undetermined = "und"

// known is what confirms a detected language: its letters beyond a–z and
// its commonest function words, from its lexicon.
type known struct {
	letters  map[rune]bool
	function map[string]bool
}

// Confirms reports whether a text can be in a configured language by its
// letters and function words (a language without a lexicon always can):
// what Detect checks before it answers.
func (d *Detector) Confirms(code, text string) bool {
	k := d.known[code]
	return k == nil || k.confirms(Sample(text, d.MaxSample))
}

func knownLanguages(codes []string) map[string]*known {
	lex, err := lexicon.Default()
	if err != nil {
		return nil
	}
	out := map[string]*known{}
	for _, c := range codes {
		l := lex.Get(c)
		if l == nil || len(l.FunctionWords) == 0 {
			continue // no lexicon: nothing to confirm with, trust the detector
		}
		k := &known{letters: map[rune]bool{}, function: map[string]bool{}}
		for _, r := range strings.ToLower(l.Letters) {
			k.letters[r] = true
		}
		for _, w := range l.FunctionWords {
			k.function[w] = true
		}
		out[c] = k
	}
	return out
}

// confirms reports whether a text can be in the language. Letters: when
// the language has its own beyond a–z, a text with at least three letters
// outside its alphabet, twice as many as its own and over 2% of all, is in
// another language (Czech read as Polish); names in other alphabets inside
// a text in the language stay possible. Words: a text of 25 words or
// more needs a function word (Finnish read as Swedish).
func (k *known) confirms(text string) bool {
	letters, own, foreign := 0, 0, 0
	for _, r := range strings.ToLower(text) {
		switch {
		case !unicode.IsLetter(r):
			continue
		case r < 0x80:
		case k.letters[r]:
			own++
		default:
			foreign++
		}
		letters++
	}
	if len(k.letters) > 0 && foreign >= 3 && foreign > 2*own && foreign*50 > letters {
		return false
	}
	// Words: a text of 25 words or more with none of the language's
	// function words is in another language. A language with its own
	// alphabet (Cyrillic) counts only words written in it, so that links and
	// Latin names do not count against it.
	n, hits := 0, 0
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }) {
		if len(k.letters) > 20 && !strings.ContainsFunc(w, func(r rune) bool { return k.letters[r] }) {
			continue
		}
		n++
		if k.function[w] {
			hits++
		}
	}
	return n < 25 || hits > 0
}
