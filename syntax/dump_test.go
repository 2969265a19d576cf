package syntax

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDumpOutputs writes every token's UPOS, lemma, features, head and
// relation for the shipped fixtures (and, with KENT_UD set, the UD test
// files) to $KENT_DUMP, so a speed change can be diffed against the output
// before it: zero differences allowed. Skipped without KENT_DUMP.
func TestDumpOutputs(t *testing.T) {
	out := os.Getenv("KENT_DUMP")
	if out == "" {
		t.Skip("KENT_DUMP not set")
	}
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	defer w.Flush()
	files, _ := filepath.Glob("testdata/*.conllu")
	if root := os.Getenv("KENT_UD"); root != "" {
		ud, _ := filepath.Glob(filepath.Join(root, "*", "*-test.conllu"))
		files = append(files, ud...)
	}
	for _, path := range files {
		sents, err := ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		langs := []string{"en", "pl"}
		if dir := filepath.Base(filepath.Dir(path)); dir != "testdata" {
			langs = []string{strings.SplitN(dir, "_", 2)[0]}
		}
		for _, lang := range langs {
			m, ok := ForLanguage(lang)
			if !ok {
				continue
			}
			for _, s := range sents {
				forms := make([]string, len(s.Tokens))
				for i, tok := range s.Tokens {
					forms[i] = tok.Form
				}
				toks := m.Tag(forms)
				if m.HasParser() {
					toks = m.Parse(forms)
				}
				for _, tok := range toks {
					fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%d\t%s\n", lang, tok.Form, tok.UPOS, tok.Lemma, tok.Feats, tok.Head, tok.Rel)
				}
				fmt.Fprintln(w)
			}
		}
	}
}
