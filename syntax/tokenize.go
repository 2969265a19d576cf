package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tokenize splits text into words for the tagger: letters and digits make
// words, with inner hyphens and apostrophes ("Jean-Pierre", "don't" stays
// one word), decimals and thousands ("3.5", "1,000") and dotted
// abbreviations ("U.S.") kept whole; every other punctuation mark is its own
// token, runs of the same mark ("...") one token.
//
// It is not package tokens' tokenizer on purpose: the models were trained
// on Universal Dependencies treebank words (treebanks.go), and a word split differently from the
// treebank's is a word the tagger has not seen. Treebanks keep "1,000" and
// "..." whole and split "COVID-19" and "SEB:s", where the stages' word
// layer does the opposite.
func Tokenize(text string) []string {
	var out []string
	for i := 0; i < len(text); {
		r, sz := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += sz
		case isWordRune(r):
			j := wordEnd(text, i)
			out = append(out, text[i:j])
			i = j
		default:
			j := i + sz
			for strings.HasPrefix(text[j:], string(r)) {
				j += sz
			}
			out = append(out, text[i:j])
			i = j
		}
	}
	return out
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// wordEnd returns where the word starting at i ends.
func wordEnd(text string, i int) int {
	j := i
	seg := 0 // word runes since the last dot, for U.S.-style abbreviations
	dotted := true
	for j < len(text) {
		r, sz := utf8.DecodeRuneInString(text[j:])
		if isWordRune(r) {
			j += sz
			seg++
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(text[i:j])
		next, nsz := utf8.DecodeRuneInString(text[j+sz:])
		switch {
		case (r == '-' || r == '\'' || r == '’') && isWordRune(next) && unicode.IsLetter(prev) == unicode.IsLetter(next):
		case (r == '.' || r == ',') && unicode.IsDigit(prev) && unicode.IsDigit(next):
		case r == '.' && seg == 1 && dotted && unicode.IsLetter(prev) && unicode.IsLetter(next) && !isWordRune(runeAt(text, j+sz+nsz)):
			// U.S: one letter, a dot, one letter
		case r == '.' && seg == 1 && dotted && strings.Contains(text[i:j], ".") && unicode.IsLetter(prev):
			return j + sz // the closing dot of U.S.
		default:
			return j
		}
		if r != '.' {
			dotted = false
		}
		j += sz
		seg = 0
	}
	return j
}

func runeAt(s string, i int) rune {
	if i >= len(s) {
		return ' '
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

// Sentences tokenizes text and splits it after sentence-final punctuation
// (. ! ? … and their runs), so each sentence is tagged with its own start.
func Sentences(text string) [][]string {
	var out [][]string
	var cur []string
	for _, t := range Tokenize(text) {
		cur = append(cur, t)
		if strings.Trim(t, ".!?…") == "" {
			out = append(out, cur)
			cur = nil
		}
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}
