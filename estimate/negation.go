package estimate

// Whether a negation governs a judged clause's event: within reach of
// it, in a verb-final clause at its end, or a "without" that denies the
// event word it governs (proposition reads them).

import (
	"slices"
	"strings"

	"github.com/kentnews/kent"
)

// negationReach is how many words after a negation its event may start
// or end: a verb of daring, a preposition and an adjective may stand
// between.
const negationReach = 5

// negatedClause reports whether a negation governs the clause's event:
// "will not send troops", "nicht in den Krieg eintreten"; "no choice" does
// not. The judgement's own "not" in its cue, and those it took into its
// band (own), are already in its band; a cue read from far apart words
// ("the probability that X will not … is low") owns only its own words.
func negatedClause(r *rules, toks []kent.Token, from, to int, cue kent.Span, own []int) bool {
	neg, owned := false, false
	for k := from; k < to; k++ {
		if !toks[k].Word {
			continue
		}
		if slices.Contains(own, k) || toks[k].Start >= cue.Start && toks[k].End <= cue.End && r.negation(toks, k) {
			// With negative concord the cue's negation and the clause's
			// other negative words are one: "не пройдуть жодні вибори",
			// "nie odbędą się żadne wybory" say no once, in the band.
			owned = owned || r.concord && r.negation(toks, k)
			continue
		}
		// A negation in a conjunct before the cue's own ("nie będzie czekać
		// i prawdopodobnie obniży", "ne devrait pas attendre et baissera
		// probablement") negates that conjunct's verb, not the event the
		// cue judges after "and".
		if r.conjunctBefore(toks, k, cue) {
			continue
		}
		// A clitic negates the verb it is written on or precedes, the cue's
		// own included: "n'adhérera pas", "ne baissera pas".
		if r.clitic(toks, k) {
			if len(concepts(r, toks[k:min(to, k+3)])) > 0 {
				neg = !neg || r.concord
			}
			continue
		}
		if r.privativeEvent(toks, from, k, to) {
			neg = !neg
			continue
		}
		if toks[k].Start >= cue.Start && toks[k].End <= cue.End || !r.negation(toks, k) {
			continue
		}
		// The event may stand a few words on: "не наважиться на пряму участь
		// у війні" (will not dare take a direct part in the war).
		if len(concepts(r, toks[k+1:min(to, k+1+negationReach)])) > 0 || finalVerbNegated(r, toks, k, to) || r.lastsNegated(toks, k, to) {
			neg = !neg || r.concord // "ne baissera pas", "nie wejdzie nigdy": once
		}
	}
	return neg && !owned
}

// lastsNegated reports whether the negation at k denies that an event the
// clause names before it lasts: "перемирие, скорее всего, не продержится",
// "the truce will probably not survive the winter", "rozejm nie
// przetrwa". The verb of lasting, not the event's word, follows the
// negation, so the event's word must stand before it.
func (r *rules) lastsNegated(toks []kent.Token, k, to int) bool {
	if len(r.persist) == 0 {
		return false
	}
	lasts := false
	for i := k + 1; i < min(to, k+1+negationReach) && !lasts; i++ {
		if toks[i].Word {
			lasts = slices.ContainsFunc(r.persist, func(st string) bool { return strings.HasPrefix(toks[i].Low, st) })
		}
	}
	// The event is often the sentence's subject, before the cue and
	// outside the judged clause ("Перемирие …, скорее всего, не …"); it
	// must be a state that lasts (a truce), not an event that happens ("a
	// shutdown probably won't last long" presumes one).
	return lasts && slices.ContainsFunc(concepts(r, toks[:k]), func(c string) bool { return r.lasts[c] })
}

// privativeEvent reports whether toks[k] is a "without" that denies the
// clause's event: the event word follows it directly or after one or two
// words ("без войны", "without an open war"), and no event word stands
// before it in the clause [from, to), whose predicate it would only
// qualify ("invade without a fight"), nor where it opens the clause
// ("without victories at the front his chances are nil" is a condition,
// not a denied win). Swedish "utan" after a negation is
// "but" ("inte fred utan krig"), not "without".
func (r *rules) privativeEvent(toks []kent.Token, from, k, to int) bool {
	if r.privatives.Len(toks, k) == 0 {
		return false
	}
	if r.adversatives[toks[k].Low] && r.adversativeAt(toks, from, k) {
		return false
	}
	words := 0
	for _, t := range toks[from:k] {
		if t.Word {
			words++
		}
	}
	if words < 2 || len(concepts(r, toks[from:k])) > 0 {
		return false // fronted, it sets a condition: "без побед на фронте шансы … почти нулевые"
	}
	for e, n := k+1, 0; e < to && n < 3; e++ {
		if !toks[e].Word {
			if toks[e].Low != "-" {
				return false
			}
			continue
		}
		if len(concepts(r, toks[e:e+1])) > 0 {
			return true
		}
		n++
	}
	return false
}

// finalVerbNegated reports whether the negation at toks[k] negates the
// event verb that closes its clause where the verb comes last (de, nl):
// the middle field between may be long ("dass Netanjahu nicht schon ab
// nächster Woche die ganzen 30 Prozent annektieren will", "dass die
// Ukraine in den nächsten Jahren nicht in die NATO aufgenommen wird").
func finalVerbNegated(r *rules, toks []kent.Token, k, to int) bool {
	if !r.verbFinal {
		return false
	}
	for e := k + 1; e < to; e++ {
		if !toks[e].Word && !decimalComma(toks, e) && strings.ContainsAny(toks[e].Low, ",;:–—()") {
			to = e // a relative clause after it: ", die ihm der US-Plan zugesteht"
			break
		}
	}
	if to-k > verbFinalReach+finalVerbWords {
		return false
	}
	last, n := to, 0
	for last > k+1 && n < finalVerbWords {
		last--
		if toks[last].Word {
			n++
		}
	}
	return len(concepts(r, toks[last:to])) > 0
}

// finalVerbWords is how many words close a verb-final clause with its
// event verb: the verb and up to two auxiliaries ("annektieren will",
// "aufgenommen werden wird").
const finalVerbWords = 3

// adversativeAt reports whether toks[k] opens a clause of its own as
// "but" does. A word that is also "without" (Swedish "utan") is "but"
// only after a negation in the six words before it, from on ("inte fred
// utan krig"); elsewhere it governs what follows ("klarar sig utan krig":
// gets by without a war), which stays in the judged clause.
func (r *rules) adversativeAt(toks []kent.Token, from, k int) bool {
	if !r.adversatives[toks[k].Low] {
		return false
	}
	if r.privatives.Len(toks, k) == 0 {
		return true
	}
	for b := max(from, k-6); b < k; b++ {
		if toks[b].Word && r.negation(toks, b) {
			return true
		}
	}
	return false
}

// conjunctBefore reports whether an "and" (et, und, i, и, och) stands
// between toks[k] and the cue after it, so that what stands at k belongs
// to a conjunct of its own.
func (r *rules) conjunctBefore(toks []kent.Token, k int, cue kent.Span) bool {
	for e := k + 1; e < len(toks) && toks[e].End <= cue.Start; e++ {
		if toks[e].Word && r.conjunctions[toks[e].Low] {
			return true
		}
	}
	return false
}

// negatedSpan reports whether a negation stands in toks[from:to].
func negatedSpan(r *rules, toks []kent.Token, from, to int) bool {
	for k := from; k < to; k++ {
		if toks[k].Word && r.negation(toks, k) {
			return true
		}
	}
	return false
}
