package syntax_test

import (
	"strings"
	"testing"

	"github.com/kentnews/kent/syntax"
)

// A surname that is also a verb form, capitalised inside a sentence, is a
// proper noun and the subject of its clause ("att Kallas lämnar posten":
// not kalla, to call); a sentence's first word and a headline in title
// case keep their tags.
func TestCapitalisedVerbIsName(t *testing.T) {
	for _, c := range []struct {
		lang, text, name string
		propn            bool
	}{
		{"sv", "Det är troligt att Kallas lämnar posten i december .", "Kallas", true},
		{"sv", "Kallas lämnar posten i december .", "Kallas", false},
		{"sv", "Kallas Lämnar Posten I December", "Lämnar", false},
	} {
		m, ok := syntax.ForLanguage(c.lang)
		if !ok || m == nil {
			t.Skipf("no %s model", c.lang)
		}
		forms := strings.Fields(c.text)
		toks := m.Parse(forms)
		k := -1
		for i, f := range forms {
			if f == c.name {
				k = i
				break
			}
		}
		got := toks[k].UPOS == "PROPN"
		if c.propn && (!got || toks[k].Lemma != c.name || !strings.HasPrefix(toks[k].Rel, "nsubj")) {
			t.Errorf("%s %q: %s is %s %s %s, want a proper noun, its own lemma, a subject", c.lang, c.text, c.name, toks[k].UPOS, toks[k].Lemma, toks[k].Rel)
		}
		if !c.propn && got && toks[k].Feats == "Case=Nom" {
			t.Errorf("%s %q: %s re-tagged a proper noun", c.lang, c.text, c.name)
		}
	}
}
