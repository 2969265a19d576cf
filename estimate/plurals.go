package estimate

import (
	"strings"

	"github.com/kentnews/kent"
)

// Plural pronouns stand for groups. "Analysts at Nordbank were cautious.
// They said a cut was unlikely", "Analitycy byli ostrożni. Ich zdaniem …",
// "Аналитики осторожны. По их мнению …": the analysts hold the judgement,
// not the person the article named last, whom a plural pronoun cannot
// stand for. The pronouns are data (lexicon attribution plural, and
// plural_verb_endings for a pronoun that is a woman's with a singular verb
// and a group's with a plural one: German "sie hält", "sie halten").

// pluralAt reports whether the words [k, k+n) hold a plural pronoun, or a
// feminine_singular one before a verb in the plural.
func (s *sentence) pluralAt(k, n int) bool {
	h, toks := s.r.hold, s.toks
	for x := k; x < k+n && x < len(toks); x++ {
		if !toks[x].Word {
			continue
		}
		if h.plural[toks[x].Low] {
			return true
		}
		if h.femSingular[toks[x].Low] && x+1 < len(toks) && toks[x+1].Word {
			for _, e := range h.pluralEnds {
				if strings.HasSuffix(toks[x+1].Low, e) {
					return true
				}
			}
		}
	}
	return false
}

// pluralSubject reports whether the subject pronoun pronounSubject found
// before the verb at v is plural.
func (s *sentence) pluralSubject(v int) bool {
	for k := v - 1; k >= 0 && k >= v-1-holderSkip; k-- {
		if !s.toks[k].Word {
			return false
		}
		if s.r.hold.pronouns[s.toks[k].Low] || s.r.hold.plural[s.toks[k].Low] {
			return s.pluralAt(k, 1)
		}
	}
	return false
}

// groupAntecedent is the group a plural pronoun stands for: the group the
// holder named last was, if the sentence before named it, else the group
// the sentence before opens with ("Analysts at Nordbank were …", "Многие
// экономисты …"), with its affiliation. nil when neither is a group.
func (s *sentence) groupAntecedent() *kent.Speaker {
	if g := s.groupOpening(s.toks); g != nil {
		return g // "Many EU leaders would like …, but they say …"
	}
	if b := s.back; b != nil && s.backSent == s.sent-1 && (b.Kind == "group" && s.namesGroup(b.Name) || b.Kind == kent.SpeakerOrganisation) {
		h := *b
		return &h
	}
	return s.groupOpening(s.prev)
}

// groupOpening returns the group that opens the sentence p, after at most
// holderSkip words, with its affiliation, or nil.
func (s *sentence) groupOpening(p []kent.Token) *kent.Speaker {
	r := s.r
	for k, skipped := 0, 0; k < len(p) && skipped <= holderSkip; k++ {
		if !p[k].Word {
			return nil
		}
		if n := r.groups.Len(p, k); n > 0 {
			e := s.groupAffiliation(p, k+n)
			from := 0
			for from < k && r.function[p[from].Low] {
				from++ // "But analysts", "The analysts": no part of the group's name
			}
			return &kent.Speaker{Name: s.a.Text[p[from].Start:p[e-1].End], Kind: "group"}
		}
		if k > 0 && isCapitalised(p[k].Text) && (k+1 >= len(p) || r.groups.Len(p, k+1) == 0) {
			return nil // a name opens the sentence: the group, if any, is not its subject ("Many EU leaders" is one)
		}
		skipped++
	}
	return nil
}

// groupAffiliation extends a group ending at e in p over the organisation
// it belongs to: "at Nordbank", "der Nordbank", or a capitalised run in the
// genitive right after it ("Analitycy Nordbanku", "Аналитики Сбербанка").
func (s *sentence) groupAffiliation(p []kent.Token, e int) int {
	b := e
	if b+1 < len(p) && p[b].Word && !isCapitalised(p[b].Text) && s.r.affPreps[p[b].Low] {
		b++
		if s.r.hold.dets[p[b].Low] && b+1 < len(p) {
			b++
		}
	}
	if b == e && s.r.hold.nounsCap {
		return e // German capitalises every noun: only a preposition or article opens the owner
	}
	x := b
	for x < len(p) && x < b+4 && p[x].Word && isCapitalised(p[x].Text) {
		x++
	}
	if x == b {
		return e
	}
	return x
}

// namesGroup reports whether a holder's name has a group noun of the
// lexicon in it ("Many EU leaders", "Analysts at Sydbank"), unlike a name
// cut short ("Enligt SEB:s").
func (s *sentence) namesGroup(name string) bool {
	for _, w := range words(name) {
		if s.r.hold.groups[w] || s.r.hold.endsInGroup(w) {
			return true
		}
	}
	return false
}
