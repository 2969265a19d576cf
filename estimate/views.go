package estimate

import (
	"strings"

	"github.com/kentnews/kent"
)

// Two holders a sentence names without a verb of saying:
//   - a sentence that opens "For X, …" ("Pour Lukas Macek, …", "Für
//     Ökonomen …", "Dla Kremla …", "Для экспертов …") gives X's view, so X
//     holds its judgement;
//   - a market that prices an outcome in ("die Märkte preisen … ein", "los
//     mercados descuentan", "рынки закладывают") holds the priced
//     probability, even where a bank or outlet reports it ("Laut der
//     Deutschen Bank preisen die Märkte …").
// The prepositions and verbs are data (view_preps, pricing_verbs).

// viewReach is how many words an opening view phrase may have before the
// name: "For the economist", "Pour l'analyste".
const viewReach = 2

// viewHolder returns the name, role or group after a view preposition that
// opens the sentence (after at most one function word: "But for X"), or
// nil.
func (s *sentence) viewHolder() *kent.Speaker {
	toks, hr := s.toks, s.r.hold
	k := 0
	for k < len(toks) && !toks[k].Word {
		k++ // an opening quote mark or dash
	}
	if k+1 < len(toks) && hr.viewPreps.Len(toks, k) == 0 && s.r.function[toks[k].Low] {
		k++
	}
	n := hr.viewPreps.Len(toks, k)
	if k >= len(toks) {
		return nil
	}
	if n == 0 {
		return s.dativeViewer(k) // "Многим дипломатам ясно, что …", "…, но многим дипломатам ясно"
	}
	j := k + n
	for skipped := 0; j < len(toks) && skipped < viewReach; skipped++ {
		t := toks[j]
		if t.Word && hr.dets[t.Low] || t.Low == "'" || t.Low == "’" || t.Word && j+1 < len(toks) && (toks[j+1].Low == "'" || toks[j+1].Low == "’") && len(t.Low) <= 2 {
			j++
			continue
		}
		break
	}
	if j >= len(toks) || !toks[j].Word {
		return nil
	}
	switch t := toks[j]; {
	case isCapitalised(t.Text) && !s.r.function[t.Low] && !hr.isRole(t.Low) && !hr.groups[t.Low]:
		e := j + 1
		for e < len(toks) && e < j+4 && toks[e].Word && (isCapitalised(toks[e].Text) || particleName(toks[e].Text)) {
			e++
		}
		return s.speaker(j, e)
	case s.r.groups.Len(toks, j) > 0 || hr.isRole(t.Low) || hr.groups[t.Low]:
		if a := s.nameAfterRole(j); a != nil {
			return a // "Pour l'économiste Anna Berg"
		}
		e := j + max(1, s.r.groups.Len(toks, j))
		return &kent.Speaker{Name: s.a.Text[toks[j].Start:toks[e-1].End], Kind: "group"}
	}
	return s.viewerGroup(j, "") // "Dla wielu ekonomistów", "For many economists", "Für viele Ökonomen"
}

// viewerGroup reads a quantified group of holders at j ("wielu
// ekonomistów", "many economists", "многим дипломатам", "beaucoup
// d'économistes"): quantifiers and adjectives, then a plural noun the
// lexicon lists as a group or role, in the case kase when it is not ""
// (the tagger's Case); nil when no such phrase stands there.
func (s *sentence) viewerGroup(j int, kase string) *kent.Speaker {
	toks, hr := s.toks, s.r.hold
	end := min(len(toks), j+viewerReach+1)
	if !s.groupWordIn(j+1, end) {
		return nil // tagging the words cannot make a group of them (dativeViewer tries every clause)
	}
	tags := s.tagsAround(j, end)
	if len(tags) != end-j {
		return nil
	}
	for k := j; k < end; k++ {
		t := tags[k-j]
		switch t.UPOS {
		case "DET", "NUM", "ADJ", "PRON", "ADV", "ADP":
			// "many", "wielu", "многим", "molti", "beaucoup d'"
			if !toks[k].Word && toks[k].Low != "'" && toks[k].Low != "’" {
				return nil
			}
			continue
		case "NOUN":
		default:
			return nil
		}
		if k == j || !toks[k].Word || !strings.Contains(t.Feats, "Number=Plur") || kase != "" && !strings.Contains(t.Feats, "Case="+kase) {
			return nil // a group needs its quantifier: "Experten" alone may be anyone's
		}
		w := toks[k].Low
		if !hr.isRole(w) && !hr.groups[w] && !hr.endsInGroup(w) && s.r.groups.Len(toks, k) == 0 {
			return nil // "for many years": years are no group
		}
		if c := k + 1; c+1 < end+2 && c+1 < len(toks) && s.r.conjunctions[toks[c].Low] && toks[c+1].Word {
			// "многим дипломатам и экспертам", "many economists and analysts"
			w := toks[c+1].Low
			if hr.isRole(w) || hr.groups[w] || hr.endsInGroup(w) {
				k = c + 1
			}
		}
		return &kent.Speaker{Name: s.a.Text[toks[j].Start:toks[k].End], Kind: "group"}
	}
	return nil
}

// groupWordIn reports whether a word in [from, to) is one viewerGroup can
// end a group with: a role or a group the lexicon lists. It reads no tags,
// so a clause without one costs no tagging.
func (s *sentence) groupWordIn(from, to int) bool {
	toks, hr := s.toks, s.r.hold
	for k := from; k < to; k++ {
		if w := toks[k].Low; toks[k].Word && (hr.isRole(w) || hr.groups[w] || hr.endsInGroup(w) || s.r.groups.Len(toks, k) > 0) {
			return true
		}
	}
	return false
}

// viewerReach is how many words may stand before a viewing group's noun:
// "beaucoup d' économistes", "многим дипломатам".
const viewerReach = 3

// dativeViewer returns the group a sentence opens with in the dative, the
// case of whom something seems clear or likely ("Многим дипломатам уже
// ясно", "Багатьом експертам очевидно", "Wielu ekonomistom wydaje się"),
// or nil.
func (s *sentence) dativeViewer(k int) *kent.Speaker {
	if g := s.viewerGroup(k, "Dat"); g != nil {
		return g
	}
	// A clause after a comma, after one function word ("…, но многим
	// дипломатам уже ясно, что …", "…, ale wielu ekonomistom wydaje się").
	toks := s.toks
	for c := k + 1; c+2 < len(toks); c++ {
		if toks[c].Low != "," && toks[c].Low != ";" {
			continue
		}
		j := c + 1
		if toks[j].Word && s.r.function[toks[j].Low] {
			j++
		}
		if g := s.viewerGroup(j, "Dat"); g != nil {
			return g
		}
	}
	return nil
}

// pricingReach is how far from a pricing verb the market may stand:
// "Los mercados financieros, en cambio, sólo descuentan".
const pricingReach = 8

// marketHolder returns the market group nearest a pricing verb in the
// sentence, or nil when it has none.
func (s *sentence) marketHolder() *kent.Speaker {
	toks, hr := s.toks, s.r.hold
	for k := range toks {
		if !toks[k].Word || hr.pricing.Len(toks, k) == 0 {
			continue
		}
		for d := 1; d <= pricingReach; d++ {
			for _, j := range []int{k - d, k + d} {
				if j < 0 || j >= len(toks) || !toks[j].Word {
					continue
				}
				if n := s.r.groups.Len(toks, j); n > 0 && hr.markets[toks[j+n-1].Low] {
					if h := s.marketName(j + n); h != nil {
						return h // "Le marché de prédiction Polymarket affiche …"
					}
					return &kent.Speaker{Name: s.a.Text[toks[j].Start:toks[j+n-1].End], Kind: "group"}
				}
			}
		}
	}
	return nil
}

// quotedHere reports whether the sentence holds someone's own words (a
// direct or partial quote), whose speaker no market overrides.
func (s *sentence) quotedHere() bool {
	for _, q := range s.quotes {
		if q.Kind == kent.QuoteDirect || q.Kind == kent.QuotePartial || q.Kind == kent.QuoteMixed {
			return true
		}
	}
	return false
}

// marketNameReach is how many lower-case words may stand between a market
// noun and the market's name: "the prediction market Polymarket", "le
// marché de prédiction Polymarket".
const marketNameReach = 3

// marketName reads the name that follows a market noun from k, after at
// most marketNameReach lower-case words, or nil.
func (s *sentence) marketName(k int) *kent.Speaker {
	toks, reach := s.toks, marketNameReach
	if s.r.hold.nounsCap {
		reach = 0 // every noun is capitalised: only a name right after it ("der Wettmarkt Polymarket")
	}
	for j := k; j < len(toks) && j <= k+reach && toks[j].Word; j++ {
		if isCapitalised(toks[j].Text) {
			e := j + 1
			for e < len(toks) && e < j+3 && toks[e].Word && isCapitalised(toks[e].Text) {
				e++
			}
			h := s.speaker(j, e)
			h.Kind = "organisation"
			return h
		}
	}
	return nil
}
