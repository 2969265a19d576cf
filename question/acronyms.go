package question

import "strings"

// Acronyms that name a country only where a question asks about it (the
// place list leaves "US" and "UK" out of articles: "after the US vote" is
// a third party there). A question's "Will the US impose tariffs on
// Canada?" is about the United States, and a proposition that writes "the
// US" or "the U.S." then names the question's own subject.

// askedAt returns the place an asked acronym starting at words[i] names
// and how many words it takes: "US", "UK", or the letters of "U.S." that
// the word splitter parts ("U", "S").
func (m *Matcher) askedAt(words []string, i int) (string, int) {
	w := strings.TrimSuffix(strings.TrimSuffix(words[i], "'s"), "’s")
	if k, ok := m.asked[w]; ok {
		return k, 1
	}
	if a, _, ok := strings.Cut(w, "-"); ok {
		if k, ok := m.asked[a]; ok {
			return k, 1 // "US-Bundesregierung", "US-led"
		}
	}
	if len(w) == 1 && i+1 < len(words) && len(words[i+1]) == 1 {
		if k, ok := m.asked[w+words[i+1]]; ok {
			return k, 2
		}
	}
	return "", 0
}

// namesAsked reports whether words name the place key by an asked acronym.
func (m *Matcher) namesAsked(key string, words []string) bool {
	for i := range words {
		if k, _ := m.askedAt(words, i); k == key {
			return true
		}
	}
	return false
}

// askedName writes an asked acronym as the question does: "US", or "U.S."
// from its letters.
func askedName(ws []string) string {
	if len(ws) == 1 {
		a, _, _ := strings.Cut(ws[0], "-") // "US-Bundesregierung": the US
		return a
	}
	return strings.Join(ws, ".") + "."
}
