package question

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

// TestLetterRuns: the table-driven splitter finds the words the general
// one does, in every script, with apostrophes, hyphens, digits, emoji and
// invalid UTF-8.
func TestLetterRuns(t *testing.T) {
	want := func(s string) []string {
		return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' })
	}
	for _, s := range []string{
		"", " ", "Will Belarusian armed forces enter the war against Ukraine?",
		"dell'Unione europea, l’Union européenne — d'Israël; 12 km/h",
		"Лукашенко заявил: «Беларусь не вступит в войну».", "Wahrscheinlichkeit: gering (30 %)",
		"Trzaskowski-Nawrocki 2:1 ✊🏽 Ranskassa", "bad \xff\xfe utf8\xc3", "\uFFFDword\u00a0next", "a-b--c ' ’",
	} {
		if got := letterRuns(s); !slices.Equal(got, want(s)) {
			t.Errorf("letterRuns(%q) = %q, want %q", s, got, want(s))
		}
	}
}

func FuzzLetterRuns(f *testing.F) {
	f.Add("l’Union européenne, 12 km/h — Беларусь")
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' })
		if got := letterRuns(s); !slices.Equal(got, want) {
			t.Fatalf("letterRuns(%q) = %q, want %q", s, got, want)
		}
	})
}
