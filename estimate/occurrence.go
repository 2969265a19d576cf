package estimate

import (
	"strings"

	"github.com/kentnews/kent"
)

// occurrence reads a verb of occurrence in the future at token i ("will
// take place", "пройдёт", "odbędzie się", "si farà", "sucederá") whose
// clause names an event before it: a categorical forecast that the event
// happens ("the referendum will be held in 2023", "референдум пройдёт в
// 2023 году"). The event is the verb's subject, so it comes first; a
// forecast of it after a future auxiliary ("will hold a referendum") is
// forecast's. A negation in the form or right before it ("will not take
// place", "non si farà", "nie odbędzie się") says the event will not
// happen: the lowest band, as a categorical "will not" reads, taken into
// the judgement once. A pronoun that stands for an event named before
// ("this will not happen", "to nie stanie się dzisiaj", "этого не
// произойдёт", "dass das nicht passieren wird") is such a subject too: the
// proposition refers back to that event, and the negation is read; without
// it, "Wydaje mi się, że to nie stanie się dzisiaj" was likely *for*. The
// lexicon's happening verbs count only after such a pronoun. byPronoun
// says the subject was such a pronoun: the forecast then stands only when
// the proposition found the event it refers back to. n = 0 when there is
// none.
func (s *sentence) occurrence(i int) (j *kent.Judgement, n int, byPronoun bool) {
	r, toks := s.r, s.toks
	n, pronounOnly := r.occurrence.Len(toks, i), false
	if n == 0 {
		n, pronounOnly = r.happening.Len(toks, i), true
	}
	if n == 0 {
		return nil, 0, false
	}
	start := clauseStart(r, toks, i)
	for k := start; k < i; k++ {
		event := !pronounOnly && (r.eventAt(toks, k) || r.anaphorSubject(toks, start, k))
		if toks[k].Word && (event || r.pronounSubject(toks, start, k)) {
			j := s.categorical(i, i+n)
			before := negationsBefore(r, toks, i)
			inner := -1
			for m := i; m < i+n; m++ {
				if toks[m].Word && r.negation(toks, m) {
					inner = m
				}
			}
			if r.negates(before) || inner >= 0 {
				setBand(&j, r.scale.Lowest())
				s.own = append(append(s.own[:0], before...), inner)
			}
			return &j, n, !event
		}
	}
	return nil, 0, false
}

// unhedged adds to a sentence's judgements the occurrence forecasts that
// none of them judges: a hedge elsewhere in the sentence ("non si farà:
// la corte ha stabilito che il parlamento non può indirlo") does not
// speak for a forecast outside what it is about, while "unlikely that the
// vote will take place" keeps the forecast the hedge's. A forecast
// already among them is not added again. The hedge of a negated
// occurrence ("creo que el referéndum no se celebrará", lowest the
// band it took) judges a negative proposition, whether or not the
// negation stood before an event word.
func unhedged(out, occurs, beliefs []kent.Judgement, lowest string) []kent.Judgement {
	if len(out) == 0 || len(occurs) == 0 {
		return out
	}
	var add []kent.Judgement
	for _, o := range occurs {
		judged := false
		for n := range out {
			j := &out[n]
			p := j.Proposition.Span
			if j.CueSpan == o.CueSpan {
				judged = true
				break
			}
			if p.End > p.Start && p.Start <= o.CueSpan.Start && o.CueSpan.End <= p.End {
				judged = true
				if o.Band == lowest {
					j.Proposition.Negated = true
				}
				break
			}
		}
		if !judged {
			add = append(add, o)
		}
	}
	return append(out, beliefHolders(add, beliefs)...)
}

// notSubject drops a holder that is the occurrence verb's own subject:
// in "il referendum sull'indipendenza della Catalogna non si farà" the
// referendum is what happens, not who says so. The judgement is then the
// article's own, unless a quote or source names another holder.
func (s *sentence) notSubject(j kent.Judgement, i int) kent.Judgement {
	if j.Holder == nil || j.Holder.Name == "" {
		return j
	}
	from := s.toks[clauseStart(s.r, s.toks, i)].Start
	if strings.Contains(s.a.Text[from:s.toks[i].Start], j.Holder.Name) {
		j.Holder = nil
	}
	return j
}

// pronounSubject reports whether the word at k is a pronoun that stands for
// an event (lexicon event_pronouns: this, to, это, das, det) opening the
// clause that starts at start: among its first two words, as the subject
// of a verb of occurrence is ("to nie stanie się", "что этого не
// произойдёт", "att det inte kommer att ske").
func (r *rules) pronounSubject(toks []kent.Token, start, k int) bool {
	if r.hold == nil || !r.hold.eventPronouns[toks[k].Low] {
		return false
	}
	n := 0
	for m := start; m < k; m++ {
		if toks[m].Word {
			n++
		}
	}
	return n < 2
}

// anaphorSubject reports whether the word at k is a noun that stands for
// an event named elsewhere (lexicon event_anaphors: decision, step,
// решение, decyzja) opening the clause that starts at start, as the
// subject of a verb of occurrence is ("решение вступит в силу 28 мая",
// "decyzja wejdzie w życie"): the forecast is of the event it stands for,
// which the question finds from the article's title.
func (r *rules) anaphorSubject(toks []kent.Token, start, k int) bool {
	if r.hold == nil || r.hold.eventAnaphors == nil || wordsIn(toks, start, k) >= 2 {
		return false
	}
	found := false
	r.hold.eventAnaphors.Match([]string{r.eventWord(toks[k].Low)}, func(string, int) { found = true })
	return found
}

// negateCovering marks negated the proposition of each judgement whose
// clause holds a negated occurrence that is no forecast of its own ("Ich
// glaube, dass das nicht passieren wird" after a sentence naming no
// event): the belief is read against whatever "das" is, not for it.
func negateCovering(out, occs []kent.Judgement, lowest string) {
	for _, o := range occs {
		if o.Band != lowest {
			continue
		}
		for n := range out {
			p := out[n].Proposition.Span
			if p.End > p.Start && p.Start <= o.CueSpan.Start && o.CueSpan.End <= p.End {
				out[n].Proposition.Negated = true
			}
		}
	}
}
