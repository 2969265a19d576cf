package estimate

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/syntax"
)

// Words that hold nothing: a capitalised common noun, a date or a
// function word read where a holder stands ("Neuwahlen", "April", "Jak").

// nobody reports whether a holder read in this sentence names no one: a
// month or weekday opening it ("April der wahrscheinlichste Zeitpunkt"),
// or words the tagger reads as neither a name nor a group, a role or an
// organisation ("Neuwahlen", "Uran-Anreicherung", "Jak").
func (s *sentence) nobody(h *kent.Speaker) bool {
	if h == nil {
		return false
	}
	hr := s.r.hold
	ws := words(h.Name)
	if len(ws) == 0 {
		return false
	}
	if hr.months[ws[0]] && !monthName(h.Name, hr, s.r.particles) || utf8.RuneCountInString(h.Name) == 1 {
		return true // "April der wahrscheinlichste Zeitpunkt"; "I"
	}
	if s.economyName(ws) {
		return true // "expects Swedish GDP to contract": an economy forecast is no one's voice
	}
	from, to := s.locate(h)
	if from < 0 {
		return false // named in another sentence: read there
	}
	if to-from == 1 && s.r.function[s.toks[from].Low] {
		return true // "Jak ostrzegła, …": a function word opening a sentence or clause
	}
	for k := from; k < to; k++ {
		w := s.toks[k]
		if !w.Word {
			continue
		}
		if isAcronym(w.Text) || hr.isRole(w.Low) || hr.isOrg(w.Low) || hr.groups[w.Low] || hr.endsInGroup(w.Low) || s.r.groups.Len(s.toks, k) > 0 {
			return false
		}
	}
	// Only where a capital does not already say "name": German nouns, or
	// a word opening the sentence — or one capitalised adjective before a
	// lower-case word, a demonym modifying a noun ("a direct Iranian
	// intervention cannot be ruled out": no one named "Iranian").
	if !hr.nounsCap && from > 0 {
		if to-from == 1 && to < len(s.toks) && s.toks[to].Word && !isCapitalised(s.toks[to].Text) {
			if tags := s.tagsAround(from, to); tags != nil && tags[0].UPOS == "ADJ" {
				return true
			}
		}
		return false
	}
	tags := s.tagsAround(from, to)
	if tags == nil {
		return false
	}
	// The tagger is weak on names it has not seen, which it reads as a
	// noun, an adjective or a verb: only a closed word class ("Jak",
	// "Seit") or, where nouns are capitalised, a plural noun ("Neuwahlen",
	// "Chancen") is surely no one.
	for k := from; k < to; k++ {
		switch u := tags[k-from].UPOS; {
		case closedClass[u] && (hr.nounsCap || utf8.RuneCountInString(s.toks[k].Text) <= 4):
			// A short word: a long one the tagger reads as closed is more
			// likely a name it has not seen ("Nordea").
		case u == "ADV" && to-from == 1 && from == 0 && k+1 < len(s.toks) && !isCapitalised(s.toks[k+1].Text) && s.commonWord(k):
			// One adverb opening the sentence before a lower-case word,
			// which the lexicon or the article itself writes in lower
			// case: "Teraz uważa, że …", "Still believes …". The tagger
			// alone reads unseen names as adverbs too ("Nordea räknar").
		case hr.nounsCap && u == "NOUN" && strings.Contains(tags[k-from].Feats, "Number=Plur"):
		case hr.nounsCap && u == "NOUN" && (strings.Contains(tags[k-from].Feats, "Case=Gen") || strings.Contains(tags[k-from].Feats, "Case=Dat")):
			// A noun in the genitive or dative is no verb's subject:
			// "mit einer Ausrufung des Kriegsrechts rechnen".
		default:
			return false
		}
	}
	return true
}

// tagsAround returns the tagger's reading of the tokens [from, to) with
// tagWindow words on each side for context (as tagAt does), indexed from
// from; nil when the language has no tagger. The parse, where the
// sentence was parsed that far, is read instead.
func (s *sentence) tagsAround(from, to int) []syntax.Token {
	if s.parsed && len(s.tree) >= to {
		return s.tree[from:to]
	}
	m, ok := syntax.ForLanguage(s.code)
	if !ok || m == nil {
		return nil
	}
	lo, hi := max(0, from-tagWindow), min(len(s.toks), to+tagWindow)
	return s.tagWords(m, lo, hi, from, to)[from-lo : to-lo]
}

// someone returns h unless it names no one.
func (s *sentence) someone(h *kent.Speaker) *kent.Speaker {
	if h == nil {
		return nil
	}
	// The same holder is checked on every path of finish: remember the
	// last answer, as the check may tag words.
	if h.Name != s.lastChecked {
		s.lastChecked, s.lastNobody = h.Name, s.nobody(h)
	}
	if s.lastNobody {
		return nil
	}
	if h != nil {
		r := s.r
		if from, _ := s.locate(h); from > 1 && s.toks[from-1].Word && r.function[s.toks[from-1].Low] && !r.connectors[s.toks[from-1].Low] && !r.hold.dets[s.toks[from-1].Low] {
			if g := s.roleBefore(from - 1); g != nil {
				return g // "Un responsable du Hamas joint à Doha estime": the role, not the place
			}
		}
	}
	if sp := s.expandAcronym(h); sp != nil {
		return sp // "NYT" where the article writes "The New York Times" (acronyms.go)
	}
	if sp := s.addressed(h); sp != nil {
		return sp // "Суслов в интервью РИА Новости заявил" (addressee.go)
	}
	if c := s.chainOf(h); c != nil {
		return c // "D'après le Washington Post, Barack Obama a exprimé des doutes" (chains.go)
	}
	return h
}

// monthName reports whether a name that opens with a month word is a
// person's: the month is a given name followed by a capitalised word that
// is no month ("Jan Visser", "April Ryan") or a surname particle before
// one ("Jan de Vries"), not a date or a clause ("April der
// wahrscheinlichste Zeitpunkt").
func monthName(name string, hr *holderRules, particles map[string]bool) bool {
	fs := strings.Fields(name)
	j := 1
	for j < len(fs)-1 && particles[fs[j]] && !(j == 1 && hr.nounsCap && hr.articles[fs[j]]) {
		j++
	}
	if j > 1 && isCapitalised(fs[j]) {
		return true // "Jan de Vries", "Jan van der Berg": surname particles after the given name
	}
	return len(fs) >= 2 && isCapitalised(fs[1]) && !hr.months[strings.ToLower(fs[1])]
}

// commonWord reports whether the word at k is a common word on the
// evidence of the lexicon (a time frame: "teraz", "теперь"; an
// adversative: "still") or of the article, which writes it in lower case
// elsewhere.
func (s *sentence) commonWord(k int) bool {
	if s.r.timeframes.Len(s.toks, k) == 1 || s.r.adversatives[s.toks[k].Low] {
		return true
	}
	low := s.toks[k].Low
	for i := strings.Index(s.a.Text, low); i >= 0; {
		r, _ := utf8.DecodeLastRuneInString(s.a.Text[:i])
		n, _ := utf8.DecodeRuneInString(s.a.Text[i+len(low):])
		if !unicode.IsLetter(r) && !unicode.IsLetter(n) {
			return true
		}
		j := strings.Index(s.a.Text[i+len(low):], low)
		if j < 0 {
			break
		}
		i += len(low) + j
	}
	return false
}

// economyName reports whether a holder's words are an economy and the
// place that says whose ("Swedish GDP", "the German economy"): two or
// three words ending in an economy word (growth_forecast.economy), the
// others a place's or function words ("Kiel Institute for the World
// Economy" is an institute).
func (s *sentence) economyName(ws []string) bool {
	hr := s.r.hold
	if len(ws) < 2 || len(ws) > 3 || !s.r.growth.is(ws[len(ws)-1], s.r.growth.economy) {
		return false
	}
	_, places, _ := venues()
	if places == nil {
		return false
	}
	for _, w := range ws[:len(ws)-1] {
		if hr.isOrg(w) || hr.isRole(w) || hr.groups[w] || hr.endsInGroup(w) {
			return false
		}
		if !s.r.function[w] && len(places.MatchKeys(w)) == 0 {
			return false // "Высшая школа экономики": a school, not Russia's economy
		}
	}
	return true
}
