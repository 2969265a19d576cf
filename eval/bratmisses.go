package eval

import (
	"fmt"
	"io"
	"strings"

	"github.com/kentnews/kent"
)

// listMisses prints each gold span (whole) that no prediction of its role
// matches exactly, with the predictions overlapping it: where Kent's
// boundaries differ from the corpus's, or "-" where Kent marked nothing.
func listMisses(w io.Writer, name, text string, gold *bratFile, pred bratPrediction) {
	runes := []rune(text)
	show := func(s kent.Span) string {
		if s.Start < 0 || s.End > len(runes) || s.Start > s.End {
			return "?"
		}
		return strings.ReplaceAll(string(runes[s.Start:s.End]), "\n", " ")
	}
	for _, role := range bratRoles {
		for _, g := range gold.spans[role] {
			var over []string
			hit := false
			for _, p := range pred.whole[role] {
				if p == g.Hull {
					hit = true
				} else if p.Start < g.Hull.End && g.Hull.Start < p.End {
					over = append(over, fmt.Sprintf("%q", show(p)))
				}
			}
			if hit {
				continue
			}
			if len(over) == 0 {
				over = []string{"-"}
			}
			fmt.Fprintf(w, "%s %s: gold %q, kent %s\n", name, role, show(g.Hull), strings.Join(over, " "))
		}
	}
}
