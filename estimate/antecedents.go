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
	markets  map[string]bool // market, marché, bookmaker: heads of holder groups, which in the singular describe one organisation
	nounsCap bool            // every noun is capitalised (German)
	// viewPreps ("for", "pour", "für", "для") and pricing verbs ("price
	// in", "preisen", "scontano"): views.go.
	viewPreps, pricing phraseIndex
	// reported marks reported words (Konjunktiv I, "nous"); speechRuns:
	// a paragraph goes on with the source reported before (speech.go).
	reported   phraseIndex
	speechRuns bool
	inverted   []string // "-t-il", "-elle": a subject pronoun written onto a framing verb (speech.go)

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
	return utf8.RuneCountInString(w) > 1 && strings.ToUpper(w) == w && strings.ToLower(w) != w
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

// resolve gives a description the latest name it fits, in reach: a person
// for a role, an organisation for an organisation word. A name the
// tagger reads as a common noun ("Große Unternehmen") is passed over.
func (s *sentence) resolve(h *kent.Speaker) *kent.Speaker {
	if h == nil || h.Kind == "" && h.Name == "" {
		return h
	}
	if m := s.marketHolder(); m != nil && m.Name != h.Name && !s.quotedHere() {
		h = m // the market, not the bank that reports its pricing (views.go)
	}
	if a := s.apposed(h); a != nil {
		return a
	}
	if f := strings.Fields(h.Name); h.Kind == kent.SpeakerPerson && len(f) >= 3 && len(f) <= 4 && isAcronym(f[0]) && capitalisedWords(f[1:]) {
		// "Верховна представниця ЄС Кая Каллас": the acronym is the
		// title's, the person is the name after it
		sp := *h
		sp.Name = strings.Join(f[1:], " ")
		h = &sp
	}
	if from, to := s.locate(h); from >= 0 && to == from+1 && s.r.hold.isRole(s.toks[from].Low) {
		if a := s.nameAfterRole(from); a != nil {
			return a // "заявив лідер фракції «Слуга народу» Давид Арахамія": the role's own name
		}
	}
	head, org := s.description(h)
	if head == "" || s.indefinite(h) {
		return h
	}
	// A person description is most often the speaker named last; an
	// organisation's ("the market", "the agency") the organisation
	// written last.
	if !org && s.back != nil && s.backSent >= 0 && !s.backOrg() && !s.mentions(s.back, h) {
		// The holder named last, when it is later than any name written.
		later := true
		for _, n := range s.names {
			if n.sent > s.backSent && n.org == org {
				later = false
			}
		}
		if later {
			b := *s.back
			return &b
		}
	}
	if org {
		// "The bank expects" after "Handelsbanken's head of forecasting":
		// an organisation whose name holds the word, before any other.
		for i := len(s.names) - 1; i >= 0; i-- {
			n := s.names[i]
			if s.sent-n.sent > namesReach {
				break
			}
			if n.org && namesHead(n.sp.Name, head) && !s.mentions(&n.sp, h) {
				sp := n.sp
				sp.Name = strings.TrimSuffix(strings.TrimSuffix(sp.Name, "'s"), "’s") // "Nordbank's chief economist"
				return &sp
			}
		}
	}
	for i := len(s.names) - 1; i >= 0; i-- {
		n := s.names[i]
		if s.sent-n.sent > namesReach {
			break
		}
		if n.org == org && n.described && (n.market || !s.r.hold.markets[head] || s.r.hold.isOrg(head)) && !s.mentions(&n.sp, h) {
			sp := n.sp
			return &sp
		}
	}
	return h
}

// capitalisedWords reports whether every word of ws starts with a capital.
func capitalisedWords(ws []string) bool {
	for _, w := range ws {
		if !isCapitalised(w) {
			return false
		}
	}
	return true
}

// namesHead reports whether a word of name holds the organisation word
// head, compounded or inflected ("Handelsbanken" for "bank", "Riksbanken"
// for "banken", "Agencja" for "agencji").
func namesHead(name, head string) bool {
	if utf8.RuneCountInString(head) < 4 {
		return false
	}
	for _, w := range words(name) {
		if strings.Contains(w, head) {
			return true
		}
	}
	return sameStem(name, head)
}

// marketTalk reports whether the sentence speaks of a market: a market
// noun that is no role ("market", "Märkte", "rynki"), odds, a platform
// or a poll's kind of noun, or a pricing verb. Computed once a sentence.
func (s *sentence) marketTalk() bool {
	if s.mkt != 0 {
		return s.mkt > 0
	}
	s.mkt = -1
	hr := s.r.hold
	for k, t := range s.toks {
		if !t.Word {
			continue
		}
		if hr.markets[t.Low] && !hr.isRole(t.Low) && !slices.Contains(hr.shares, t.Low) || hr.proxies[t.Low] ||
			s.r.oddsNouns.Len(s.toks, k) > 0 || hr.pricing.Len(s.toks, k) > 0 {
			s.mkt = 1
			break
		}
	}
	return s.mkt > 0
}

// backOrg reports whether the holder named last is an organisation.
func (s *sentence) backOrg() bool {
	return s.back.Kind == "organisation" || s.back.Kind == "group"
}

// closedClass are the parts of speech no name is tagged with.
var closedClass = map[string]bool{"ADV": true, "SCONJ": true, "CCONJ": true, "ADP": true, "PRON": true, "DET": true, "PART": true, "AUX": true, "NUM": true, "INTJ": true, "PUNCT": true}

// trimNames drops the names out of a description's reach from sent.
func trimNames(ns []named, sent int) []named {
	k := 0
	for k < len(ns) && sent-ns[k].sent > namesReach {
		k++
	}
	return ns[k:]
}

// locate returns the tokens [from, to) of the sentence that write a
// holder's name, or -1, -1.
func (s *sentence) locate(h *kent.Speaker) (from, to int) {
	if len(s.toks) == 0 || h.Name == "" {
		return -1, -1
	}
	base := s.toks[0].Start
	at := strings.Index(s.a.Text[base:s.toks[len(s.toks)-1].End], h.Name)
	if at < 0 {
		return -1, -1
	}
	from, to = -1, -1
	for k, t := range s.toks {
		if t.Start >= base+at && from < 0 {
			from = k
		}
		if t.End <= base+at+len(h.Name) {
			to = k + 1
		}
	}
	if from < 0 || to <= from {
		return -1, -1
	}
	return from, to
}

// indefinite reports whether a description introduces someone new: "one
// Western diplomat", "a diplomat", "another official", "ein Sprecher" —
// an indefinite article, an indefinite pronoun or a numeral, as the
// tagger reads them in the sentence. A description not in this sentence
// counts as indefinite: it cannot be checked.
func (s *sentence) indefinite(h *kent.Speaker) bool {
	from, to := s.locate(h)
	if from < 0 {
		return true
	}
	lo := max(0, from-1)
	for _, t := range s.tagsAround(lo, to) {
		if t.UPOS == "NUM" || strings.Contains(t.Feats, "Definite=Ind") || strings.Contains(t.Feats, "PronType=Ind") {
			return true
		}
	}
	return false
}

// mentions reports whether the sentence writes a candidate's last name
// outside the description h: "Однако, считает эксперт, Харрис проиграет"
// — the expert is not Harris, of whom the judgement speaks.
func (s *sentence) mentions(c, h *kent.Speaker) bool {
	ws := strings.Fields(c.Name)
	if len(ws) == 0 || len(s.toks) == 0 {
		return false
	}
	last := ws[len(ws)-1]
	if utf8.RuneCountInString(last) > 5 {
		_, size := utf8.DecodeLastRuneInString(last)
		last = last[:len(last)-size] // "Суслов", "Суслова"
	}
	text := s.a.Text[s.toks[0].Start:s.toks[len(s.toks)-1].End]
	return strings.Contains(strings.Replace(text, h.Name, "", 1), last)
}

// particleName reports whether a word is a name with a lower-case particle
// before a hyphen: "al-Ansari", "el-Sisi".
func particleName(w string) bool {
	_, after, ok := strings.Cut(w, "-")
	return ok && isCapitalised(after)
}

// apposed returns the person named right after a description or a group
// in its sentence, set off by a comma: "said the ministry's spokesman,
// Omar Haddad", "sagte der Sprecher des Ministeriums, Omar al-Haddad";
// nil when there is none.
func (s *sentence) apposed(h *kent.Speaker) *kent.Speaker {
	if h.Kind == "person" && !strings.Contains(h.Name, " ") {
		// One capitalised word as a person: a German noun ("Sprecher") or
		// a name; a name would not be followed by another in apposition.
	} else if h.Kind != "group" && h.Kind != "organisation" {
		if head, _ := s.description(h); head == "" {
			return nil
		}
	}
	from, to := s.locate(h)
	if from < 0 {
		return nil
	}
	// The comma may come after the description's own complement: "der
	// Sprecher des katarischen Außenministeriums, Madschid al-Ansari".
	for c := to; c < len(s.toks) && c <= to+appositionReach; c++ {
		if s.toks[c].Low != "," {
			if !s.toks[c].Word && s.toks[c].Low != "'" && s.toks[c].Low != "’" {
				return nil
			}
			continue
		}
		e := c + 1
		for e < len(s.toks) && s.toks[e].Word && (isCapitalised(s.toks[e].Text) || e > c+1 && particleName(s.toks[e].Text)) {
			e++
		}
		if e-(c+1) < 2 || e-(c+1) > 4 {
			return nil
		}
		if e < len(s.toks) && s.toks[e].Word {
			// A word after the name: it opens a clause of its own
			// ("Experten befürchten, Präsident Putin könnte …"), it is
			// no apposition, which ends with its clause.
			return nil
		}
		return &kent.Speaker{Name: s.a.Text[s.toks[c+1].Start:s.toks[e-1].End], Kind: "person"}
	}
	return nil
}

// appositionReach is how many tokens a description's complement may have
// before the comma that sets off its name.
const appositionReach = 4

// endsInGroup reports whether a word is a compound ending in a group or
// role word: "Militärexperten", "chefsekonomen".
func (h *holderRules) endsInGroup(w string) bool {
	return h.headSuf.has(w, h.heads)
}

// endsInPlural reports whether a word ends in a group word that is no
// role: "militärexperten" ends in "experten".
func (h *holderRules) endsInPlural(w string) bool {
	return h.pluralSuf.has(w, h.plurals)
}
