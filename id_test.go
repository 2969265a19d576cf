package kent_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/kentnews/kent"
)

// normalizeRunes is NormalizeText rune by rune, as it was written before
// its ASCII shortcut: the shortcut must give exactly this.
func normalizeRunes(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		} else {
			space = true
		}
	}
	return b.String()
}

func TestNormalizeTextShortcut(t *testing.T) {
	var all strings.Builder
	for r := rune(0); r < 0x500; r++ {
		all.WriteRune(r)
	}
	ins := []string{"", all.String(), "ABC xyz 09 @[`{ Ÿÿ ÄÖÜ ẞ İ \xff\xfeBad\xc3 Lukashenko’s “NO” — Лукашенко ЗАЯВИЛ"}
	files, _ := filepath.Glob("examples/*/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		ins = append(ins, string(b))
	}
	for _, in := range ins {
		got, want := kent.NormalizeText(in), normalizeRunes(in)
		if got != want {
			t.Errorf("%.40q: got %.60q, want %.60q", in, got, want)
		}
		// Single spaces between words, none at the ends: package clean
		// counts words by counting spaces.
		if strings.Join(strings.Fields(got), " ") != got {
			t.Errorf("%.40q: spacing in %.60q", in, got)
		}
	}
}

func BenchmarkNormalizeText(b *testing.B) {
	data, err := os.ReadFile("examples/belarus/002_87f583545b90d6d8.txt")
	if err != nil {
		b.Fatal(err)
	}
	s := string(data)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		kent.NormalizeText(s)
	}
}

// ArticleIdentity gives what ArticleID and TextHash give one by one.
func TestArticleIdentityAgrees(t *testing.T) {
	for _, c := range [][2]string{
		{"", ""},
		{"BBC", "Putin said no."},
		{"Gazeta Wyborcza", "Zełenski powiedział: „Nie”.\n\nDrugi akapit."},
		{"", "Лукашенко заявив\x00 щось"},
		{"\xff", "bad \xfe utf8"},
	} {
		id, hash := kent.ArticleIdentity(c[0], c[1])
		if id != kent.ArticleID(c[0], c[1]) || hash != kent.TextHash(c[1]) {
			t.Errorf("ArticleIdentity(%q, %q) = %s, %s; want %s, %s", c[0], c[1], id, hash, kent.ArticleID(c[0], c[1]), kent.TextHash(c[1]))
		}
	}
}
