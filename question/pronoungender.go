package question

import (
	"slices"
	"strings"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/lexicon"
)

// A pronoun that cannot stand for the question's person is another
// subject: in an article on Anna Varga, "Berg's campaign said it was
// confident he would be re-elected" is about a man, not her, though the
// proposition names no one. The pronoun's gender is the language's data
// (lexicon attribution.masculine, feminine); the person's is read from a
// given name (names.Inflector.Gender), so a surname alone or a name the
// lexicons do not sex decides nothing.

// pronounGenders maps a language's pronouns to the gender they mark, 'm'
// or 'f'; subject are those of them that can stand alone as a clause's
// subject (attribution.pronouns: he, she, him, her — not "his", which
// may own the candidate: "his rival is likely to win").
type pronounGenders struct {
	all, subject map[string]map[string]byte
}

func newPronounGenders(lex *lexicon.Set) pronounGenders {
	g := pronounGenders{all: map[string]map[string]byte{}, subject: map[string]map[string]byte{}}
	for _, c := range lex.Codes() {
		a := lex.Get(c).Attribution
		g.all[c], g.subject[c] = map[string]byte{}, map[string]byte{}
		for _, w := range a.Masculine {
			g.all[c][strings.ToLower(w)] = 'm'
		}
		for _, w := range a.Feminine {
			g.all[c][strings.ToLower(w)] = 'f'
		}
		for _, w := range a.Pronouns {
			if k := g.all[c][strings.ToLower(w)]; k != 0 {
				g.subject[c][strings.ToLower(w)] = k
			}
		}
	}
	return g
}

// pronounNotSubject returns the pronoun that makes a proposition's
// subject someone other than the question's person, or "": the parse
// subject holds a subject pronoun (the parser may attach an adverb to it:
// "han sannolikt"), or the proposition opens with one where the parse
// found no name as subject ("он скорее всего победит": the hedge read as
// subject), and the pronoun marks one gender, the person's given name the
// other.
func (m *Matcher) pronounNotSubject(q Question, f parseFrame, j kent.Judgement) string {
	if q.Subject == nil || q.Subject.Kind != "person" || len(f.proper) > 0 {
		return ""
	}
	sub := m.pronounGender.subject[j.Language]
	w := ""
	for _, s := range f.subject {
		if sub[strings.ToLower(s)] != 0 {
			w = s
			break
		}
	}
	if ws := fields(j.Proposition.Text); w == "" && len(ws) > 0 && sub[strings.ToLower(ws[0])] != 0 {
		w = ws[0]
	}
	if w == "" {
		return ""
	}
	qg := m.inflect.Gender(q.Subject.Name, j.Language)
	if qg == 0 || qg == sub[strings.ToLower(w)] {
		return ""
	}
	return w
}

// pronounsChance is personsChance for an article on the question's
// person that gives the figure to a pronoun of the person's gender
// ("Bookmakers put her odds at 1/3") and to no one else: no pronoun of
// the other gender ("a 25% chance of keeping his post") and no name.
func (m *Matcher) pronounsChance(q Question, j kent.Judgement) bool {
	if j.Scale != "numeric" || q.Subject == nil || q.Subject.Kind != "person" || !m.byName[q.Family].Contest {
		return false
	}
	if key, _ := m.ownFamilies(j); key {
		return false
	}
	qg := m.inflect.Gender(q.Subject.Name, j.Language)
	if qg == 0 {
		return false
	}
	// A capitalised word names someone only where the tagger reads a
	// proper name: German capitalises every noun ("Die Buchmacher geben
	// ihr eine Chance von 60 Prozent"). Without a parse, any capitalised
	// word but the first may be a name.
	named := func(i int, w string) bool { return i > 0 && isUpper(w) }
	if f, _ := m.frameOf(j); m.ParseFrames && f.tagged {
		named = func(_ int, w string) bool {
			return slices.ContainsFunc(f.names, func(run []string) bool { return slices.Contains(run, w) })
		}
	}
	fits := false
	for i, w := range m.notHolder(fields(j.Proposition.Text), j.Holder) {
		switch m.pronounGender.all[j.Language][strings.ToLower(w)] {
		case 0:
			if named(i, w) && !m.function[strings.ToLower(w)] && !namesPerson(q.Subject, []string{w}) {
				return false // "Bookmakers give Berg 1/3": someone named
			}
		case qg:
			fits = true
		default:
			return false
		}
	}
	return fits
}
