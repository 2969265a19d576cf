package question

import (
	"slices"
	"strings"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/syntax"
)

// Where a language has no syntax model in the build (Finnish; Polish,
// Ukrainian and Italian in a build without the non-commercial models), no
// parse frame says whose event a proposition is. There, a given name and
// surname in the proposition that are not the question's person make it
// another person's: "Virtasen mukaan Jonas Berg tuskin pääsee toiselle
// kierrokselle" in an article on Anna Varga is not lent her as its topic.

// withSyntax are the languages the build has a syntax model for.
func withSyntax() map[string]bool {
	out := map[string]bool{}
	for _, c := range syntax.Available() {
		out[c] = true
	}
	return out
}

// surfaceOtherPerson reports whether, in a language without a parse, the
// proposition names a person by two or more capitalised words that are
// not the question's person, its holder or a place or organisation.
func (m *Matcher) surfaceOtherPerson(q Question, j kent.Judgement) bool {
	if q.Subject == nil || q.Subject.Kind != "person" || m.parsed[j.Language] {
		return false
	}
	ws := m.notHolder(fields(j.Proposition.Text), j.Holder)
	for i := 0; i < len(ws); {
		e := i
		for e < len(ws) && isUpper(ws[e]) && !m.function[strings.ToLower(ws[e])] {
			e++
		}
		if e-i >= 2 && !slices.ContainsFunc(ws[i:e], func(w string) bool { return namesPerson(q.Subject, []string{w}) }) && m.otherPerson(q, ws[i:e]) {
			return true
		}
		i = max(e, i+1)
	}
	return false
}

// selfEvent reports whether the proposition's verb has its holder as
// subject by its form (lexicon self_endings: "voittavansa"), the holder
// being a person who is not the question's: "Berg ei usko voittavansa
// vaaleja" is Berg's win.
func (m *Matcher) selfEvent(q Question, j kent.Judgement) bool {
	ends := m.selfEndings[j.Language]
	if len(ends) == 0 || j.Holder == nil || j.Holder.Kind != kent.SpeakerPerson || q.Subject == nil || namesPerson(q.Subject, fields(j.Holder.Name)) {
		return false
	}
	for _, w := range fields(j.Proposition.Text) {
		lw := strings.ToLower(w)
		for _, e := range ends {
			if strings.HasSuffix(lw, e) && len(lw) > len(e)+2 {
				return true
			}
		}
	}
	return false
}
