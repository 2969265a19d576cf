package syntax

import (
	"fmt"
	"slices"
	"sync"
)

// lazyModel is an embedded model file, decoded on first use so that the
// binary starts (and tests run) without decoding twelve models.
type lazyModel struct {
	data []byte
	once sync.Once
	m    *Model
	err  error
}

// embedded is filled by the init functions of the models_*.go files, whose
// build tags decide which models a build carries.
var embedded = map[string]*lazyModel{}

func register(lang string, data []byte) { embedded[lang] = &lazyModel{data: data} }

// ForLanguage returns the embedded model for a language code ("pl"), or
// false when the build carries none for it.
func ForLanguage(code string) (*Model, bool) {
	m, err := Load(code)
	return m, err == nil
}

// Load is ForLanguage with the reason when there is no model.
func Load(code string) (*Model, error) {
	l, ok := embedded[code]
	if !ok {
		return nil, fmt.Errorf("no syntax model for language %q in this build (have %v)", code, Available())
	}
	l.once.Do(func() { l.m, l.err = UnmarshalModel(l.data) })
	return l.m, l.err
}

// Available lists the language codes this build has models for, sorted.
func Available() []string {
	var codes []string
	for c := range embedded {
		codes = append(codes, c)
	}
	slices.Sort(codes)
	return codes
}

// ModelSize is the size in bytes of a language's embedded model file.
func ModelSize(code string) int {
	if l, ok := embedded[code]; ok {
		return len(l.data)
	}
	return 0
}
