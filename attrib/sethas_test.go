package attrib

import (
	"github.com/kentnews/kent/internal/suitewords"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kentnews/kent/lexicon"
)

// hasByRunes is set.has as it was written first, over the word's letters
// as a []rune: the reference the faster has must agree with.
func (s set) hasByRunes(w string) bool {
	if s[w] {
		return true
	}
	if i := strings.IndexByte(w, '-'); i > 0 && i < len(w)-1 {
		if j := strings.LastIndexByte(w, '-'); s.hasByRunes(w[:i]) || s.hasByRunes(w[j+1:]) {
			return true
		}
	}
	r := []rune(w)
	for cut := 1; cut <= 3 && len(r)-cut >= 4; cut++ {
		stem := string(r[:len(r)-cut])
		if s[stem] || s["~"+stem] {
			return true
		}
	}
	if len(r) < 10 {
		return false
	}
	for k := 3; len(r)-k >= 6; k++ {
		tail := string(r[k:])
		if s[tail] {
			return true
		}
		for _, end := range []string{"n", "en"} {
			if t, ok := strings.CutSuffix(tail, end); ok && utf8.RuneCountInString(t) >= 6 && s[t] {
				return true
			}
		}
	}
	return false
}

// set.has answers as the letter-by-letter reference does for every word
// of the suite's articles, each set's own words with endings and
// compound heads added, and malformed text, in every language.
func TestSetHasAgrees(t *testing.T) {
	lex := lexicon.MustDefault()
	ws, err := suitewords.Read("../eval/questions")
	if err != nil {
		t.Fatal(err)
	}
	ws = append(ws, "ekspert\xff", "\xe2\x82analityk", "sicherheits\xc3experte", "a\xf0\x9f\x98analityków", "аналитик\xd0")
	for _, code := range lex.Codes() {
		r := newRules(lex.Get(code), lex.All())
		yes := 0
		for name, s := range map[string]set{"roleWords": r.roleWords, "groups": r.groups, "orgWords": r.orgWords, "function": r.function} {
			words := append([]string{}, ws...)
			for e := range s {
				e = strings.TrimPrefix(e, "~")
				words = append(words, e, e+"a", e+"ów", e+"ами", e+"n", e+"en", "sicherheits"+e, "försvars"+e+"n", "polit-"+e, e[:len(e)/2])
			}
			for _, w := range words {
				got, want := s.has(w), s.hasByRunes(w)
				if got != want {
					t.Errorf("%s %s %q: has %v, reference %v", code, name, w, got, want)
				}
				if want {
					yes++
				}
			}
		}
		if yes == 0 {
			t.Errorf("%s: no word was in any set: the test checks nothing", code)
		}
	}
}
