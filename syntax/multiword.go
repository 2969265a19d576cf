package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitter turns surface tokens into the syntactic words the treebank
// annotates: contractions seen in training by their form (Spanish "del" →
// "de el", German "zum" → "zu dem"), and clitics by a suffix rule learned
// when nearly every training token ending so is split (Polish "widziałem" →
// "widział" + "em").
type splitter struct {
	exact    map[string][]string // lower-case surface → words
	suffixes map[string]int      // surface suffix → bytes split off its end
	maxSuf   int                 // longest suffix in runes
}

// surfaceToken is one token of running text and the words it stands for.
type surfaceToken struct {
	form  string
	words []string
}

func surface(s Sentence) []surfaceToken {
	var out []surfaceToken
	m := 0
	for i := 0; i < len(s.Tokens); {
		if m < len(s.Multi) && s.Multi[m].Start == i && s.Multi[m].End <= len(s.Tokens) {
			mw := s.Multi[m]
			t := surfaceToken{form: mw.Form}
			for _, w := range s.Tokens[mw.Start:mw.End] {
				t.words = append(t.words, w.Form)
			}
			out = append(out, t)
			i, m = mw.End, m+1
			continue
		}
		out = append(out, surfaceToken{form: s.Tokens[i].Form, words: []string{s.Tokens[i].Form}})
		i++
	}
	return out
}

// minRule and ruleShare: a suffix rule needs this many split tokens, and
// this share of the tokens ending so must be split.
const (
	minRule   = 5
	ruleShare = 0.9
)

func trainSplitter(sents []Sentence) *splitter {
	sp := &splitter{exact: map[string][]string{}, suffixes: map[string]int{}}
	type stat struct{ split, all int }
	forms := map[string]*stat{}
	var toks []surfaceToken
	for _, s := range sents {
		toks = append(toks, surface(s)...)
	}
	// exact contractions, when the form is split more often than not
	for _, t := range toks {
		k := strings.ToLower(t.form)
		st := forms[k]
		if st == nil {
			st = &stat{}
			forms[k] = st
		}
		st.all++
		if len(t.words) > 1 {
			st.split++
			if _, ok := sp.exact[k]; !ok {
				sp.exact[k] = lowerAll(t.words)
			}
		}
	}
	for k := range sp.exact {
		if st := forms[k]; 2*st.split <= st.all {
			delete(sp.exact, k)
		}
	}
	// clitic suffix rules: the last word glued to the end of the others
	cand := map[string]int{} // surface suffix (clitic + one rune) → bytes of clitic
	for _, t := range toks {
		if len(t.words) != 2 || strings.ToLower(t.words[0]+t.words[1]) != strings.ToLower(t.form) {
			continue
		}
		if suf, ok := suffixOf(strings.ToLower(t.form), utf8.RuneCountInString(t.words[1])+1); ok {
			cand[suf] = len(t.words[1])
		}
	}
	for suf, cut := range cand {
		var st stat
		for _, t := range toks {
			if strings.HasSuffix(strings.ToLower(t.form), suf) {
				st.all++
				if len(t.words) == 2 && len(t.words[1]) == cut {
					st.split++
				}
			}
		}
		if st.split >= minRule && float64(st.split) >= ruleShare*float64(st.all) {
			sp.suffixes[suf] = cut
			sp.maxSuf = max(sp.maxSuf, utf8.RuneCountInString(suf))
		}
	}
	return sp
}

func lowerAll(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = strings.ToLower(w)
	}
	return out
}

// suffixOf returns the last n runes of s when s is longer than that.
func suffixOf(s string, n int) (string, bool) {
	j := len(s)
	for range n {
		if j == 0 {
			return "", false
		}
		_, sz := utf8.DecodeLastRuneInString(s[:j])
		j -= sz
	}
	return s[j:], j > 0
}

// split returns the words of one surface token.
func (sp *splitter) split(tok string, out []string) []string {
	lower := strings.ToLower(tok)
	if ws, ok := sp.exact[lower]; ok {
		for i, w := range ws {
			if i == 0 {
				w = matchCase(tok, w)
			}
			out = append(out, w)
		}
		return out
	}
	for n := sp.maxSuf; n >= 2; n-- {
		suf, ok := suffixOf(lower, n)
		if !ok {
			continue
		}
		if cut, ok := sp.suffixes[suf]; ok && cut < len(tok) {
			return append(out, tok[:len(tok)-cut], tok[len(tok)-cut:])
		}
	}
	return append(out, tok)
}

// matchCase gives w the capital initial of tok ("Del" → "De").
func matchCase(tok, w string) string {
	r, _ := utf8.DecodeRuneInString(tok)
	if !unicode.IsUpper(r) {
		return w
	}
	f, sz := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(f)) + w[sz:]
}

// Words splits surface tokens (from Tokenize) into the syntactic words the
// model tags: contractions and clitics as its treebank splits them.
func (m *Model) Words(tokens []string) []string {
	if m.split == nil {
		return tokens
	}
	out := make([]string, 0, len(tokens))
	for _, t := range tokens {
		out = m.split.split(t, out)
	}
	return out
}
