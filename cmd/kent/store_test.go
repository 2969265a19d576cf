package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Read-only commands never create a store; a file that is not a store is
// exit 4 naming it.
func TestReadCommandsNeedAStore(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "no", "such", "x.db")
	for _, args := range [][]string{{"search", "a"}, {"show", "16d7"}, {"quotes"}, {"estimates"}, {"entities"}, {"stories"}} {
		r := runKent(t, missing, "", args...)
		if r.code != 4 || !strings.Contains(r.stderr, "no store at "+missing) {
			t.Errorf("%v: exit %d, %q", args, r.code, r.stderr)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "no")); err == nil {
		t.Error("a read-only command created the store's folder")
	}
	notDB := filepath.Join(dir, "notes.txt")
	os.WriteFile(notDB, []byte(strings.Repeat("not a database\n", 500)), 0o644)
	for _, args := range [][]string{{"search", "a"}, {"ingest", "../../examples/belarus"}} {
		r := runKent(t, notDB, "", args...)
		if r.code != 4 || !strings.Contains(r.stderr, notDB+" is not a Kent store (not an SQLite database)") {
			t.Errorf("%v on a text file: exit %d, %q", args, r.code, r.stderr)
		}
	}
}
