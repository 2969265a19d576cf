// Package tokens is Kent's one word layer: it splits an article's sentences
// into words and punctuation marks once (the pipeline stores them on the
// article for attrib, estimate and names), and holds what those stages
// share about tokens: quote marks, dashes, acronyms, negative endings
// ("n't"), and a phrase index that finds the longest lexicon phrase at a
// token.
//
// A word is a run of letters, digits and combining marks. It keeps inner
// apostrophes, hyphens and dots ("Ukraine’s", "Wit-Rusland", "3.5"; an
// apostrophe only before a letter), the
// closing dot of a short dotted abbreviation ("U.S."), and a colon before a
// case ending after an upper-case word (Swedish and Finnish "SEB:s",
// "EU:n"). Every other mark is a token of its own. Package syntax keeps its
// own tokenizer: its models were trained on treebank words, which split
// differently (see syntax.Tokenize).
package tokens

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent"
)

// Of returns the article's tokens: those the pipeline filled, or, for an
// article without them (a stage's unit test), a fresh tokenization.
func Of(a *kent.Article) []kent.Token {
	if a.Tokens != nil {
		return a.Tokens
	}
	return Article(a)
}

// Article splits every sentence of the article, in order, tagging each
// token with its sentence and paragraph. Text between sentences (none, in
// a segmented article) has no tokens.
func Article(a *kent.Article) []kent.Token {
	return AppendArticle(make([]kent.Token, 0, len(a.Text)/5+16), a)
}

// AppendArticle is Article appending to toks (the pipeline reuses one
// array from article to article).
func AppendArticle(toks []kent.Token, a *kent.Article) []kent.Token {
	sent := 0
	for pi, p := range a.Paragraphs {
		for _, s := range p.Sentences {
			toks = appendSpan(toks, a.Text, s.Span, sent, pi)
			sent++
		}
	}
	return toks
}

// Sentence splits one span of text (sentence and paragraph 0).
func Sentence(text string, s kent.Span) []kent.Token {
	return appendSpan(make([]kent.Token, 0, (s.End-s.Start)/5+4), text, s, 0, 0)
}

// Sentences returns, for tokens in text order (from Article), each
// sentence's tokens as a subslice, indexed by sentence.
func Sentences(toks []kent.Token, n int) [][]kent.Token {
	out := make([][]kent.Token, n)
	for i := 0; i < len(toks); {
		j := i + 1
		for j < len(toks) && toks[j].Sentence == toks[i].Sentence {
			j++
		}
		if s := toks[i].Sentence; s >= 0 && s < n {
			out[s] = toks[i:j:j]
		}
		i = j
	}
	return out
}

// Words returns the lower-case words of a lexicon phrase as the tokenizer
// splits text, punctuation dropped, so that "pointed out" and "по словам"
// match token by token.
func Words(phrase string) []string {
	var out []string
	for _, t := range Sentence(phrase, kent.Span{Start: 0, End: len(phrase)}) {
		if t.Word {
			out = append(out, t.Low)
		}
	}
	return out
}

// Key hashes a token's lower-case form (FNV-1a, then mixed so that its
// low bits spread too) to the nonzero number kent.Token.Key holds.
func Key(low string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(low); i++ {
		h = (h ^ uint32(low[i])) * 16777619
	}
	h ^= h >> 16
	h *= 0x85EBCA6B
	h ^= h >> 13
	return max(h, 1)
}

// keyOf is the token's Key, computed when it was not set.
func keyOf(t *kent.Token) uint32 {
	if t.Key != 0 {
		return t.Key
	}
	return Key(t.Low)
}

func appendSpan(toks []kent.Token, text string, s kent.Span, sent, para int) []kent.Token {
	for i := s.Start; i < s.End; {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case unicode.IsSpace(r):
			i += size
		case IsWordRune(r):
			j := wordEnd(text, i, i+size, s.End)
			t := text[i:j]
			low := strings.ToLower(t)
			toks = append(toks, kent.Token{Start: i, End: j, Text: t, Low: low, Key: Key(low), Word: true, Sentence: sent, Paragraph: para})
			i = j
		default:
			t := text[i : i+size]
			toks = append(toks, kent.Token{Start: i, End: i + size, Text: t, Low: t, Key: Key(t), Sentence: sent, Paragraph: para})
			i += size
		}
	}
	return toks
}

// wordEnd returns where the word that starts at start, and runs at least
// to j, ends; at most at end.
func wordEnd(text string, start, j, end int) int {
	for j < end {
		r, size := rune(text[j]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[j:])
		}
		if IsWordRune(r) {
			j += size
			continue
		}
		if r == ':' && isUpperWord(text[start:j]) && genitiveColon(text[j+size:end]) {
			j += size // "SEB:s", "EU:n": a colon before a case ending
			continue
		}
		if (r == '\'' || r == '’' || r == '-' || r == '.') && j+size < end {
			// An apostrophe joins letters only: after an elided article a
			// number is a word of its own ("dell'80%", "l’1%").
			r2, _ := utf8.DecodeRuneInString(text[j+size:])
			if IsWordRune(r2) && (unicode.IsLetter(r2) || r == '-' || r == '.') {
				j += size
				continue
			}
		}
		break
	}
	// "U.S.", "U.K.": the dot after a dotted abbreviation is the word's own.
	if j < end && text[j] == '.' && strings.Contains(text[start:j], ".") && j-start <= 5 {
		j++
	}
	return j
}

// IsWordRune reports whether r belongs in a word: a letter, a digit or a
// combining mark (the vowel signs of Devanagari are marks, not letters).
func IsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		// ASCII: the letters and digits, no marks (the Unicode tables'
		// answer, without searching them for most of a text's runes)
		return 'a' <= r|0x20 && r|0x20 <= 'z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// genitiveColon reports whether rest, the text after a colon inside a
// word, is a case ending of one or two lower-case letters: Swedish and
// Finnish write "SEB:s", "EU:n".
func genitiveColon(rest string) bool {
	n := 0
	for _, r := range rest {
		if !unicode.IsLetter(r) {
			break
		}
		if !unicode.IsLower(r) {
			return false
		}
		n++
	}
	return n > 0 && n <= 2
}

// isUpperWord: "SEB", "EU", "1990" — what a genitive colon follows — or a
// short abbreviation in mixed case that Swedish and Finnish inflect the
// same way ("Fed:s", "BoJ:n").
func isUpperWord(w string) bool {
	lower, n := 0, 0
	for _, r := range w {
		if unicode.IsLower(r) {
			lower++
		}
		n++
	}
	if lower == 0 {
		return true
	}
	first, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(first) && n <= 4
}
