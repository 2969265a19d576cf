package question

import (
	"strings"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/lexicon"
)

// asIs are a language's words that make a condition the expected course
// (lexicon ConditionsAsIs, Exceptions): a judgement under such a condition
// is the holder's forecast as things are, pooled as said; a condition that
// asks for a change ("if the war ends", "falls Russland angreift") keeps
// the judgement apart.
type asIs struct {
	going, except map[string][]string
}

func newAsIs(lex *lexicon.Set) asIs {
	a := asIs{going: map[string][]string{}, except: map[string][]string{}}
	for _, c := range lex.Codes() {
		e := lex.Get(c).Estimative
		a.going[c], a.except[c] = asWords(e.ConditionsAsIs), asWords(e.Exceptions)
	}
	return a
}

// asWords gives each entry as the words clauseWords reads ("chyba, że" is
// "chyba że").
func asWords(ws []string) []string {
	out := make([]string, 0, len(ws))
	for _, w := range ws {
		out = append(out, strings.Join(clauseWords(w), " "))
	}
	return out
}

// holds returns the words that make the judgement's condition the course
// things are on, "" when it is a condition proper (or there is none): an
// exception opening it ("unless all sanctions are lifted": the forecast
// holds until they are), or a word inside it asking only that things go
// on ("om inflationsutsikterna står sig", "si les perspectives restent
// favorables").
//
// A categorical forecast under a condition is what would follow from it,
// a contingency ("if Westminster keeps blocking the vote, she will pass a
// bill of her own"; "if the outlook holds, the rate will be cut twice
// more"), not a degree of belief that things go on: it stays apart.
func (a asIs) holds(j kent.Judgement) string {
	if j.Condition == "" || j.Categorical {
		return ""
	}
	cond := " " + strings.Join(clauseWords(j.Condition), " ") + " "
	for _, w := range a.going[j.Language] {
		if strings.Contains(cond, " "+w+" ") {
			return w
		}
	}
	// The condition's text starts after its marker: an exception is read
	// from the words before it ("unless", "es sei denn", "à moins que").
	at := strings.Index(j.Words, j.Condition)
	if at <= 0 {
		return ""
	}
	before := clauseWords(j.Words[:at])
	lead := " " + strings.Join(before[max(0, len(before)-4):], " ")
	text := lead + cond
	for _, w := range a.except[j.Language] {
		if k := strings.Index(text, " "+w+" "); k >= 0 && k < len(lead) {
			return w
		}
	}
	return ""
}

// Conditional reports whether a judgement holds only under a condition
// that asks for a change, and is shown apart from the pool: not one whose
// condition is the course things are on.
func (m *Matcher) Conditional(j kent.Judgement) bool {
	return j.Condition != "" && m.asIs.holds(j) == ""
}
