package question

import "strings"

// mainClause returns a question's text, its acronyms for a country read
// as the country's name (question_aliases), up to the first clause of cause
// its language opens ("because Congress fails to pass funding", "weil
// der Kongress keinen Haushalt beschließt"): the cause names who would
// bring the event about, not whose event it is, and its verb ("fails to
// pass") is not the event asked about. A cause at the question's start
// ("Perché …") is left as is; so is a question of no known language.
func (m *Matcher) mainClause(text, lang string) string {
	ws := strings.Fields(text)
	for i, w := range ws {
		// "the US government": a question's acronym names its country.
		if name, ok := m.aliases[strings.TrimRight(w, ",;:?")]; ok {
			ws[i] = name + w[len(strings.TrimRight(w, ",;:?")):]
		} else if a, rest, ok := strings.Cut(w, "-"); ok && m.aliases[a] != "" && !strings.Contains(m.aliases[a], " ") {
			ws[i] = m.aliases[a] + "-" + rest // "US-Bundesregierung"
		}
	}
	text = strings.Join(ws, " ")
	ws = strings.Fields(text)
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
