package attrib

import (
	"strings"

	"github.com/kentnews/kent/lexicon"
)

// rules is one language's attribution lexicon in the shape the matcher
// needs: phrases indexed by their first word, word lists as sets.
type rules struct {
	verbs, sources, sourcesAfter phrases
	blockers                     phrases
	roles                        phrases
	pronouns, groups, roleWords  set
	complementizers, connectors  set
	negators                     set // not, не, nie: may stand between a subject and its verb
	orgWords, aux, affPreps      set // orgWords matches inflected forms too: Ośrodka, Институту
	function                     set
	calendar                     set // months and weekdays: "said Wednesday" names no one
	gender                       genderRules
	anaphors                     phrases
	relatives                    set
	pronounSources               phrases
	proxies, venuePreps          phrases
	verbSecond                   bool
	nounsCapitalised             bool
	articles                     set
	proDrop                      bool
	dashInParagraph              bool
}

type set map[string]bool

// has matches w or, for inflected languages, w without an ending of up to
// three letters on a stem of at least four: "аналитика" is "аналитик",
// "ekspertów" is "ekspert", "analysts" is "analyst". Entries that end in a
// vowel match through their stem too: "разведки" is "разведка".
func (s set) has(w string) bool {
	if s[w] {
		return true
	}
	if i := strings.IndexByte(w, '-'); i > 0 && i < len(w)-1 {
		// "политолог-американист", "DZ-Bank-Chefvolkswirt": a compound
		// whose first or last part is a known word.
		if j := strings.LastIndexByte(w, '-'); s.has(w[:i]) || s.has(w[j+1:]) {
			return true
		}
	}
	r := []rune(w)
	for cut := 1; cut <= 3 && len(r)-cut >= 4; cut++ {
		stem := string(r[:len(r)-cut])
		if s[stem] || s["~"+stem] {
			return true
		}
	}
	return false
}

// withStems adds, for each entry of five letters or more, its stem without
// a final vowel (one of vowels), marked with "~" so it is only found
// through has.
func (s set) withStems(vowels string) set {
	for w := range s {
		r := []rune(w)
		if len(r) >= 5 && strings.ContainsRune(vowels, r[len(r)-1]) {
			s["~"+string(r[:len(r)-1])] = true
		}
	}
	return s
}

func newSet(words ...[]string) set {
	s := set{}
	for _, ws := range words {
		for _, w := range ws {
			s[w] = true
		}
	}
	return s
}

// phrases maps a first word to the phrases (as word lists) starting with it,
// longest first, so a match is one map lookup and a few comparisons.
type phrases map[string][][]string

func newPhrases(list []string) phrases {
	p := phrases{}
	for _, s := range list {
		ws := splitWords(s)
		if len(ws) == 0 {
			continue
		}
		p[ws[0]] = append(p[ws[0]], ws)
	}
	for k, v := range p {
		for i := 1; i < len(v); i++ {
			for j := i; j > 0 && len(v[j]) > len(v[j-1]); j-- {
				v[j], v[j-1] = v[j-1], v[j]
			}
		}
		p[k] = v
	}
	return p
}

// splitWords splits a lexicon phrase the way tokenize splits text, so that
// "pointed out" and "по словам" match token by token (punctuation dropped).
func splitWords(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return !isWordRune(r) && r != '\'' && r != '’' && r != '-' && r != '.' }) {
		f = strings.Trim(f, ".")
		if f != "" {
			out = append(out, f)
		}
	}
	return out
}

// match returns how many words of toks starting at i form the longest
// phrase, or 0. Punctuation tokens between words break a phrase.
func (p phrases) match(toks []token, i, limit int) int {
	if i >= limit || !toks[i].word {
		return 0
	}
	for _, ph := range p[toks[i].low] {
		if i+len(ph) > limit {
			continue
		}
		ok := true
		for k, w := range ph {
			if !toks[i+k].word || toks[i+k].low != w {
				ok = false
				break
			}
		}
		if ok {
			return len(ph)
		}
	}
	return 0
}

// newRules indexes one language's attribution words; all holds what every
// language shares, such as the English connectors of organisation names
// ("Institute for the Study of War" in a Swedish article).
func newRules(l, all *lexicon.Language) *rules {
	a := l.Attribution
	var roleWords []string
	for _, r := range a.Roles {
		roleWords = append(roleWords, splitWords(r)...)
	}
	return &rules{
		verbs:            newPhrases(a.Verbs),
		blockers:         newPhrases(a.Blockers),
		sources:          newPhrases(a.Sources),
		sourcesAfter:     newPhrases(a.SourcesAfter),
		roles:            newPhrases(a.Roles),
		pronouns:         newSet(a.Pronouns),
		groups:           newSet(a.Groups).withStems(all.StemVowels),
		roleWords:        newSet(roleWords).withStems(all.StemVowels),
		complementizers:  newSet(a.Complementizers),
		connectors:       newSet(a.Connectors, all.Attribution.Connectors),
		orgWords:         newSet(a.OrgWords),
		aux:              newSet(a.Auxiliaries),
		negators:         newSet(l.Estimative.Negators),
		affPreps:         newSet(a.AffiliationPreps),
		function:         newSet(l.FunctionWords),
		calendar:         newSet(l.Months, l.Weekdays),
		gender:           newGenderRules(a, all.Attribution),
		anaphors:         newPhrases(a.Anaphors),
		relatives:        newSet(a.Relatives),
		pronounSources:   newPhrases(a.PronounSources),
		proxies:          newPhrases(a.Proxies),
		venuePreps:       newPhrases(a.VenuePreps),
		verbSecond:       a.VerbSecond,
		nounsCapitalised: a.NounsCapitalised,
		articles:         newSet(a.Articles),
		proDrop:          a.ProDrop,
		dashInParagraph:  a.DashInParagraph,
	}
}
