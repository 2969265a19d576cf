package estimate

import (
	"strings"
	"sync"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/attrib"
	"github.com/kentnews/kent/syntax"
)

// Holders from speech events. The dependency parse finds the source of a
// speech or belief event whatever its words and distance ("Die Ökonomen
// der Bank kamen zu dem Schluss, dass …", a passive's agent, a noun cue's
// possessor: attrib.SpeechEvents). Parsing every sentence would cost too
// much, so only the sentences with a judgement no other reading gave a
// holder are parsed, once per article, and a judgement takes the source
// of the event whose message holds its cue.

// eventsOnce builds the speech-event reader on first use; nil when the
// lexicons give none (no places list).
type eventReader struct {
	once sync.Once
	x    *attrib.Extractor
}

func (x *Extractor) eventReader() *attrib.Extractor {
	x.events.once.Do(func() {
		if x.lex == nil {
			return
		}
		if e, err := attrib.New(x.lex); err == nil {
			x.events.x = e
		}
	})
	return x.events.x
}

// eventHolders gives the judgements with no holder the source of the
// speech event whose message contains their cue, reading the sentences
// sents only: those with such a judgement and a word that may hold it (a
// name or a group noun: mayHold), the cheap filter before the parse.
func (x *Extractor) eventHolders(a *kent.Article, js []kent.Judgement, sents []int) {
	if len(sents) == 0 {
		return
	}
	e := x.eventReader()
	if e == nil {
		return
	}
	evs := e.SpeechEventsIn(a, sents)
	for i := range js {
		j := &js[i]
		if j.Holder != nil {
			continue
		}
		r := x.rules[j.Language]
		if r == nil {
			r = x.def
		}
		for _, ev := range evs {
			if len(ev.Source) == 0 || !covers(ev.Message, j.CueSpan) {
				continue
			}
			if h := eventSource(a, r, j.Language, ev.Source); h != nil {
				j.Holder = h
				break
			}
		}
	}
}

// covers reports whether one of the pieces contains the span.
func covers(pieces []kent.Span, sp kent.Span) bool {
	for _, p := range pieces {
		if p.Start <= sp.Start && sp.End <= p.End {
			return true
		}
	}
	return false
}

// eventSource names an event's source as a holder: a name (a capitalised
// word that is not a function word) or a group or role noun; a pronoun
// or another function word ("ich", "we", "he") is no holder here — first
// person outside a quote is the article's own voice.
func eventSource(a *kent.Article, r *rules, lang string, src []kent.Span) *kent.Speaker {
	from, to := src[0].Start, src[len(src)-1].End
	if from < 0 || to > len(a.Text) || from >= to {
		return nil
	}
	name := strings.TrimSpace(a.Text[from:to])
	ws := words(name)
	if len(ws) == 0 || len(ws) > 8 {
		return nil
	}
	if len(ws) == 1 && (r.function[ws[0]] || r.hold.pronouns[ws[0]] || pronoun(lang, name)) {
		return nil
	}
	for _, w := range ws {
		if r.hold.isRole(w) || r.hold.groups[w] || r.hold.endsInGroup(w) {
			return &kent.Speaker{Name: name, Kind: "group"}
		}
	}
	for _, w := range strings.Fields(name) {
		if isCapitalised(w) && !r.function[strings.ToLower(w)] {
			if len(strings.Fields(name)) == 1 && isAcronym(name) {
				return &kent.Speaker{Name: name, Kind: "organisation"}
			}
			return &kent.Speaker{Name: name, Kind: "person"}
		}
	}
	return nil
}

// pronoun reports whether the tagger reads a word as a pronoun ("Wir",
// "Je", "Мы"); false when the language has no tagger.
func pronoun(lang, w string) bool {
	m, ok := syntax.ForLanguage(lang)
	if !ok || m == nil {
		return false
	}
	t := m.Tag([]string{w})
	return len(t) == 1 && t[0].UPOS == "PRON"
}
