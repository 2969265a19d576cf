package eval

import (
	"strings"
	"unicode/utf8"

	"github.com/kentnews/kent/names"
)

// sameHolder reports whether Kent's holder got names the gold's holder:
// one contains the other, the two are one person's names (names.SameName),
// or one's words are the other's, or a run of them, inflected ("Ośrodka
// Studiów Wschodnich" is Ośrodek Studiów Wschodnich, "многим дипломатам и
// экспертам" многие дипломаты и эксперты). Gold writes holders in the base
// form; an article names them in whatever case its sentence needs, and that
// case is no other holder.
func sameHolder(gold, got string) bool {
	if got == "" {
		return false
	}
	g, h := strings.ToLower(gold), strings.ToLower(got)
	if strings.Contains(h, g) || strings.Contains(g, h) {
		return true
	}
	if names.SameName(gold, got) {
		return true
	}
	if parts := strings.Split(g, ", "); len(parts) > 1 && allIn(parts, h) {
		return true // gold lists the holders of a coordinated subject, Kent names them all in one
	}
	gw, hw := strings.Fields(g), strings.Fields(h)
	return inflectedRun(gw, hw) || inflectedRun(hw, gw)
}

// inflectedRun reports whether short's words are, in order, a run of
// long's words, each pair the same word in another case.
func inflectedRun(short, long []string) bool {
	if len(short) == 0 || len(short) > len(long) {
		return false
	}
	for at := 0; at+len(short) <= len(long); at++ {
		all := true
		for i, w := range short {
			if !sameWordInflected(w, long[at+i]) {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// sameWordInflected reports whether two words share a stem and differ only
// in an ending of at most three letters, the stem at least four letters
// and most of the longer word: ośrodek, ośrodka; многие, многим; not
// ECB, EBC.
func sameWordInflected(a, b string) bool {
	ka, kb := names.Key(a), names.Key(b)
	if ka == kb {
		return ka != "" || a == b
	}
	p := 0
	for p < len(ka) && p < len(kb) && ka[p] == kb[p] {
		p++
	}
	la, lb := utf8.RuneCountInString(ka), utf8.RuneCountInString(kb)
	return p >= 4 && la-p <= 3 && lb-p <= 3 && 2*p >= max(la, lb)
}

// allIn reports whether every one of parts is written in h.
func allIn(parts []string, h string) bool {
	for _, p := range parts {
		if p = strings.TrimSpace(p); p == "" || !strings.Contains(h, p) {
			return false
		}
	}
	return true
}
