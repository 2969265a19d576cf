package lexicon

import (
	"io/fs"
	"maps"
	"path"
	"testing"
	"testing/fstest"
)

// WithEmbedded returns the embedded lexicon under dir with extra files
// added (or replacing embedded ones).
func WithEmbedded(t *testing.T, dir string, extra fstest.MapFS) fstest.MapFS {
	t.Helper()
	out := fstest.MapFS{}
	err := fs.WalkDir(Embedded(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		raw, err := fs.ReadFile(Embedded(), p)
		out[path.Join(dir, p)] = &fstest.MapFile{Data: raw}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	maps.Copy(out, extra)
	return out
}
