package tokens

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// IsQuoteMark reports whether s starts with a quote mark of any language's
// convention: “…” „…“ «…» ‹…› ‘…’ ‚…‘ "…".
func IsQuoteMark(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	switch r {
	case '“', '”', '„', '«', '»', '‘', '’', '‚', '"', '‹', '›':
		return true
	}
	return false
}

// IsDash reports whether s is a dash or a hyphen standing alone.
func IsDash(s string) bool { return s == "–" || s == "—" || s == "-" }

// IsAcronym reports whether s is two to six upper-case letters: ISW, NATO,
// НАТО.
func IsAcronym(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 2 || n > 6 {
		return false
	}
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// HasNegativeEnding reports whether a lower-case word ends in one of a
// lexicon's negative endings (English "n't": "wouldn't", "won’t").
func HasNegativeEnding(low string, endings []string) bool {
	for _, e := range endings {
		if strings.HasSuffix(low, e) {
			return true
		}
	}
	return false
}
