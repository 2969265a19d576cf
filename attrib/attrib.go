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

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/lexicon"
	"github.com/kentnews/kent/names"
	"github.com/kentnews/kent/tokens"
)

// Extractor finds quotes. It is safe for concurrent use.
type Extractor struct {
	rules  map[string]*rules
	def    *rules
	places *lexicon.PlaceIndex
	// orgs knows organisations' names of several words with lower-case
	// words inside ("Institut der deutschen Wirtschaft"): a name run
	// walks back over one whole (namebounds.go).
	orgs *lexicon.OrgIndex
	// noParse turns the dependency parse off (KENT_ATTRIB_PARSE=off), to
	// measure what it adds over the surface patterns.
	noParse bool
	// calendar holds the months, weekdays and month abbreviations of every
	// language: a name never is one ("said Wednesday", "on Sept 3").
	calendar set
	// first holds the given names of every language (lower case): a
	// given name that is also a month ("Jan", "April") before a surname
	// is a name.
	first set
	// particles are the lower-case words inside surnames of any origin
	// (lexicon all.yaml names.particles: von, der, de, van).
	particles set
	// inflect reads names' case endings: a source's name ends where its
	// case does (casebreak.go).
	inflect *names.Inflector
}

// New builds an extractor from the lexicons; a broken place list is an
// error.
func New(lex *lexicon.Set) (*Extractor, error) {
	e := &Extractor{rules: map[string]*rules{}, calendar: set{}, first: set{}, particles: newSet(lex.All().Names.Particles), noParse: os.Getenv("KENT_ATTRIB_PARSE") == "off", inflect: names.NewInflector(lex)}
	for _, c := range lex.Codes() {
		l := lex.Get(c)
		for _, w := range append(append([]string{}, l.Months...), l.Weekdays...) {
			e.calendar[w] = true
		}
		for _, w := range l.Names.First {
			e.first[strings.ToLower(w)] = true
		}
		for _, w := range l.Abbreviations {
			if month := strings.ToLower(w); len(month) >= 3 && len(month) <= 4 && isMonthAbbrev(month, l.Months) {
				e.calendar[month] = true
			}
		}
	}
	p, err := lexicon.LoadPlaces()
	if err != nil {
		return nil, err
	}
	e.places = p.Index()
	if e.orgs, err = lexicon.LoadOrganisations(); err != nil {
		return nil, err
	}
	// Given names that end against their gender, from every language's
	// list: "Nikita Danyuk … In his view" is in English news too.
	masc, fem := set{}, set{}
	for _, c := range lex.Codes() {
		for _, w := range lex.Get(c).Names.MasculineFirst {
			masc[strings.ToLower(w)] = true
		}
		for _, w := range lex.Get(c).Names.FeminineFirst {
			fem[strings.ToLower(w)] = true
		}
	}
	for _, c := range lex.Codes() {
		e.rules[c] = newRules(lex.Get(c), lex.All())
		e.rules[c].gender.mascFirst, e.rules[c].gender.femFirst = masc, fem
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
	return e, nil
}

// isMonthAbbrev: "sept" is short for "september".
func isMonthAbbrev(a string, months []string) bool {
	for _, m := range months {
		if len(m) > len(a) && strings.HasPrefix(m, a) {
			return true
		}
	}
	return false
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
	d := &doc{a: a, e: e, toks: joinAmpersands(a.Text, tokens.Of(a))}
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
	d.moodQuotes() // "Die Kassen seien leer.": Konjunktiv I goes on in the last speaker's voice (reportedmood.go)
	sort.SliceStable(d.quotes, func(i, j int) bool { return d.quotes[i].Span.Start < d.quotes[j].Span.Start })
	d.carryParagraphSpeaker()
	d.corpusSpans()
	return d.quotes, d.warnings
}
