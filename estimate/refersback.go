package estimate

// A judged clause that names no event of its own may stand for one
// named before it: a pronoun or a chance noun that points back ("this is
// unlikely", "Die Chancen dafür waren gering"), or a short clause of the
// same sentence. These helpers tell when (proposition reads them).

import (
	"github.com/kentnews/kent"
)

// sameSentenceShort is how many words a clause with no event may have
// and still be about the event its own sentence named before it.
const sameSentenceShort = 8

// refersBack reports whether a judged clause stands for an event named
// before it: it opens with a pronoun that does ("this is unlikely", "Das
// war zu erwarten", "это маловероятно"), or a noun that does follows
// one ("that scenario", "to rozwiązanie") or a determiner that does only
// there ("такий сценарій", "ein solcher Schritt"). "Such a move would backfire"
// has a predicate of its own; a word that is a negation ("pas") is no
// such noun.
func refersBack(r *rules, clause []kent.Token) bool {
	h := r.hold
	if h == nil {
		return false
	}
	if chanceBack(r, clause) {
		return true
	}
	n := 0
	for k, t := range clause {
		if !t.Word {
			continue
		}
		if n < 2 && h.eventPronouns[t.Low] {
			return true
		}
		n++
		if h.eventAnaphors == nil || r.negation(clause, k) {
			continue
		}
		if k == 0 || !h.eventPronouns[clause[k-1].Low] && !h.eventDeterminers[clause[k-1].Low] {
			continue
		}
		found := false
		h.eventAnaphors.Match([]string{r.eventWord(t.Low)}, func(string, int) { found = true })
		if found {
			return true
		}
	}
	return false
}

// chanceBack reports whether a judged clause opens with a chance noun
// that stands for an event named before: its complement is an event
// pronoun ("the chances of that were slim", "szansa na to była
// niewielka", "шансы на это невелики", "die Chancen dafür sind gering",
// "chansen för det är liten"), or it has none and only its predicate
// follows ("pero el índice de probabilidad es muy alto", "the
// probability is very high", "doch die Erfolgsaussichten sind gering"). "The chances of a recession are slim"
// names its own event; "the risk of contagion is high" has a
// complement, which is not the event before.
func chanceBack(r *rules, clause []kent.Token) bool {
	// The clause's words, on the stack when they are few (a copy on the
	// heap per clause was estimate's largest allocation).
	var buf [24]kent.Token
	ws := buf[:0]
	for _, t := range clause {
		if t.Word {
			ws = append(ws, t)
		}
	}
	for k := 0; k < len(ws) && k < chanceOpens; k++ {
		n := r.chance.Len(ws, k)
		if n == 0 && nounAt(r.chance, r.chanceHeads, ws, k) {
			n = 1 // a compound: "die Erfolgsaussichten sind gering"
		}
		if n == 0 {
			continue
		}
		rest := ws[k+n:]
		for j := 0; j < len(rest) && j < 2; j++ {
			if r.hold.eventPronouns[rest[j].Low] {
				return true
			}
		}
		return len(rest) > 0 && len(rest) <= bareChanceRest && !r.genitivePreps[rest[0].Low]
	}
	return false
}

// chanceOpens is how many words may stand before a chance noun that opens
// its clause: a conjunction, an article, a head ("pero el índice de
// probabilidad").
const chanceOpens = 5

// bareChanceRest is how many words may follow a chance noun with no
// complement for its clause to be only the noun's predicate ("es muy
// alto", "are very slim").
const bareChanceRest = 3

// bareClause is how many words a judged clause may have and be only a
// predicate whose subject its sentence names before the cue set off inside
// it ("the motion, most likely, will fail", "misstroendeförklaringen
// sannolikt kommer att falla").
const bareClause = 2

// bare reports whether a judged clause of at most bareClause words is only
// the predicate of a subject its sentence names before the cue, with a
// comma or words between the cue and the clause ("вотум недоверия, скорее
// всего, провалится", "misstroendeförklaringen sannolikt kommer att
// falla"). A word right after a cue with nothing before it
// ("motions de censure probablement nombreuses") modifies a noun instead.
func bare(i, end, from, short int) bool {
	return short > 0 && short <= bareClause && i > 0 && from > end
}

// sameSentence reports whether a clause with no event of its own is
// about the event its own sentence named before it: it refers back, or it
// is short and gives a figure ("…, contre seulement 33 % deux jours plus
// tôt", "…, against 30 percent a week ago").
func sameSentence(r *rules, clause []kent.Token, short int, back bool) bool {
	if back {
		return true
	}
	if short > sameSentenceShort {
		return false
	}
	for _, t := range clause {
		if t.Word && t.Low != "" && t.Low[0] >= '0' && t.Low[0] <= '9' {
			return true
		}
	}
	return false
}
