package estimate

import (
	"github.com/kentnews/kent"
)

// A verb joined by "and" to the clause before it, with no subject of its
// own, shares that clause's subject: "Hennes kollega Erik Holm är docent
// vid Lunds universitet och tror inte att …", "Ihr Kollege Erik Holm ist
// Dozent an der Universität Kiel und hält … für unwahrscheinlich", "Її
// колега Іван Петренко викладає в КНУ і вважає, що …". Read word by
// word from the verb back, the nearest noun is the first clause's object
// or a place ("docent", "Universität Kiel", "КНУ"), never the holder.

// sharedReach is the most tokens the first clause may have between its
// subject and the coordinator.
const sharedReach = 14

// sharedSubject returns the person opening the sentence whose clause a
// coordinator right before the verb at v continues: the first name of two
// to four capitalised words, after at most three words that describe it
// ("Her colleague", "Hennes kollega"), with no punctuation, clause,
// pronoun or second coordinator between it and the coordinator; nil
// otherwise.
func (s *sentence) sharedSubject(v int) *kent.Speaker {
	r, toks, hr := s.r, s.toks, s.r.hold
	c := v - 1
	if c < 3 || !toks[c].Word || !r.conjunctions[toks[c].Low] || isCapitalised(toks[c].Text) {
		return nil
	}
	from, to := s.openingName(c)
	if from < 0 || c-to > sharedReach || c == to {
		return nil
	}
	for j := to; j < c; j++ {
		t := toks[j]
		switch {
		case !t.Word && t.Low != "-":
			return nil // a comma or a quote: another clause may have begun
		case !t.Word:
		case r.conjunctions[t.Low] || hr.pronouns[t.Low] || r.complementizers.Len(toks, j) > 0 ||
			r.reporting.Len(toks, j) > 0 || r.estimating.Len(toks, j) > 0 || r.expect.Len(toks, j) > 0:
			return nil // "Anna Berg und Peter Lund …", "X sagte, dass … und glaubt"
		}
	}
	return &kent.Speaker{Name: s.a.Text[toks[from].Start:toks[to-1].End], Kind: kent.SpeakerPerson}
}

// openingName finds the person's name that opens the sentence before
// limit: a run of two to four capitalised words starting within its first
// four tokens, only words before it. A word the tagger reads as no proper
// noun opens no name ("Ihr Kollege Erik Holm" is Erik Holm); where there
// is no tagger, a run at the sentence's very start keeps its first word
// only when a lower-case word does not follow it ("Her colleague"). It
// returns -1, -1 when no such name stands there.
func (s *sentence) openingName(limit int) (from, to int) {
	toks := s.toks
	for k := 0; k < 4 && k < limit; k++ {
		if !toks[k].Word {
			return -1, -1
		}
		if !isCapitalised(toks[k].Text) {
			continue
		}
		e := k
		for e < limit && e < k+5 && toks[e].Word && isCapitalised(toks[e].Text) {
			e++
		}
		b := k
		if tags := s.tagsAround(k, e); len(tags) == e-k {
			for b < e && tags[b-k].UPOS != "PROPN" {
				b++
			}
		}
		x := e
		for x < limit && x < e+3 && toks[x].Word && s.r.connectors[toks[x].Low] {
			x++
		}
		if e-k >= 2 && x > e && x < limit && isCapitalised(toks[x].Text) {
			return -1, -1 // "Ursula von der Leyen": particles go on with the name
		}
		if n := e - b; n >= 2 && n <= 4 {
			return b, e
		}
		if e-k > 1 {
			return -1, -1 // a capitalised run that is no person's name opens the sentence
		}
	}
	return -1, -1
}
