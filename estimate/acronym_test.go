package estimate

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// isAcronym, which reads runes without building strings, answers as the
// plain definition it replaces (upper-casing changes nothing, lower-casing
// does), for every word of the suite's articles as written and for
// malformed, mixed-script and special-case words.
func TestIsAcronymAgrees(t *testing.T) {
	plain := func(w string) bool {
		return utf8.RuneCountInString(w) > 1 && strings.ToUpper(w) == w && strings.ToLower(w) != w
	}
	words := []string{"", "A", "NATO", "Nato", "U.S.", "EU:n", "SEB:s", "ЕС", "НАТО", "Нато", "ΕΕ", "ΣΣ", "ς", "STRAẞE", "ß", "ǅ", "Ǆ",
		"ǄA", "NATO2", "2024", "G7", "\xffNATO", "NA\xffTO", "N\uFFFDATO", "\uFFFD\uFFFD", "İS", "ＮＡＴＯ", "Ⅻ", "ⅫⅫ", "Σ", "A-B"}
	files, _ := filepath.Glob("../eval/questions/*/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		words = append(words, strings.Fields(string(b))...)
	}
	if len(files) == 0 {
		t.Fatal("no suite articles")
	}
	for _, w := range words {
		if got, want := isAcronym(w), plain(w); got != want {
			t.Errorf("isAcronym(%q) = %v, want %v", w, got, want)
		}
	}
}
