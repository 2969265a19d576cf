package names

import (
	"strings"
	"testing"
)

// appendLower and isLower answer as strings.ToLower does, bad bytes and
// all: the finder looks words up by them instead of lowering a copy.
func TestLowerAsStringsToLower(t *testing.T) {
	for _, s := range []string{"", "Tusk", "TUSKIEM", "tusk", "Шольца", "шольца", "ŁUKASZENKI", "İstanbul", "ΣΟΦΙΑ",
		"Ärzte", "Lukasjenkos", "x\xffy", "\xc3", "a\uFFFDb", "Präsidentenberater", "ǅemal", "Straße"} {
		if got, want := string(appendLower(nil, s)), strings.ToLower(s); got != want {
			t.Errorf("appendLower(%q) = %q, want %q", s, got, want)
		}
		var buf [4]byte // shorter than most: the append must grow
		if got, want := string(appendLower(buf[:0], s)), strings.ToLower(s); got != want {
			t.Errorf("appendLower(small, %q) = %q, want %q", s, got, want)
		}
		if got, want := isLower(s), strings.ToLower(s) == s; got != want {
			t.Errorf("isLower(%q) = %v, want %v", s, got, want)
		}
	}
}
