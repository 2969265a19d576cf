package estimate

import (
	"strings"
	"unicode/utf8"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/tokens"
)

// Holders a sentence names by description, pronoun or position rather than
// by a name next to the verb: "the bank expects" (the bank the article
// named), "Han säger nu att" (the person the sentence before opens with),
// "is expected … by analysts" (a passive's agent), "„…“, heißt es in ihrer
// Erklärung" (the organisation before the quote), and quoted words no
// frame attributes in a sentence that opens with their speaker.

// agentReach is how many tokens after a passive expecting cue its agent
// ("by analysts") may stand, within the clause.
const agentReach = 8

// pronounSubject reports whether a subject pronoun stands right before the
// verb at v, at most holderSkip adverbs or auxiliaries between ("Han säger
// nu", "she now says", "он также считает").
func (s *sentence) pronounSubject(v int) bool {
	for k, skipped := v-1, 0; k >= 0 && skipped <= holderSkip; k-- {
		t := s.toks[k]
		if !t.Word {
			return false
		}
		if s.r.hold.pronouns[t.Low] {
			if k > 0 && s.toks[k-1].Word && s.r.reporting.Len(s.toks, k-1) == 1 {
				return false // "Popescu said he was confident": the pronoun is the reporting verb's subject
			}
			return k == 0 || !s.toks[k-1].Word || s.r.connectors[s.toks[k-1].Low] || opensClause(s.toks, k)
		}
		if isCapitalised(t.Text) && k > 0 || s.r.hold.isRole(t.Low) || s.r.groups.Len(s.toks, k) > 0 {
			return false
		}
		skipped++
	}
	return false
}

// openingPerson returns the person whose name the sentence before opens
// with, only role or title words before it ("Vice riksbankschef Per
// Jansson", "Chefökonom Jan Weber"), or nil.
func (s *sentence) openingPerson() *kent.Speaker {
	p := s.prev
	for b := 0; b < len(p) && b < 4 && p[b].Word; b++ {
		if b > 0 && isCapitalised(p[b].Text) && !s.r.hold.isRole(p[b].Low) {
			e := b
			for e < len(p) && p[e].Word && isCapitalised(p[e].Text) {
				e++
			}
			if e-b < 2 || e-b > 3 {
				return nil
			}
			for x := b; x < e; x++ {
				if s.r.hold.isOrg(p[x].Low) || s.r.function[p[x].Low] {
					return nil
				}
			}
			return &kent.Speaker{Name: s.a.Text[p[b].Start:p[e-1].End], Kind: "person"}
		}
		if !s.r.hold.isRole(p[b].Low) && !endsInRole(s.r.hold, p[b].Low) && !(b == 0 && isCapitalised(p[b].Text)) {
			return nil
		}
	}
	return nil
}

// endsInRole reports whether w is a compound ending in a role word
// ("riksbankschef", "Chefvolkswirt" is a role itself).
func endsInRole(h *holderRules, w string) bool {
	for r := range h.roles {
		if utf8.RuneCountInString(r) >= 4 && strings.HasSuffix(w, r) {
			return true
		}
	}
	return false
}

// orgEarlier returns the organisation the sentence names before token k,
// outside quote marks and before a quote that ends before k, the latest
// one; nil when there is none. A
// possessive source after a quote ("heißt es in ihrer Erklärung") stands
// for it before anyone an earlier sentence named.
func (s *sentence) orgEarlier(k int) *kent.Speaker {
	var out *kent.Speaker
	for _, n := range s.namesIn(nil, s.sent) {
		if !n.org {
			continue
		}
		from, _ := s.locate(&n.sp)
		if from < 0 || from >= k {
			continue
		}
		marks := 0
		for x := 0; x < from; x++ {
			if !s.toks[x].Word && tokens.IsQuoteMark(s.toks[x].Text) {
				marks++
			}
		}
		between := 0
		for x := from; x < k; x++ {
			if !s.toks[x].Word && tokens.IsQuoteMark(s.toks[x].Text) {
				between++
			}
		}
		if marks%2 == 0 && between >= 2 {
			sp := n.sp // a quote between the organisation and its source: "in his view" names a person
			out = &sp
		}
	}
	return out
}

// passiveAgent reads the agent of a passive cue in [i, end): after an
// agent preposition ("by", "von", "av", "przez") before the clause ends,
// a group or role noun, or after an expecting verb a name that is no month
// ("expected in June by analysts", "von Ökonomen erwartet" is read by the
// subject before the verb); nil when there is none.
func (s *sentence) passiveAgent(i, end int) *kent.Speaker {
	r, toks, hr := s.r, s.toks, s.r.hold
	// An expecting verb takes a named agent too; any other cue
	// ("väntas", "is seen as likely") only a group or role noun, as "by"
	// also bounds a time ("likely by Easter").
	passive := false
	for x := i; x < end && !passive; x++ {
		passive = toks[x].Word && r.expect.Len(toks, x) > 0
	}
	for k := end; k < len(toks) && k < end+agentReach; k++ {
		t := toks[k]
		if !t.Word {
			if t.Low == "," || t.Low == ";" || t.Low == ":" || tokens.IsDash(t.Text) {
				return nil
			}
			continue
		}
		if r.complementizers.Len(toks, k) > 0 {
			return nil
		}
		n := r.agentPreps.Len(toks, k)
		if n == 0 {
			continue
		}
		a := k + n
		if a < len(toks) && toks[a].Word && hr.articles[toks[a].Low] && !isCapitalised(toks[a].Text) {
			a++
		}
		if a >= len(toks) || !toks[a].Word || hr.months[toks[a].Low] {
			return nil
		}
		if r.groups.Len(toks, a) > 0 || hr.isRole(toks[a].Low) {
			return &kent.Speaker{Name: s.a.Text[toks[a].Start:toks[a].End], Kind: "group"}
		}
		if passive && isCapitalised(toks[a].Text) {
			e := a + 1
			for e < len(toks) && e < a+4 && toks[e].Word && isCapitalised(toks[e].Text) {
				e++
			}
			return s.speaker(a, e)
		}
		return nil
	}
	return nil
}

// quotedSubject returns, for a cue at i inside quote marks no frame
// attributes, the name that opens the sentence before the quote: whom the
// sentence is about speaks the quoted words ("Anna Berg, chief economist
// at Nordbank, does not rule out a move in March, “but we think May is
// more likely”"); nil when the cue stands outside quote marks, no
// person's name opens the sentence or another person is named before the
// quote.
func (s *sentence) quotedSubject(i int) *kent.Speaker {
	toks := s.toks
	marks, open := 0, -1
	for x := 0; x < i; x++ {
		if !toks[x].Word && tokens.IsQuoteMark(toks[x].Text) && toks[x].Low != "'" && toks[x].Low != "’" {
			marks++
			if open < 0 {
				open = x
			}
		}
	}
	if marks%2 == 0 || open < 0 {
		return nil
	}
	var out *kent.Speaker
	for _, n := range s.namesIn(nil, s.sent) {
		from, _ := s.locate(&n.sp)
		if from < 0 || from >= open || n.sp.Kind != kent.SpeakerPerson {
			continue
		}
		if out != nil {
			if p := toks[from-1]; p.Word && !isCapitalised(p.Text) && (s.r.affPreps[p.Low] || s.r.function[p.Low] && !s.r.hold.dets[p.Low] && !s.r.connectors[p.Low]) {
				continue // "chez Capital Economics": an affiliation, no second speaker
			}
			return nil // "Joe Biden met Donald Trump: “…”": whose words is unclear
		}
		b := 0
		for b < from && toks[b].Word && (s.r.hold.isRole(toks[b].Low) || s.r.hold.articles[toks[b].Low]) {
			b++
		}
		if from != b {
			return nil // only the name that opens the sentence, after its title
		}
		sp := n.sp
		out = &sp
	}
	return out
}

// orgDescription returns where a description of an organisation ending
// at k starts ("the bank", "the central bank", "la banque"): an
// organisation word in lower case after an article, at most one word
// between; -1 when k ends none.
func (s *sentence) orgDescription(k int) int {
	hr, toks := s.r.hold, s.toks
	if !toks[k].Word || isCapitalised(toks[k].Text) || !hr.isOrg(toks[k].Low) || hr.groups[toks[k].Low] {
		return -1
	}
	for d := k - 1; d >= 0 && d >= k-2 && toks[d].Word; d-- {
		if hr.articles[toks[d].Low] && s.r.complementizers.Len(toks, d) == 0 {
			return d
		}
		if isCapitalised(toks[d].Text) {
			return -1
		}
	}
	return -1
}

// quotedName returns the closing quote mark of a short name in quote
// marks that opens at j («Слуга народу», „Nowa Lewica”), or -1.
func quotedName(toks []kent.Token, j int) int {
	if toks[j].Word || !tokens.IsQuoteMark(toks[j].Low) || toks[j].Low == "'" || toks[j].Low == "’" {
		return -1
	}
	for c := j + 1; c < len(toks) && c <= j+5; c++ {
		if !toks[c].Word {
			if tokens.IsQuoteMark(toks[c].Low) && c > j+1 {
				return c
			}
			return -1
		}
	}
	return -1
}

// publisher returns the organisation named last, in the sentence before
// or the one before that, for a source phrase that names none ("— йдеться
// в публікації.", "heißt es in der Mitteilung."): the outlet or body whose
// publication the article just introduced; nil when none was named.
func (s *sentence) publisher() *kent.Speaker {
	for i := len(s.names) - 1; i >= 0; i-- {
		n := s.names[i]
		if s.sent-n.sent > 2 {
			break
		}
		if n.org && n.sent < s.sent && isAcronym(strings.Fields(n.sp.Name)[0]) || n.org && s.r.hold.isOrg(strings.ToLower(n.sp.Name)) {
			sp := n.sp
			return &sp
		}
	}
	return nil
}
