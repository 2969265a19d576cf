package ingest

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"github.com/kentnews/kent/lexicon"
)

// legacy lists the single-byte encodings news sites in Kent's languages
// still serve, most specific first.
var legacy = []struct {
	name string
	enc  encoding.Encoding
}{
	{"windows-1251", charmap.Windows1251},
	{"windows-1257", charmap.Windows1257},
	{"iso-8859-13", charmap.ISO8859_13},
	{"iso-8859-2", charmap.ISO8859_2},
	{"windows-1250", charmap.Windows1250},
	{"windows-1252", charmap.Windows1252},
	{"koi8-r", charmap.KOI8R},
	{"koi8-u", charmap.KOI8U},
}

// DecodeText returns data as UTF-8 text. Valid UTF-8 is taken as it is
// (without a BOM); UTF-16 needs its BOM; anything else is decoded with the
// legacy encoding whose result reads most like one of Kent's languages.
func DecodeText(data []byte) (string, error) {
	if s, ok := validUTF8Text(data); ok {
		return s, nil
	}
	if bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		out, _, err := transform.Bytes(xunicode.BOMOverride(xunicode.UTF8.NewDecoder()), data)
		if err != nil {
			return "", fmt.Errorf("bad UTF-16: %v", err)
		}
		return string(out), nil
	}
	s, name := guessLegacy(data)
	if name == "" {
		return "", fmt.Errorf("not UTF-8 and no known encoding (windows-1251, windows-1257, iso-8859-13, …) decodes it as text")
	}
	return s, nil
}

// guessLegacy scores each candidate decoding by how many of its non-ASCII
// characters belong to a single language's alphabet (from the lexicons): the
// right code page turns "\xe0" into "ą" in Lithuanian text and "а" in Russian
// text, a wrong one into letters no one language uses together.
func guessLegacy(data []byte) (string, string) {
	lex := lexicon.MustDefault()
	bestScore, best, bestName := -1<<31, "", ""
	for _, cand := range legacy {
		out, err := cand.enc.NewDecoder().Bytes(data)
		if err != nil {
			continue
		}
		s := string(out)
		counts := map[rune]int{}
		bad := 0
		for _, r := range s {
			if r < 128 {
				continue
			}
			if !unicode.IsLetter(r) && !unicode.IsPunct(r) && !unicode.IsSpace(r) && !unicode.IsSymbol(r) {
				bad++
			}
			counts[r]++
		}
		bad += 2 * mixedScriptWords(s)
		top := 0
		for _, code := range lex.Codes() {
			n := 0
			for _, r := range lex.Get(code).Letters {
				n += counts[r]
			}
			top = max(top, n)
		}
		if score := top - 3*bad; score > bestScore {
			bestScore, best, bestName = score, s, cand.name
		}
	}
	if bestScore < 0 {
		return "", ""
	}
	return best, bestName
}

// mixedScriptWords counts words that mix Latin and Cyrillic letters, which
// real text almost never does and a wrong code page does all the time
// ("teigл" for "teigė").
func mixedScriptWords(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		lat, cyr := false, false
		for _, r := range w {
			switch {
			case unicode.Is(unicode.Cyrillic, r):
				cyr = true
			case unicode.Is(unicode.Latin, r):
				lat = true
			}
		}
		if lat && cyr {
			n++
		}
	}
	return n
}
