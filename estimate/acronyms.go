package estimate

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent"
)

// One holder, one voice: an article that writes "The New York Times" once
// and "NYT" after (or in its headline) speaks of one holder, whose name is
// the one spelled out. An acronym is the initials of a run of capitalised
// words the article writes, the small words inside ("for", "of", "the")
// left out: "ISW" for "Institute for the Study of War".

// expandAcronym returns the name an acronym stands for in the article, as
// the article writes it (with an article before it: "The New York
// Times"), or nil when the article spells out none.
func (s *sentence) expandAcronym(h *kent.Speaker) *kent.Speaker {
	acr := h.Name
	if !acronymLike(acr) {
		return nil
	}
	text := s.a.Text
	fields := wordSpans(text)
	for i := range fields {
		if name := s.initialsFrom(text, fields, i, acr); name != "" {
			return &kent.Speaker{Name: name, Kind: "organisation"}
		}
	}
	return nil
}

// initialsFrom returns the run of words from fields[i] whose capitalised
// words' initials spell acr, with an article right before it; "" when
// none does.
func (s *sentence) initialsFrom(text string, fields [][2]int, i int, acr string) string {
	want := []rune(acr)
	k, j := 0, i
	for ; j < len(fields) && k < len(want); j++ {
		w := text[fields[j][0]:fields[j][1]]
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			if j == i || !s.r.connectors[strings.ToLower(w)] && !s.r.hold.articles[strings.ToLower(w)] {
				return ""
			}
			if unicode.IsLower(want[k]) && r == want[k] {
				k++ // "IfW": the small word's initial is in it
			}
			continue // "Institute for the Study of War"
		}
		if r != want[k] || w == acr {
			return ""
		}
		k++
	}
	if k < len(want) || j-i < 2 {
		return ""
	}
	from := fields[i][0]
	if i > 0 && fields[i][0]-fields[i-1][1] == 1 {
		if w := text[fields[i-1][0]:fields[i-1][1]]; anyArticle(w) && !s.r.hold.articles[strings.ToLower(w)] {
			from = fields[i-1][0] // a foreign name's own article: "The New York Times" in Ukrainian
		}
	}
	return text[from:fields[j-1][1]]
}

// wordSpans returns the byte spans of the letter runs of text.
func wordSpans(text string) [][2]int {
	var out [][2]int
	start := -1
	for i, r := range text {
		letter := unicode.IsLetter(r)
		switch {
		case letter && start < 0:
			start = i
		case !letter && start >= 0:
			out = append(out, [2]int{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(text)})
	}
	return out
}

// acronymLike reports whether a holder's name is one word of two to six
// letters, most of them capitals, that opens with one: "NYT", "ISW",
// "IfW", "ИМЭ".
func acronymLike(w string) bool {
	n, up := 0, 0
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
		n++
		if unicode.IsUpper(r) {
			up++
		}
	}
	first, _ := utf8.DecodeRuneInString(w)
	return n >= 2 && n <= 6 && up >= 2 && up*2 > n && unicode.IsUpper(first)
}

// anyArticle reports whether a capitalised word is a definite article in
// some language Kent reads: "The New York Times" in a Ukrainian article
// keeps its "The".
func anyArticle(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	_, _, arts := venues()
	return arts[strings.ToLower(w)]
}
