package syntax

import (
	"os"
	"path/filepath"
	"testing"
)

// TagProper gives every word the UPOS Tag gives it, and each proper noun
// Tag's features and lemma, bit for bit; other words keep none. Checked on
// the news sentences above and the example articles, through every model.
func TestTagProperIsTagForNames(t *testing.T) {
	var texts []string
	for _, k := range known {
		texts = append(texts, k.text)
	}
	files, _ := filepath.Glob("../examples/*/*.txt")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	propn := 0
	for _, lang := range Available() {
		m, ok := ForLanguage(lang)
		if !ok {
			continue
		}
		for _, text := range texts {
			forms := m.Words(Tokenize(text))
			for len(forms) > 0 {
				// Windows of up to 40 words, as long sentences are tagged.
				n := min(len(forms), 40)
				full, proper := m.Tag(forms[:n]), m.TagProper(forms[:n])
				for i := range full {
					a, b := full[i], proper[i]
					if a.UPOS != b.UPOS || a.Form != b.Form {
						t.Fatalf("%s: %q: UPOS %s, TagProper %s", lang, a.Form, a.UPOS, b.UPOS)
					}
					if a.UPOS == "PROPN" {
						propn++
						if a.Feats != b.Feats || a.Lemma != b.Lemma {
							t.Fatalf("%s: %q: %s %s, TagProper %s %s", lang, a.Form, a.Feats, a.Lemma, b.Feats, b.Lemma)
						}
					} else if b.Feats != "" || b.Lemma != "" {
						t.Fatalf("%s: %q (%s): TagProper gave %s %s", lang, a.Form, a.UPOS, b.Feats, b.Lemma)
					}
				}
				forms = forms[n:]
			}
		}
	}
	if propn < 100 {
		t.Errorf("only %d proper nouns compared", propn)
	}
}
