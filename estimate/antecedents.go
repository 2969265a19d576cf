package estimate

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/lexicon"
)

// Who a holder really is, read across sentences:
//   - a description ("the economist", "l'économiste", "эксперт", "eksperta")
//     stands for the person or organisation the article named last that
//     it fits;
//   - the respondents of a survey the article named ("economists", "those
//     polled") answer as the survey: "A Reuters poll … Most economists
//     think …" is the Reuters poll's judgement;
//   - a capitalised common noun or a date ("Neuwahlen", "April", "Jak")
//     names no one, so it holds nothing.
// The words are data (lexicon roles, org_words, proxies, months); the
// tagger, where the language has one, tells a name from a common noun.

// holderRules is what reading holders across sentences needs of a language.
type holderRules struct {
	roles map[string]bool // role words (analyst, эксперт) and their stems
	// rolePre: the first minStem letters of every role word and stem of
	// that many letters or more. isRole asks of most words whether they
	// are roles, and most are not: their first letters answer it in one
	// lookup.
	rolePre  map[string]bool
	groups   map[string]bool // one-word groups as listed (mostly plural)
	orgWords []string        // bank, agency, institut: heads of organisations
	months   map[string]bool // and weekdays: capitalised, yet nobody
	proxies  map[string]bool // poll, survey, Umfrage, опрос: what has an owner
	articles map[string]bool // der, the, l' and the function words: words before a description
	dets     map[string]bool // der, the, l': the articles alone
	heads    []string        // groups of four letters or more and roles: the ends of compounds ("Militärexperten")
	plurals  []string        // of those, the groups that are no role (mostly plurals: "experten")
	shares   []string        // economists, those polled: a survey's respondents
	pronouns map[string]bool // he, il, он: a frame's subject standing for someone named
	// plural: pronouns that stand for a group (they, ich, их); femSingular
	// ("sie") does when its verb ends as pluralEnds ("halten"): plurals.go.
	plural, femSingular map[string]bool
	masc, fem           map[string]bool // he, она: pronouns that mark a gender (pronoungender.go)
	pluralEnds          []string
	orgComplement       []string        // genitive endings of the lower-case words of an organisation's name (orgnames.go)
	markets             map[string]bool // market, marché, bookmaker: heads of holder groups, which in the singular describe one organisation
	nounsCap            bool            // every noun is capitalised (German)
	// viewPreps ("for", "pour", "für", "для") and pricing verbs ("price
	// in", "preisen", "scontano"): views.go.
	viewPreps, pricing phraseIndex
	// reported marks reported words (Konjunktiv I, "nous"); speechRuns:
	// a paragraph goes on with the source reported before (speech.go).
	reported    phraseIndex
	speechRuns  bool
	authorVerbs map[string]bool // "pisze", "skriver": the writer named in the opening sentence (author.go)
	inverted    []string        // "-t-il", "-elle": a subject pronoun written onto a framing verb (speech.go)

	// orgWords, heads and plurals by last byte, for isOrg, endsInGroup and
	// endsInPlural (suffixes.go).
	orgSuf, headSuf, pluralSuf suffixSet

	// Propositions that refer back (propositions.go): nouns that stand for
	// an event named elsewhere ("this scenario", "diesen Fall") and the
	// pronouns that do when they open the judged clause ("this", "das",
	// "это", "to").
	eventAnaphors *lexicon.EventIndex
	eventPronouns map[string]bool
	// eventDeterminers point back before an anaphor noun only.
	eventDeterminers map[string]bool
}

// minStem is the fewest letters a role's stem keeps, so short words do not
// match as inflections of a role.
const minStem = 5

func newHolderRules(l *lexicon.Language) *holderRules {
	a := l.Attribution
	h := &holderRules{roles: map[string]bool{}, groups: map[string]bool{}, months: map[string]bool{}, proxies: map[string]bool{}, articles: map[string]bool{}, nounsCap: a.NounsCapitalised}
	for _, w := range a.Roles {
		if strings.Contains(w, " ") {
			continue
		}
		h.roles[w] = true
		if n := utf8.RuneCountInString(w); n > minStem {
			_, size := utf8.DecodeLastRuneInString(w)
			h.roles[w[:len(w)-size]] = true // "ekspert"+"a", "американист"+"а"
		}
	}
	for _, w := range append(append([]string{}, a.Groups...), l.Estimative.HolderGroups...) {
		if !strings.Contains(w, " ") {
			h.groups[w] = true
		}
	}
	h.orgWords = a.OrgWords
	h.viewPreps, h.pricing = newPhraseIndex(l.Estimative.ViewPreps), newPhraseIndex(l.Estimative.PricingVerbs)
	h.reported, h.speechRuns = newPhraseIndex(l.Estimative.ReportedSpeech), l.Estimative.SpeechRuns
	h.authorVerbs = map[string]bool{}
	for _, w := range l.Estimative.AuthorVerbs {
		h.authorVerbs[strings.ToLower(w)] = true
	}
	h.inverted = l.Estimative.InvertedSubjects
	h.pronouns, h.markets = map[string]bool{}, map[string]bool{}
	for _, g := range l.Estimative.HolderGroups {
		if ws := words(g); len(ws) > 0 {
			h.markets[ws[len(ws)-1]] = true
		}
	}
	for _, w := range a.Pronouns {
		h.pronouns[w] = true
	}
	h.plural, h.femSingular, h.pluralEnds = map[string]bool{}, map[string]bool{}, a.PluralVerbEndings
	h.orgComplement = a.OrgComplementEndings
	for _, w := range a.Plural {
		h.plural[w] = true
	}
	for _, w := range a.FeminineSingular {
		h.femSingular[w] = true
	}
	h.masc, h.fem = set(a.Masculine), set(a.Feminine)
	for _, w := range l.Estimative.ShareGroups {
		h.shares = append(h.shares, strings.ToLower(w))
	}
	for _, w := range append(append([]string{}, l.Months...), l.Weekdays...) {
		h.months[w] = true
	}
	for _, w := range a.Proxies {
		if !strings.Contains(w, " ") {
			h.proxies[w] = true
		}
	}
	for _, w := range append(append([]string{}, a.Articles...), l.FunctionWords...) {
		h.articles[w] = true
	}
	for g := range h.groups {
		if utf8.RuneCountInString(g) >= 4 {
			h.heads = append(h.heads, g)
			if !h.roles[g] {
				h.plurals = append(h.plurals, g)
			}
		}
	}
	slices.Sort(h.plurals)
	for g := range h.roles {
		if utf8.RuneCountInString(g) >= minStem && !h.groups[g] {
			h.heads = append(h.heads, g)
		}
	}
	slices.Sort(h.heads) // the same order every run
	h.rolePre = map[string]bool{}
	for g := range h.roles {
		if p, ok := runePrefix(g, minStem); ok {
			h.rolePre[p] = true
		}
	}
	h.eventAnaphors = lexicon.NewEventIndex(map[string][]string{"anaphor": l.EventAnaphors})
	h.eventPronouns, h.eventDeterminers = map[string]bool{}, map[string]bool{}
	for _, w := range l.EventDeterminers {
		h.eventDeterminers[strings.ToLower(w)] = true
	}
	for _, w := range l.EventPronouns {
		h.eventPronouns[strings.ToLower(w)] = true
	}
	h.dets = map[string]bool{}
	for _, w := range a.Articles {
		h.dets[w] = true
	}
	return h
}

// isRole reports whether a lower-case word is a role word or one of its
// inflections ("eksperta", "l'économiste" without its article, "Ökonomen"
// is a plural the lexicon lists as a group, so it is not).
func (h *holderRules) isRole(w string) bool {
	if i := strings.LastIndexAny(w, "'’"); i >= 0 {
		_, size := utf8.DecodeRuneInString(w[i:])
		w = w[i+size:] // "l'analyste"
	}
	if h.rolePre != nil {
		p, ok := runePrefix(w, minStem)
		if !ok {
			return h.roles[w] // every stem below would be too short
		}
		if !h.rolePre[p] {
			return false // neither w nor a stem of minStem letters is a role
		}
	}
	if h.roles[w] {
		return true
	}
	if h.groups[w] || h.endsInPlural(w) {
		return false // "Ökonomen", "Militärexperten": a group, however near a role's stem
	}
	for cut, n := 0, 0; n < 2 && len(w) > cut; n++ {
		_, size := utf8.DecodeLastRuneInString(w[:len(w)-cut])
		cut += size
		stem := w[:len(w)-cut]
		if utf8.RuneCountInString(stem) < minStem {
			return false
		}
		if h.roles[stem] {
			return true
		}
	}
	return false
}

// runePrefix returns the first n letters of w, and whether w has that
// many.
func runePrefix(w string, n int) (string, bool) {
	at := 0
	for k := 0; k < n; k++ {
		if at >= len(w) {
			return "", false
		}
		if w[at] < utf8.RuneSelf {
			at++
			continue
		}
		_, size := utf8.DecodeRuneInString(w[at:])
		at += size
	}
	return w[:at], true
}

func (h *holderRules) isOrg(w string) bool {
	return h.orgSuf.has(w, h.orgWords)
}

// words splits a holder's name into lower-case words, an elided article
// ("l'économiste") apart.
func words(name string) []string {
	return strings.FieldsFunc(strings.ToLower(name), func(r rune) bool {
		return unicode.IsSpace(r) || r == '\'' || r == '’'
	})
}

// named is a name an earlier sentence of the article wrote.
type named struct {
	sp   kent.Speaker
	sent int // the article's sentence index
	org  bool
	// described: a role stands next to the person's name ("экономист Иван
	// Петров", "Anna Berg, an economist at"), so a later role word may
	// stand for them; a name without one is more often whom the news is
	// about than who judges it.
	described bool
	// market: the sentence that names it speaks of a market, odds, a
	// platform or pricing ("the prediction market Polymarket"), so "the
	// market" may stand for it; a central bank the market prices is none.
	market bool
}

// namesReach is how many sentences back a description looks for its name.
const namesReach = 12

// namesIn returns the names the sentence writes: runs of capitalised words
// (with connectors inside, "Institut für Weltwirtschaft", and initials,
// "J. Safra Sarasin"), role words before them left out ("экономист Иван
// Петров", "Ambasador Jan Truszczyński"). A run of two or more words is a
// person unless an organisation word ends one of them; one word is an
// organisation when it is an acronym or, where only names are
// capitalised, stands inside the sentence. They are appended to out (the
// names of earlier sentences): a slice of their own per sentence was most
// of what reading an article's names allocated.
func (s *sentence) namesIn(out []named, sent int) []named {
	toks, h := s.toks, s.r.hold
	for k := 0; k < len(toks); {
		if !toks[k].Word || !isCapitalised(toks[k].Text) {
			k++
			continue
		}
		e := k + 1
		for e < len(toks) {
			switch {
			case toks[e].Word && (isCapitalised(toks[e].Text) || particleName(toks[e].Text)):
				e++
				continue
			case toks[e].Low == "." && e-1 >= k && utf8.RuneCountInString(toks[e-1].Text) == 1 && e+1 < len(toks) && isCapitalised(toks[e+1].Text):
				e += 2 // an initial: "J. Safra"
				continue
			case toks[e].Word && s.r.connectors[toks[e].Low] && e+1 < len(toks) && toks[e+1].Word && isCapitalised(toks[e+1].Text):
				e += 2
				continue
			}
			break
		}
		from := k
		described := k > 0 && toks[k-1].Word && h.isRole(toks[k-1].Low) // "экономист Иван Петров"
		for from < e && toks[from].Word && (h.articles[toks[from].Low] || h.isRole(toks[from].Low) || h.months[toks[from].Low]) {
			described = described || h.isRole(toks[from].Low)
			from++
		}
		// "Anna Berg, an economist at Nordbank": a role in apposition.
		for x := e + 1; e < len(toks) && toks[e].Low == "," && x < len(toks) && x <= e+3; x++ {
			if toks[x].Word && (h.isRole(toks[x].Low) || h.endsInGroup(toks[x].Low)) {
				described = true
				break
			}
		}
		k = e
		if from >= e || !toks[from].Word || !toks[e-1].Word {
			continue
		}
		org, month := false, false
		n := 0
		for x := from; x < e; x++ {
			if toks[x].Word {
				n++
				org = org || h.isOrg(toks[x].Low)
				month = month || h.months[toks[x].Low]
			}
		}
		if month {
			continue
		}
		name := s.a.Text[toks[from].Start:toks[e-1].End]
		switch {
		case org || n == 1 && isAcronym(toks[from].Text):
			out = append(out, named{kent.Speaker{Name: name, Kind: "organisation"}, sent, true, true, s.marketTalk()})
		case n == 1 && from > 0 && !h.nounsCap:
			out = append(out, named{kent.Speaker{Name: name, Kind: "organisation"}, sent, true, true, s.marketTalk()})
		case h.nounsCap && from > 0 && h.articles[toks[from-1].Low]:
			// "nach Darstellung Katars": German nouns after an article or
			// a preposition, no one's name
		case n >= 2 && n <= 4:
			out = append(out, named{kent.Speaker{Name: name, Kind: "person"}, sent, false, described, false})
		}
	}
	return out
}

func isAcronym(w string) bool {
	// strings.ToUpper(w) == w && strings.ToLower(w) != w, read rune by
	// rune without building either string (it is asked of every
	// one-word name): no rune changes in upper case, one does in lower
	// case, and a malformed byte (which both would replace) fails.
	if utf8.RuneCountInString(w) <= 1 {
		return false
	}
	lower := false
	for i, r := range w {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(w[i:]); size == 1 {
				return false
			}
		}
		if unicode.ToUpper(r) != r {
			return false
		}
		lower = lower || unicode.ToLower(r) != r
	}
	return lower
}

// description returns the head of a holder that only describes someone
// ("the economist", "l'économiste", "эксперта", "Отставной полковник",
// "the agency") and whether it is an organisation's; "" when the holder
// is a name or a plural group.
func (s *sentence) description(h *kent.Speaker) (head string, org bool) {
	hr := s.r.hold
	ws := words(h.Name)
	for len(ws) > 0 && hr.articles[ws[0]] {
		ws = ws[1:]
	}
	if len(ws) == 0 || len(ws) > 2 {
		return "", false
	}
	head = ws[len(ws)-1]
	if len(ws) == 2 && (hr.isRole(ws[0]) || hr.isOrg(ws[0])) {
		return "", false // "Chefvolkswirt Weber" is a name with its role
	}
	switch {
	case hr.isRole(head):
		return head, false
	case hr.isOrg(head) && (!hr.groups[head] || hr.nounsCap && s.singular(h)):
		// "die Bank" as an organisation, "Banken" a group
		return head, true
	case hr.markets[head] && s.singular(h):
		return head, true // "the market gave …" after "the platform Polymarket"
	}
	return "", false
}

// singular reports whether the tagger reads the last word of a holder
// written in this sentence as singular.
func (s *sentence) singular(h *kent.Speaker) bool {
	_, to := s.locate(h)
	if to <= 0 {
		return false
	}
	tags := s.tagsAround(to-1, to)
	return len(tags) == 1 && strings.Contains(tags[0].Feats, "Number=Sing")
}
