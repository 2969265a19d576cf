package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// TestSkipsOnlyDependencyFacts: a facts-only call for a dependency is
// answered with an empty facts file; a call for one of Kent's packages
// (its test variants too), or one that reports, goes to the real vet.
func TestSkipsOnlyDependencyFacts(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		path     string
		vetxOnly bool
		skipped  bool
	}{
		{"modernc.org/sqlite/lib", true, true},
		{"fmt", true, true},
		{"github.com/kentnews/kentish", true, true},
		{"github.com/kentnews/kent", true, false},
		{"github.com/kentnews/kent/sqlite", true, false},
		{"github.com/kentnews/kent/sqlite [github.com/kentnews/kent/sqlite.test]", true, false},
		{"modernc.org/sqlite/lib", false, false},
	} {
		out := filepath.Join(dir, "vet.out")
		os.Remove(out)
		raw, _ := json.Marshal(map[string]any{"ImportPath": c.path, "VetxOnly": c.vetxOnly, "VetxOutput": out})
		cfg := filepath.Join(dir, "vet.cfg")
		if err := os.WriteFile(cfg, raw, 0o644); err != nil {
			t.Fatal(err)
		}
		if got := skip(cfg); got != c.skipped {
			t.Errorf("%s (facts only %v): skipped %v, want %v", c.path, c.vetxOnly, got, c.skipped)
		}
		if _, err := os.Stat(out); (err == nil) != c.skipped {
			t.Errorf("%s: facts file written %v, want %v", c.path, err == nil, c.skipped)
		}
	}
}

// TestVersionLineDiffers: the go command caches vet's results under its
// version line, so this tool's (no facts for dependencies) must differ from
// the real vet's, release and development toolchains alike.
func TestVersionLineDiffers(t *testing.T) {
	for real, want := range map[string]string{
		"vet version go1.26.8\n":                          "vet version go1.26.8 kent-owndeps",
		"vet version devel go1.27-abc123 buildID=xx/yy\n": "vet version devel go1.27-abc123 buildID=xx/yy-kentowndeps",
	} {
		if got := versionLine(real); got != want {
			t.Errorf("versionLine(%q) = %q, want %q", real, got, want)
		}
	}
}
