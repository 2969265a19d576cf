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
