package question

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/lexicon"
)

// askers are a language's words that open an indirect question (lexicon
// estimative.whether and whether_opening): a future in such a clause is
// asked, not forecast. "The question whether Biden will withdraw is
// open", "Vi får se huruvida Biden kommer att hoppa av", "Zobaczymy, czy
// Biden wycofa się z wyścigu" read as categorical forecasts would pool an
// open question as near certain.
type askers struct {
	anywhere map[string]map[string]bool // whether, ob, huruvida, ли
	opening  map[string]map[string]bool // czy, чи: only first in a clause
}

func newAskers(lex *lexicon.Set) askers {
	a := askers{anywhere: map[string]map[string]bool{}, opening: map[string]map[string]bool{}}
	for _, c := range lex.Codes() {
		e := lex.Get(c).Estimative
		a.anywhere[c], a.opening[c] = set(e.Whether), set(e.WhetherOpening)
	}
	return a
}

func set(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[strings.ToLower(w)] = true
	}
	return m
}

// asked returns the word that makes a categorical forecast a question: an
// asking word in the cue's clause before it ("whether Biden will"), right
// after it ("выйдет ли Байден"), or between the cue and its proposition
// ("we will see whether Biden …"); "" when there is none.
func (a askers) asked(j kent.Judgement) string {
	any, open := a.anywhere[j.Language], a.opening[j.Language]
	if !j.Categorical || len(any) == 0 && len(open) == 0 {
		return ""
	}
	start, ok := sentenceStart(j)
	if !ok {
		return ""
	}
	cs, ce := j.CueSpan.Start-start, j.CueSpan.End-start
	// The cue's clause up to the cue.
	from := 0
	if k := strings.LastIndexAny(j.Words[:cs], ",;:–—(«»“”„\""); k >= 0 {
		_, n := utf8.DecodeRuneInString(j.Words[k:])
		from = k + n
	}
	words := clauseWords(j.Words[from:cs])
	for i, w := range words {
		if any[w] || open[w] && i == 0 {
			return w
		}
	}
	// The word right after the cue ("выйдет ли"), and the words between
	// the cue and its proposition ("will see whether", "får se huruvida").
	if next := clauseWords(j.Words[ce:min(len(j.Words), ce+16)]); len(next) > 0 && any[next[0]] {
		return next[0]
	}
	ps := j.Proposition.Span.Start - start
	if ps <= ce || ps > len(j.Words) {
		return ""
	}
	for k, piece := range strings.FieldsFunc(j.Words[ce:ps], func(r rune) bool { return strings.ContainsRune(",;:–—(", r) }) {
		for i, w := range clauseWords(piece) {
			if any[w] || open[w] && i == 0 && k > 0 {
				return w
			}
		}
	}
	return ""
}

// clauseWords splits text into lower-case words.
func clauseWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
}
