package kent

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// NormalizeText folds text to the form article identity is computed on:
// lower case, letters and digits only, single spaces. Typographic variants
// (curly vs straight quotes, dashes, line wrapping) then do not make two
// copies of one text look different.
func NormalizeText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			// ASCII, most of most texts: the same test and folding on the
			// byte, without the Unicode tables
			i++
			if 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9' {
				if space && b.Len() > 0 {
					b.WriteByte(' ')
				}
				space = false
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				b.WriteByte(c)
			} else {
				space = true
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		} else {
			space = true
		}
	}
	return b.String()
}

// TextHash returns the identity of a cleaned text regardless of outlet.
func TextHash(text string) string {
	sum := sha256.Sum256([]byte(NormalizeText(text)))
	return hex.EncodeToString(sum[:8])
}

// ArticleID returns the stable ID of an article: the same outlet and text give
// the same ID, while one text from two outlets gives two IDs that share a
// TextHash.
func ArticleID(outlet, text string) string {
	sum := sha256.Sum256([]byte(NormalizeText(outlet) + "\x00" + NormalizeText(text)))
	return hex.EncodeToString(sum[:8])
}

// ArticleIdentity returns ArticleID(outlet, text) and TextHash(text) with
// the text normalised once, not twice, and not copied again to be hashed:
// ingest computes both for every article.
func ArticleIdentity(outlet, text string) (id, hash string) {
	norm := NormalizeText(text)
	sum := sha256.Sum256([]byte(norm))
	d := sha256.New()
	io.WriteString(d, NormalizeText(outlet))
	d.Write([]byte{0})
	io.WriteString(d, norm)
	return hex.EncodeToString(d.Sum(nil)[:8]), hex.EncodeToString(sum[:8])
}
