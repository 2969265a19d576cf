package estimate

import (
	"strings"

	"github.com/kentnews/kent"
)

// Heading: a present tense of motion into an event speaks of the future
// ("we are heading into a recession", "„Wir gehen in eine
// Winter-Rezession“", "idziemy w kierunku recesji", "мы движемся к
// рецессии"). In a named speaker's words it is a very likely judgement of
// the event; the author's narration of where things head is not read, nor
// is motion toward anything the lexicon does not know as an event.

// headingReach is how many words after the phrase its event may stand:
// "heading into a (deep, winter) recession".
const headingReach = 3

// heading reads a heading phrase at token i whose event follows. It
// returns the judgement and its cue's length, n = 0 when there is none.
func (s *sentence) heading(i int) (*kent.Judgement, int) {
	r, toks := s.r, s.toks
	n := r.heading.Len(toks, i)
	if n == 0 {
		return nil, 0
	}
	found, words := false, 0
	for k := i + n; k < len(toks) && words < headingReach && !found; k++ {
		if !toks[k].Word {
			if t := toks[k].Low; t == "," || t == ";" || t == "." || t == ":" {
				break
			}
			continue
		}
		words++
		found = r.eventAt(toks, k) || r.eventTail(toks[k].Low)
	}
	if !found {
		return nil, 0
	}
	j := kent.Judgement{Cue: s.a.Text[toks[i].Start:toks[i+n-1].End], CueSpan: kent.Span{Start: toks[i].Start, End: toks[i+n-1].End}, Scale: r.scale.Name}
	level := r.scale.Middle().Step(2)
	if before := negationsBefore(r, toks, i); r.negates(before) {
		j.Negated = true
		level = level.Mirror()
		s.own = append(s.own[:0], before...)
	}
	setBand(&j, level)
	return &j, n
}

// eventTail reports whether the last part of a hyphenated compound is an
// event word: "Winter-Rezession", "zimowo-recesja".
func (r *rules) eventTail(w string) bool {
	k := strings.LastIndexByte(w, '-')
	if k < 0 || k == len(w)-1 {
		return false
	}
	ok := false
	r.events.Match([]string{w[k+1:]}, func(c string, at int) {
		if at == 0 && !r.flips[c] {
			ok = true
		}
	})
	return ok
}

// spokenByName reports whether a judgement is held by a named speaker or
// source: in quotes, or with a reporting verb naming who said it.
func spokenByName(j kent.Judgement) bool {
	return j.Holder != nil && j.Holder.Name != ""
}
