package kent

import "strings"

// Unique returns s without repeated strings, in first-seen order.
func Unique(s []string) []string {
	seen := make(map[string]bool, len(s))
	var out []string
	for _, x := range s {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// Clip collapses white space and cuts s to at most n bytes on a rune
// boundary, marking the cut with an ellipsis: for one-line displays.
func Clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n] + "…"
}
