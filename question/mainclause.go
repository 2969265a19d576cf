package question

import "strings"

// mainClause returns a question's text up to the first clause of cause
// its language opens ("because Congress fails to pass funding", "weil
// der Kongress keinen Haushalt beschließt"): the cause names who would
// bring the event about, not whose event it is, and its verb ("fails to
// pass") is not the event asked about. A cause at the question's start
// ("Perché …") is left as is; so is a question of no known language.
func (m *Matcher) mainClause(text, lang string) string {
	ws := strings.Fields(text)
	for i := 2; i < len(ws); i++ {
		for _, c := range m.causals[lang] {
			if i+len(c) > len(ws) {
				continue
			}
			ok := true
			for k, w := range c {
				if strings.ToLower(strings.Trim(ws[i+k], ",;:«»\"„“”()")) != w {
					ok = false
					break
				}
			}
			if ok {
				return strings.TrimRight(strings.Join(ws[:i], " "), ",;:") + "?"
			}
		}
	}
	return text
}

// aliased returns a question's text with its acronyms for a country read
// as the country's name (lexicon question_aliases: "the US government"
// is the USA's), or the text as it is when it has none. Parse reads it
// only for a question that names no place or subject otherwise: beside
// another name the acronym is more often a partner or a third party, as
// in articles, where lexicon/places leaves it out.
func (m *Matcher) aliased(text string) string {
	ws := strings.Fields(text)
	changed := false
	for i, w := range ws {
		bare := strings.TrimRight(w, ",;:?")
		if name, ok := m.aliases[bare]; ok {
			ws[i], changed = name+w[len(bare):], true
		} else if a, rest, ok := strings.Cut(w, "-"); ok && m.aliases[a] != "" && !strings.Contains(m.aliases[a], " ") {
			ws[i], changed = m.aliases[a]+"-"+rest, true // "US-Bundesregierung"
		}
	}
	if !changed {
		return text
	}
	return strings.Join(ws, " ")
}
