package names

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent"
)

// One holder, one voice, for an organisation the list does not know: news
// introduces it once with its acronym ("The Kyiv School of Economics
// (KSE)", "Київська школа економіки (KSE)") and goes on with the acronym
// alone ("KSE", "KSE economists"). The acronym is what the spellings share
// across articles, outlets and languages, so it keys the voice: all of
// them are org:KSE, one holder in a brief.

// acronymVoice returns the acronym an organisation holder is known by in
// text: its name when the name is an acronym, the one acronym in a name of
// otherwise common words ("KSE economists", "Эксперты NCFR"), or the
// acronym the text writes in parentheses right after the name; "" when
// there is none. A person's name is never keyed so.
func acronymVoice(text string, sp *kent.Speaker) string {
	name := strings.TrimSpace(sp.Name)
	f := strings.Fields(name)
	if len(f) == 0 {
		return ""
	}
	if len(f) == 2 && articles()[strings.ToLower(f[0])] {
		f = f[1:] // "Das NCFR", "the NCFR"
	}
	if len(f) == 1 && AcronymWord(f[0]) {
		return f[0]
	}
	if sp.Kind == kent.SpeakerPerson {
		return ""
	}
	if len(f) > 1 && len(f) <= 3 {
		acr := ""
		for i, w := range f {
			switch {
			case AcronymWord(w) && acr == "":
				acr = w
			case strings.ToLower(w) == w, i == 0 && !AcronymWord(w):
				// "KSE economists"; "Эксперты NCFR" opens its sentence
			default:
				acr = "-"
			}
		}
		if acr != "" && acr != "-" {
			return acr
		}
	}
	for from := 0; ; {
		i := strings.Index(text[from:], name)
		if i < 0 {
			return ""
		}
		rest := text[from+i+len(name):]
		if strings.HasPrefix(rest, " (") {
			if j := strings.IndexByte(rest, ')'); j > 2 && AcronymWord(rest[2:j]) {
				return rest[2:j]
			}
		}
		from += i + len(name)
	}
}

// AcronymWord reports whether w is an acronym as news writes one: two to
// six letters, opening with a capital, most of them capitals ("KSE",
// "IfW", "ВШЭ").
func AcronymWord(w string) bool {
	n, up := 0, 0
	for _, c := range w {
		if !unicode.IsLetter(c) {
			return false
		}
		n++
		if unicode.IsUpper(c) {
			up++
		}
	}
	first, _ := utf8.DecodeRuneInString(w)
	return n >= 2 && n <= 6 && up*2 > n && unicode.IsUpper(first)
}
