package eval

import (
	"bytes"
	"strings"
	"testing"

	"github.com/kentnews/kent/lexicon"
)

// A user runs kent eval understand on a gold file and reads per-part,
// per-language accuracy; --misses names the questions read wrong.
func TestUnderstand(t *testing.T) {
	lex := lexicon.MustDefault()
	var out, misses bytes.Buffer
	scores, err := Understand("testdata/understand.yaml", lex, false, &out, &misses)
	if err != nil {
		t.Fatal(err)
	}
	all := scores["all"]
	if all.N != 3 || scores["pl"].N != 1 || scores["en"].N != 2 {
		t.Fatalf("counts: all %d, by language %v\n%s", all.N, scores, out.String())
	}
	if all.Scored["object"] != 2 {
		t.Errorf("an object of kind event is not scored: %d objects scored", all.Scored["object"])
	}
	for _, part := range UnderstandParts {
		if all.Right[part] != all.Scored[part] {
			t.Errorf("%s: %d/%d right\n%s%s", part, all.Right[part], all.Scored[part], out.String(), misses.String())
		}
	}
	if !strings.Contains(out.String(), "subject") || !strings.Contains(out.String(), "\npl ") {
		t.Errorf("report lacks its header or a language row:\n%s", out.String())
	}
}

func TestUnderstandBadFile(t *testing.T) {
	if _, err := Understand("testdata/nonexistent.yaml", lexicon.MustDefault(), false, &bytes.Buffer{}, nil); err == nil {
		t.Error("a missing file is no error")
	}
}
