package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParsePrintsTagsAndLemmas(t *testing.T) {
	db := filepath.Join(t.TempDir(), "k.db")
	r := runKent(t, db, "", "parse", "--lang", "ru", "Канцлер встретился с Дональдом Туском.")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var row []string
	for line := range strings.SplitSeq(r.stdout, "\n") {
		if f := strings.Fields(line); len(f) > 1 && f[1] == "Туском" {
			row = f
		}
	}
	if len(row) < 7 || row[2] != "Туск" || row[3] != "PROPN" || !strings.Contains(row[4], "Case=Ins") {
		t.Fatalf("row for Туском = %q\n%s", row, r.stdout)
	}
	if row[5] == "_" || row[5] == "0" || row[6] == "_" {
		t.Errorf("Туском has no head: %q", row)
	}
}

func TestParseUnknownLanguage(t *testing.T) {
	r := runKent(t, filepath.Join(t.TempDir(), "k.db"), "", "parse", "--lang", "xx", "Hello.")
	if r.code != exitUsage || !strings.Contains(r.stderr, `"xx"`) {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestEvalSyntaxOnATreebank(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile("../../syntax/testdata/tagger.conllu")
	if err != nil {
		t.Fatal(err)
	}
	tb := filepath.Join(dir, "pl_pdb")
	if err := os.MkdirAll(tb, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, part := range []string{"dev", "test"} {
		if err := os.WriteFile(filepath.Join(tb, "pl_pdb-ud-"+part+".conllu"), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(dir, "k.db")
	r := runKent(t, db, "", "eval", "syntax", "--ud", dir, "--lang", "pl")
	if r.code != 0 {
		if strings.Contains(r.stderr, "no syntax model") {
			t.Skip("built without the Polish model")
		}
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if !strings.Contains(r.stdout, "UPOS") || !strings.Contains(r.stdout, "pl") || !strings.Contains(r.stdout, "mean") {
		t.Errorf("no per-language table:\n%s", r.stdout)
	}
	r = runKent(t, db, "", "eval", "syntax", "--ud", filepath.Join(dir, "missing"), "--lang", "pl")
	if r.code != exitUsage || !strings.Contains(r.stderr, "pl_pdb-ud-dev.conllu") {
		t.Errorf("missing treebank: exit %d, stderr %q", r.code, r.stderr)
	}
}
