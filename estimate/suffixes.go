package estimate

import (
	"strings"
	"sync"
)

// suffixSet answers "does w end in one of list?" (list: org words, group
// heads) by looking only at the entries that end in w's last byte: the
// lists run to hundreds of words and are asked about every capitalised
// word of an article. It is built from the list on first use and gives
// exactly what a loop over the list gives.
type suffixSet struct {
	once   sync.Once
	any    bool // the list has an empty entry: every word ends in it
	byLast [256][]string
}

func (s *suffixSet) has(w string, list []string) bool {
	s.once.Do(func() {
		for _, g := range list {
			if g == "" {
				s.any = true
				continue
			}
			b := g[len(g)-1]
			s.byLast[b] = append(s.byLast[b], g)
		}
	})
	if s.any {
		return true
	}
	if w == "" {
		return false
	}
	for _, g := range s.byLast[w[len(w)-1]] {
		if strings.HasSuffix(w, g) {
			return true
		}
	}
	return false
}
