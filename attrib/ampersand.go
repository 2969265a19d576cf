package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent"
)

// joinAmpersands makes one token of an ampersand and the capitalised words
// on either side of it: "S&P", "AT&T", "Johnson & Johnson", "JPMorgan
// Chase & Co". A name is a run of capitalised words of two letters or more;
// split at "&" it would lose its head ("S&P Global Ratings" read as
// "Global Ratings"). The article's tokens are shared, so a join copies
// them; an article with no ampersand costs one byte scan.
func joinAmpersands(text string, toks []kent.Token) []kent.Token {
	if strings.IndexByte(text, '&') < 0 {
		return toks
	}
	var out []kent.Token
	for i, t := range toks {
		if t.Text == "&" && i > 0 && i+1 < len(toks) && capWord(toks[i-1]) && capWord(toks[i+1]) &&
			toks[i-1].Sentence == t.Sentence && toks[i+1].Sentence == t.Sentence {
			if out == nil {
				out = append(make([]kent.Token, 0, len(toks)), toks[:i]...)
			}
			continue
		}
		if out != nil && i > 0 && toks[i-1].Text == "&" && len(out) > 0 && out[len(out)-1].End < toks[i-1].End {
			// the word after a joining "&": onto the token before it
			p := &out[len(out)-1]
			p.End = t.End
			p.Text = text[p.Start:p.End]
			p.Low, p.Key = strings.ToLower(p.Text), 0 // its Key is the old word's: unset
			continue
		}
		if out != nil {
			out = append(out, t)
		}
	}
	if out == nil {
		return toks
	}
	return out
}

// capWord: a word that begins with a capital letter, of any length ("S",
// "P", "AT").
func capWord(t kent.Token) bool {
	if !t.Word {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}
