package syntax

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Treebanks maps Kent's language codes to the UD treebank folder each model
// is trained from (under the UD directory, e.g. ../shared/eval/ud).
var Treebanks = map[string]string{
	"en": "en_ewt", "de": "de_gsd", "fr": "fr_sequoia", "es": "es_gsd",
	"it": "it_isdt", "nl": "nl_alpino", "sv": "sv_talbanken", "pl": "pl_pdb",
	"ru": "ru_gsd", "uk": "uk_iu", "be": "be_hse", "lt": "lt_alksnis",
}

// Languages lists the codes of Treebanks in a fixed order.
var Languages = []string{"en", "de", "fr", "es", "it", "nl", "sv", "pl", "ru", "uk", "be", "lt"}

// LoadSplit reads a language's treebank from the UD directory and returns
// Kent's split of it (see Split): sentences to train on, sentences to
// evaluate on. A missing train file is normal; a missing dev or test file is
// an error naming it.
func LoadSplit(udDir, lang string) (fit, held []Sentence, err error) {
	tb, ok := Treebanks[lang]
	if !ok {
		return nil, nil, fmt.Errorf("no treebank for language %q (known: %s)", lang, strings.Join(Languages, ", "))
	}
	read := func(part string, optional bool) ([]Sentence, error) {
		p := filepath.Join(udDir, tb, tb+"-ud-"+part+".conllu")
		if _, err := os.Stat(p); optional && os.IsNotExist(err) {
			return nil, nil
		}
		return ReadFile(p)
	}
	train, err := read("train", true)
	if err != nil {
		return nil, nil, err
	}
	dev, err := read("dev", false)
	if err != nil {
		return nil, nil, err
	}
	test, err := read("test", false)
	if err != nil {
		return nil, nil, err
	}
	fit, held = Split(train, dev, test)
	return fit, held, nil
}
