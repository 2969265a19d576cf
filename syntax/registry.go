package syntax

import (
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"sync"
)

// lazyModel is an embedded model file, read and decoded on first use so
// that the binary starts (and tests run) without decoding twelve models.
// Reading an embedded file copies it (embed.FS.ReadFile), so even the read
// waits: copying all twelve at start-up cost every command 27 MB.
type lazyModel struct {
	fsys embed.FS
	name string
	size int
	once sync.Once
	m    *Model
	err  error
}

// embedded is filled by the init functions of the models_*.go files, whose
// build tags decide which models a build carries.
var embedded = map[string]*lazyModel{}

// registerFS registers the embedded models/<lang>.model of each language.
func registerFS(fsys embed.FS, langs ...string) {
	for _, l := range langs {
		name := "models/" + l + ".model"
		info, err := fs.Stat(fsys, name)
		if err != nil {
			panic(err) // the embed directive names the same files
		}
		embedded[l] = &lazyModel{fsys: fsys, name: name, size: int(info.Size())}
	}
}

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
	l.once.Do(func() {
		data, err := l.fsys.ReadFile(l.name)
		if err != nil {
			l.err = err
			return
		}
		l.m, l.err = UnmarshalModel(data)
	})
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
		return l.size
	}
	return 0
}
