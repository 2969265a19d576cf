package estimate

import (
	"strings"

	"github.com/kentnews/kent"
)

// Citing chains: a reporter often passes on what someone else told it
// ("…, Reuters reported, citing three officials", "…, пише Bild з
// посиланням на джерела в уряді", "berichtet die Zeitung unter Berufung
// auf Regierungskreise"). The one cited by name holds the judgement; the
// reporter is the channel. A reporter citing unnamed or its own sources
// ("citing three officials", "со ссылкой на свои источники") vouches for
// them itself and keeps it, and so does one citing a cause that ends in
// a place ("citing the war in Ukraine"). Markers that refer to a topic
// ("referring to", "unter Verweis auf") cite no one.

// citedReach is how many words after a citing marker its source may
// take: "джерела в українських спецслужбах", "German and Ukrainian
// government circles".
const citedReach = 7

// citedHolder returns the source a citing marker outside the judgement at
// [i, end) names, when it stands after the holder found so far (the
// reporter) or none was found; nil when there is no such marker or what
// it cites names no one (figures, an event: "citing weak inflation"). A
// group it cites holds only where no reporter was found.
func (s *sentence) citedHolder(h *kent.Speaker, i, end int) *kent.Speaker {
	r, toks := s.r, s.toks
	for k := range toks {
		n := r.citing.Len(toks, k)
		if n == 0 || !toks[k].Word || k >= i && k < end {
			continue
		}
		if h != nil {
			if at, _ := s.locate(h); at < 0 || at >= k {
				continue // the holder is no reporter before the marker
			}
		}
		limit := len(toks)
		if k < i {
			limit = i
		}
		if c := s.cited(k+n, limit); c != nil && (h == nil || c.Kind != "group") {
			// Anonymous sources an outlet cites ("citing three officials",
			// "unter Berufung auf Regierungskreise") stay the outlet's: it
			// vouches for them, and only its name can be told apart from
			// other articles' voices.
			return c
		}
	}
	return nil
}

// cited reads the source after a citing marker, from from up to the next
// mark (or limit): a name closing the phrase ("главу европейской
// дипломатии Каю Каллас"), else the phrase when a group or role noun
// heads it ("three officials", "parteiinterne Quellen").
func (s *sentence) cited(from, limit int) *kent.Speaker {
	r, toks := s.r, s.toks
	for from < limit && !toks[from].Word && isQuoteOpen(toks[from].Low) {
		from++
	}
	to := from
	for to < limit && to < from+citedReach && toks[to].Word && r.complementizers.Len(toks, to) == 0 {
		to++
	}
	if to == from {
		return nil
	}
	tags := s.tagsAround(from, to)
	if len(tags) != to-from {
		return nil
	}
	if t := tags[0]; strings.Contains(t.Feats, "Poss=Yes") || t.UPOS == "PRON" || t.UPOS == "ADP" {
		return nil // "citing its sources": the reporter's own; "citant à Reuters des chiffres": no source here
	}
	// A name closing the phrase: its capitalised run.
	b := to
	for b > from && isCapitalised(toks[b-1].Text) && !s.r.function[toks[b-1].Low] {
		b--
	}
	if r.hold.nounsCap && tags[to-1-from].UPOS == "NOUN" {
		b = to // German capitalises every noun: "parteiinterne Quellen" is no name
	}
	if b < to && (to == len(toks) || !toks[to].Word) {
		// A place closing the phrase is what is cited as a cause ("citing
		// the war in Ukraine", "со ссылкой на ситуацию в Европе"), not a
		// source.
		if _, places, _ := venues(); places != nil && len(places.MatchKeys(toks[to-1].Text)) > 0 {
			return nil
		}
		// So is a name a preposition governs inside the phrase ("the
		// situation in Europe", "die Lage in der Ukraine"): where, not who.
		for k := b - 1; k >= from && k >= b-2; k-- {
			if u := tags[k-from].UPOS; u == "ADP" {
				return nil
			} else if u != "DET" {
				break
			}
		}
		return s.speaker(b, to)
	}
	for k := from; k < to; k++ {
		if r.groups.Len(toks, k) > 0 || r.hold.isRole(toks[k].Low) || r.hold.groups[toks[k].Low] || r.hold.endsInGroup(toks[k].Low) {
			return &kent.Speaker{Name: s.a.Text[toks[from].Start:toks[to-1].End], Kind: "group"}
		}
	}
	return nil
}

// isQuoteOpen reports whether a mark may open a quoted name: „Bild“,
// «Коммерсант».
func isQuoteOpen(m string) bool {
	switch m {
	case "\"", "„", "«", "“", "”", "‚", "'", "’":
		return true
	}
	return false
}
