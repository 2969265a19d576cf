package lang

import (
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
// To add a language: copy its folder from the upstream module
// (language-models/<code>, five .zip files) into
// third_party/lingua-go/language-models and add its code here;
// TestModelsMatchEmbeddedFolder checks the two agree.
var Models = []string{"be", "de", "en", "es", "fr", "it", "lt", "nl", "pl", "ru", "sv", "uk"}

// checkModel returns an EINVALID error if code has no embedded model.
func checkModel(code string) error {
	if slices.Contains(Models, code) {
		return nil
	}
	return kent.Errorf(kent.EINVALID, "no language-identification model for %q in this build (it has %s; third_party/lingua-go/README.kent.md says how to add one)", code, strings.Join(Models, ", "))
}
