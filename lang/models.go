package lang

import (
	_ "embed"
	"slices"
	"strings"

	"github.com/kentnews/kent"
)

// Models are the languages whose lingua-go n-gram models this build embeds.
//
// lingua-go embeds the models of all its 75 languages with one go:embed
// (about 124 MB of a 194 MB binary) and has no option to choose; Go cannot
// embed conditionally. Kent therefore builds lingua-go from the copy in
// third_party/lingua-go (go.mod: replace), whose language-models folder holds
// only these languages, as lingua's author advises (pemistahl/lingua-go#26).
// The code is unchanged. lingua reads a missing model as "no n-grams" and
// never says so, which is why New rejects any code not listed here.
//
// To add a language (data only, no Go change): copy its folder from the
// upstream module (language-models/<code>, five .zip files) into
// third_party/lingua-go/language-models and add its code to models.txt;
// TestModelsMatchEmbeddedFolder checks the two agree.
var Models = readModels(modelsTxt)

//go:embed models.txt
var modelsTxt string

// readModels reads models.txt: one ISO 639-1 code per line, # comments.
func readModels(txt string) []string {
	var out []string
	for _, line := range strings.Split(txt, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if code := strings.TrimSpace(line); code != "" {
			out = append(out, code)
		}
	}
	slices.Sort(out)
	return out
}

// checkModel returns an EINVALID error if code has no embedded model.
func checkModel(code string) error {
	if slices.Contains(Models, code) {
		return nil
	}
	return kent.Errorf(kent.EINVALID, "no language-identification model for %q in this build (it has %s; third_party/lingua-go/README.kent.md says how to add one)", code, strings.Join(Models, ", "))
}
