package names

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent/syntax"
)

// Tagger tags the words of one sentence with their part of speech (UD
// UPOS), features and lemma. *syntax.Model satisfies it; names uses it for
// two things only: a PROPN's lemma is a hint to the Inflector (which still
// checks it against the endings), and a capitalised common noun, adjective,
// verb or adverb ("Regierung", "Krieg", a sentence's first word) is no
// person.
type Tagger interface {
	Tag(forms []string) []syntax.Token
}

// SyntaxTagger returns the embedded syntax model of a language, loaded on
// first use; false when the build has none (the finder then works from its
// lexicons alone).
func SyntaxTagger(lang string) (Tagger, bool) {
	m, ok := syntax.ForLanguage(lang)
	if !ok || m == nil {
		return nil, false
	}
	return m, true
}

// common lists the tags of words that name nothing: a capitalised run
// tagged so throughout is no person.
var common = map[string]bool{"NOUN": true, "ADJ": true, "VERB": true, "ADV": true}

// tagSentence fills the UPOS, lemma and case of the words of one sentence
// (ws, from words) by tagging the sentence's tokens: the words and, between
// them, punctuation and numbers, so the tagger sees the sentence it was
// trained on. It reports false when lang has no tagger.
func (f *Finder) tagSentence(text string, s [2]int, ws []word, lang string) bool {
	if f.Tagger == nil || len(ws) == 0 {
		return false
	}
	t, ok := f.Tagger(lang)
	if !ok {
		return false
	}
	forms := make([]string, 0, len(ws)+len(ws)/3+2)
	at := make([]int, len(ws)) // word → index in forms
	pos := s[0]
	other := func(end int) {
		for i := pos; i < end; {
			r, size := utf8.DecodeRuneInString(text[i:])
			switch {
			case unicode.IsSpace(r):
				i += size
			case unicode.IsDigit(r):
				j := i + size
				for j < end {
					r2, s2 := utf8.DecodeRuneInString(text[j:])
					if !unicode.IsDigit(r2) && r2 != '.' && r2 != ',' {
						break
					}
					j += s2
				}
				forms = append(forms, text[i:j])
				i = j
			default:
				forms = append(forms, text[i:i+size])
				i += size
			}
		}
	}
	for k := range ws {
		other(ws[k].start)
		at[k] = len(forms)
		// Treebanks split the possessive: "Scholz's" is "Scholz" + "'s".
		if stem, s, ok := possessive(ws[k].text); ok {
			forms = append(forms, stem, s)
		} else {
			forms = append(forms, ws[k].text)
		}
		pos = ws[k].end
	}
	other(s[1])
	toks := t.Tag(forms)
	for k := range ws {
		ws[k].tag = toks[at[k]]
	}
	return true
}

func possessive(w string) (stem, s string, ok bool) {
	for _, p := range []string{"'s", "’s"} {
		if st, ok := strings.CutSuffix(w, p); ok && st != "" {
			return st, p, true
		}
	}
	return w, "", false
}

// obliqueCase reports whether features name a case other than the
// nominative (a name printed in it is not its base form).
func obliqueCase(feats string) bool {
	for f := range strings.SplitSeq(feats, "|") {
		if c, ok := strings.CutPrefix(f, "Case="); ok {
			return c != "Nom"
		}
	}
	return false
}

// commonRun reports whether the tagger tagged every word of a run as a
// common word (a noun, adjective, verb or adverb).
func commonRun(run []word) bool {
	for _, w := range run {
		if !common[w.tag.UPOS] {
			return false
		}
	}
	return true
}

// Hint is the lemma of a token tagged PROPN as the Inflector's hint; ""
// for other tokens, and when the tagger kept an oblique-case form as
// printed (it did not know the base form).
func Hint(t syntax.Token) string {
	if t.UPOS != "PROPN" || t.Lemma == "" || obliqueCase(t.Feats) && strings.EqualFold(t.Lemma, t.Form) {
		return ""
	}
	return t.Lemma
}
