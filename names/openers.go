package names

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent"
)

// cutOpeners drops the first word of a two-word person mention that opens
// its sentence when the second word is the surname of a person the article
// names in full with another first word, and the first word is no given
// name in any language: a common noun opening the sentence before that
// person's surname ("Заявление Лукашенко", "Rozmowa Łukaszenki" after
// "Александр Лукашенко", "Aleksander Łukaszenka"), or a word for "himself"
// that a list of given names also has ("Sam Schoof" in Polish, after "Dick
// Schoof"). The tagger cannot tell
// every such noun (an indeclinable surname gives it no case to go by); the
// article's own naming of the person can.
func (f *Finder) cutOpeners(text string, fs []found, lang string) {
	// What a test below reads of a full name: its first and last words
	// and whether it opens with a given name. A person named again and
	// again adds nothing new, so each such triple is listed once (the
	// surname comparison was most of this function's time).
	type fullName struct {
		first, last string
		given       bool
	}
	var full []fullName
	seen := map[[2]string]bool{}
	persons := 0 // person mentions of two words or more
	for _, m := range fs {
		if m.Kind != kent.SpeakerPerson {
			continue
		}
		if w := strings.Fields(m.Text); len(w) >= 2 {
			persons++
			if k := [2]string{w[0], w[len(w)-1]}; !seen[k] {
				seen[k] = true
				full = append(full, fullName{first: w[0], last: w[len(w)-1]})
			}
		}
	}
	if persons < 2 {
		return
	}
	for k := range full {
		full[k].given = f.inflect.First(full[k].first, "")
	}
	for i := range fs {
		m := &fs[i]
		if m.Kind != kent.SpeakerPerson {
			continue
		}
		w := strings.Fields(m.Text)
		if len(w) != 2 || !opensSentence(text, m.Span.Start) {
			continue
		}
		emphatic := f.emphatics[lang+":"+strings.ToLower(w[0])] // "Sam Schoof": himself
		if f.inflect.First(w[0], "") && !emphatic || f.isRole(w[0]) {
			continue
		}
		for _, o := range full {
			if o.first != w[0] && (o.given || emphatic) && sameSurname(w[1], o.last) {
				cut := m.Span.Start + strings.Index(text[m.Span.Start:m.Span.End], w[1])
				m.Span.Start, m.Text, m.Name = cut, w[1], w[1]
				break
			}
		}
	}
}

// opensSentence reports whether a byte offset of text starts a sentence:
// nothing but space, opening quotes or dashes between it and the text's
// start or a sentence's end (., !, ?, …, a line break).
func opensSentence(text string, at int) bool {
	s := strings.TrimRightFunc(text[:at], func(r rune) bool {
		return unicode.IsSpace(r) && r != '\n' || strings.ContainsRune("\"'«„“‚‘–—-(", r)
	})
	if s == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…\n:", r)
}
