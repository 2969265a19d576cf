// Package suitewords gives tests the words of the development suite's
// articles (eval/questions/*/*.txt), as the tokenizer splits them: a
// corpus in every language for checking a fast lookup against the plain
// one it replaces.
package suitewords

import (
	"os"
	"path/filepath"

	"github.com/kentnews/kent/tokens"
)

// Read returns the lower-case words of every article under dir (the
// eval/questions folder), in file order.
func Read(dir string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	if err != nil {
		return nil, err
	}
	var ws []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		ws = append(ws, tokens.Words(string(b))...)
	}
	return ws, nil
}
