package lang

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// The list of embedded models, the folder of models and the lexicon agree:
// a language in Models without its five files would be detected never, and
// an extra folder would only grow the binary.
func TestModelsMatchEmbeddedFolder(t *testing.T) {
	dir := "../third_party/lingua-go/language-models"
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var folders []string
	for _, e := range entries {
		if e.IsDir() {
			folders = append(folders, e.Name())
			files, _ := os.ReadDir(dir + "/" + e.Name())
			if len(files) != 5 {
				t.Errorf("%s: %d model files, want 5 (uni- to fivegrams)", e.Name(), len(files))
			}
		}
	}
	if !slices.Equal(folders, Models) {
		t.Errorf("model folders %v, Models %v", folders, Models)
	}
	for _, c := range DefaultCodes {
		if !slices.Contains(Models, c) {
			t.Errorf("default language %q has no embedded model", c)
		}
	}
}

func TestNewRejectsLanguageWithoutModel(t *testing.T) {
	_, err := New("en", "hu")
	if err == nil || !strings.Contains(err.Error(), `"hu"`) || !strings.Contains(err.Error(), "no language-identification model") {
		t.Fatalf("err = %v", err)
	}
}
