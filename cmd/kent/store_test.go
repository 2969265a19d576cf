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

// Escape sequences in article text and file names are shown, not obeyed,
// by every command that prints them.
func TestTerminalOutputShowsControlCharacters(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kent.db")
	art := filepath.Join(dir, "evil\x1b]0;pwned\x07.txt")
	os.WriteFile(art, []byte("Minsk \x1b[2Jclears \x1b]0;pwned\x07 screens\n\nBelarusian troops are unlikely to enter the war, analysts in Vilnius said on Friday. The border stays calm.\n"), 0o644)
	bin := filepath.Join(dir, "bin\x1b[2J.dat")
	os.WriteFile(bin, []byte{0, 1, 2, 3, 0x1b, '[', '2', 'J'}, 0o644)
	r := runKent(t, db, "", "ingest", art, bin)
	if r.code != 1 || strings.Contains(r.stderr, "\x1b") || !strings.Contains(r.stderr, "bin␛[2J.dat: binary file") {
		t.Errorf("ingest: exit %d, stderr %q", r.code, r.stderr)
	}
	for _, args := range [][]string{{"search", "Vilnius"}, {"estimates"}} {
		r = runKent(t, db, "", args...)
		if r.code != 0 || strings.Contains(r.stdout, "\x1b") || strings.Contains(r.stdout, "\x07") {
			t.Errorf("%v: exit %d, %q", args, r.code, r.stdout)
		}
	}
	if r = runKent(t, db, "", "search", "Vilnius"); !strings.Contains(r.stdout, "␛[2J") {
		t.Errorf("search does not show the escape: %q", r.stdout)
	}
}
