package estimate

import (
	"github.com/kentnews/kent/internal/suitewords"
	"strings"
	"testing"

	"github.com/kentnews/kent/lexicon"
)

// isRole's lookup by first letters answers as the full lookup does, for
// every word of the suite's articles and every role word with endings
// added and cut, in every language.
func TestIsRoleFilterAgrees(t *testing.T) {
	lex := lexicon.MustDefault()
	ws, err := suitewords.Read("../eval/questions")
	if err != nil {
		t.Fatal(err)
	}
	for _, code := range lex.Codes() {
		h := newHolderRules(lex.Get(code))
		if len(h.rolePre) == 0 {
			t.Fatalf("%s: no role prefixes", code)
		}
		words := append([]string{}, ws...)
		for r := range h.roles {
			words = append(words, r, r+"a", r+"ów", r+"ами", "l'"+r, strings.TrimSuffix(r, r[len(r)-1:]), r[:len(r)/2])
		}
		full := newHolderRules(lex.Get(code))
		full.rolePre = nil
		n := 0
		for _, w := range words {
			got, want := h.isRole(w), full.isRole(w)
			if got != want {
				t.Errorf("%s %q: isRole %v, full lookup %v", code, w, got, want)
			}
			if want {
				n++
			}
		}
		if n == 0 {
			t.Errorf("%s: no word was a role: the test checks nothing", code)
		}
	}
}

// stem cuts as the letter-by-letter cut did, malformed text included.
func TestStemAgrees(t *testing.T) {
	for _, w := range []string{"", "abc", "abcde", "abcdef", "borders", "Lukashenko's", "вступление", "członkostwo", "ab\xffcdef", "\xe2\x82abcdef", "abcd\xc3", "абвгд\xd0"} {
		r := []rune(w)
		if len(r) > 5 {
			r = r[:5]
		}
		if got, want := stem(w), string(r); got != want {
			t.Errorf("stem(%q) = %q, want %q", w, got, want)
		}
	}
}
