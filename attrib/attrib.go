// Package attrib finds reported speech in cleaned articles and who it comes
// from: direct quotes in every mark style news uses (“…” „…“ «…» ”…” ‘…’
// "…"), speech introduced by a dash, quotes spanning paragraphs, partial
// quotes inside a sentence, and indirect speech ("X said that …",
// "according to X, …", "…, säger X").
//
// The mechanism is the same in every language; the words come from the
// attribution section of each lexicon file: reporting verbs, source markers,
// pronouns, group nouns, roles, complementizers. A speaker is a name next to
// a reporting verb (before or after it, with an apposition giving role and
// affiliation), a pronoun or a definite description ("the political
// analyst") resolved to the latest compatible speaker, or a group ("officials
// in Kyiv"). A surname alone is resolved to the full name in the same article
// through package names, so Jurkonis and Yurkonis are one person. Kent never
// invents a speaker: a quote with no reporting frame stays unattributed.
package attrib

import (
	"os"
	"sort"
	"strings"
	"sync"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/lexicon"
)

var calendarOnce sync.Once

// isMonthAbbrev: "sept" is short for "september".
func isMonthAbbrev(a string, months []string) bool {
	for _, m := range months {
		if len(m) > len(a) && strings.HasPrefix(m, a) {
			return true
		}
	}
	return false
}

// Extractor finds quotes. It is safe for concurrent use.
type Extractor struct {
	rules  map[string]*rules
	def    *rules
	places *lexicon.PlaceIndex
	// noParse turns the dependency parse off (KENT_ATTRIB_PARSE=off), to
	// measure what it adds over the surface patterns.
	noParse bool
}

// New builds an extractor from the lexicons.
func New(lex *lexicon.Set) *Extractor {
	e := &Extractor{rules: map[string]*rules{}, noParse: os.Getenv("KENT_ATTRIB_PARSE") == "off"}
	calendarOnce.Do(func() {
		for _, c := range lex.Codes() {
			l := lex.Get(c)
			for _, w := range append(append([]string{}, l.Months...), l.Weekdays...) {
				calendarWords[w] = true
			}
			for _, w := range l.Abbreviations {
				if month := strings.ToLower(w); len(month) >= 3 && len(month) <= 4 && isMonthAbbrev(month, l.Months) {
					calendarWords[month] = true
				}
			}
		}
	})
	if p, err := lexicon.LoadPlaces(); err == nil {
		e.places = p.Index()
	}
	for _, c := range lex.Codes() {
		e.rules[c] = newRules(lex.Get(c), lex.All())
	}
	e.def = e.rules["en"]
	if e.def == nil {
		e.def = newRules(&lexicon.Language{}, lex.All())
	}
	// Organisations keep English names in every language's news
	// ("Institute for the Study of War" in a Swedish article).
	for _, r := range e.rules {
		for w := range e.def.orgWords {
			r.orgWords[w] = true
		}
	}
	return e
}

func (e *Extractor) rulesFor(code string) *rules {
	if r := e.rules[code]; r != nil {
		return r
	}
	return e.def
}

// Extract returns the quotes of an article in text order, and warnings
// about the text (unbalanced quote marks).
func (e *Extractor) Extract(a *kent.Article) ([]kent.Quote, []string) {
	d := &doc{a: a, e: e, toks: tokenize(a)}
	if len(d.toks) == 0 {
		return nil, nil
	}
	d.marks, d.warnings = findMarkQuotes(a.Text, a.Paragraphs)
	d.index()
	d.reg = newRegistry(d)
	d.lower = d.lowerWords()
	d.subjects = d.subjectMentions()
	d.findFrames()
	dash := d.dashQuotes()
	d.resolveFrames()
	d.resolveDescriptions()
	d.widenMentions()
	d.assignMarkQuotes()
	d.finishDashQuotes(dash)
	d.anaphoricFrames()
	d.indirectQuotes()
	sort.SliceStable(d.quotes, func(i, j int) bool { return d.quotes[i].Span.Start < d.quotes[j].Span.Start })
	d.carryParagraphSpeaker()
	return d.quotes, d.warnings
}
