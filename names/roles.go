package names

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent"
)

// A speaker read with a word before the person's name — "Völkerrechtlerin
// Julia Hahn", "Юрист Мария Белова", "Sicherheitsexperte Markus Lenz" — has
// a role the holder rules did not list. The names finder knows where the
// person's name starts; a common noun before it (as the tagger reads it)
// is the person's role, and the user should see the name alone.

// roleReach is the most words a role before a name may have.
const roleReach = 2

// splitRole moves the words before the person mention a speaker's name
// ends in into its role, when they are common words: "Völkerrechtlerin
// Julia Hahn" → Julia Hahn, role Völkerrechtlerin. A given name the
// finder did not join to the surname ("Karen" before "de Vries") is a
// proper noun to the tagger and stays. Words of a place or organisation
// the article names (places) are left out of the name but make no role
// alone: "Ukrainy" is what is left of "minister obrony Ukrainy".
func splitRole(sp *kent.Speaker, persons map[string]string, seen, places map[string]bool, lang string) {
	if sp == nil || sp.Kind != kent.SpeakerPerson {
		return
	}
	f := strings.Fields(sp.Name)
	for i := 1; i <= roleReach && i <= len(f)-2; i++ {
		if _, ok := persons[strings.Join(f[i:], " ")]; !ok {
			continue
		}
		if !commonWords(f[:i], f[i:], seen, lang) {
			return
		}
		role := strings.Join(f[:i], " ")
		named := true // "Ukrainy Ołeksij Reznikow": a role's complement, cut from its head
		for _, w := range f[:i] {
			named = named && places[strings.ToLower(w)]
		}
		if !named && (sp.Role == "" || strings.Contains(role, sp.Role) || strings.HasSuffix(strings.ToLower(role), strings.ToLower(sp.Role))) {
			sp.Role = role // "Sicherheitsexperte" rather than the listed "Experte" it ends in
		}
		sp.Name = strings.Join(f[i:], " ")
		return
	}
}

// commonWords reports whether the words pre before a person's name (rest)
// are common words: none a word of a person the article names, none an
// acronym, and each lower-case or, capitalised, a noun or adjective to the
// tagger (a German noun, a role opening the sentence).
func commonWords(pre, rest []string, seen map[string]bool, lang string) bool {
	var tags []string
	for k, w := range pre {
		if seen[strings.ToLower(w)] || !letters(w) {
			return false
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			continue
		}
		if strings.ToUpper(w) == w {
			return false // an acronym: "ЄС", "CDU"
		}
		t, ok := SyntaxTagger(lang)
		if !ok {
			return false
		}
		if tags == nil {
			tags = upos(t, pre, rest)
		}
		if k < len(tags) && (tags[k] == "NOUN" || tags[k] == "ADJ") {
			continue
		}
		// A noun opening a sentence is read as a proper noun before a
		// name ("Юрист Мария Белова"): asked again in lower case, only a
		// noun counts (a given name may pass for an adjective: "anna").
		low := append([]string{}, pre...)
		low[k] = strings.ToLower(w)
		if tl := upos(t, low, rest); k >= len(tl) || tl[k] != "NOUN" {
			return false
		}
	}
	return true
}

// upos tags pre and rest as one run and returns the UPOS of each word.
func upos(t Tagger, pre, rest []string) []string {
	var tags []string
	for _, tok := range t.Tag(append(append([]string{}, pre...), rest...)) {
		tags = append(tags, tok.UPOS)
	}
	return tags
}

// letters reports whether w is letters and hyphens only.
func letters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return w != ""
}
