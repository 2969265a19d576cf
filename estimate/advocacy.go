package estimate

import (
	"github.com/kentnews/kent"
	"github.com/kentnews/kent/tokens"
)

// advocacyReach is how many words after a judgement's cue a word of
// necessity may come and still be its clause's verb: a subject between
// them ("we need", "die EU muss", "że UE musi").
const advocacyReach = 4

// advocacy reports whether a judgement's clause says what ought to be
// done, not what will be: a word of necessity (lexicon Necessity) within
// a few words after its cue ("Ich glaube, wir brauchen ein siebtes
// Sanktionspaket", "I think the EU must impose an embargo", "считаю, что
// нам нужно эмбарго"). A holder who asks for a step forecasts nothing of
// it; read as likely, it would count a demand as a forecast. A number is
// always a judgement.
func advocacy(r *rules, text string, j kent.Judgement) bool {
	if r.necessity == nil || j.Scale == "numeric" || j.Headline {
		return false
	}
	from := j.CueSpan.End
	end := j.Proposition.Span.End
	if end <= from || from < 0 || end > len(text) {
		return false
	}
	toks := tokens.Sentence(text[:end], kent.Span{Start: from, End: end})
	n := 0
	for k := range toks {
		if !toks[k].Word {
			continue
		}
		if r.necessity.Len(toks, k) > 0 {
			return true
		}
		if n++; n >= advocacyReach {
			break
		}
	}
	return false
}

// attributiveReach is how many words after an attributive possibility
// word its noun phrase may run: "possibile incarico europeo".
const attributiveReach = 6

// attributive reads a judgement whose cue is a word of possibility
// modifying a noun ("l'annonce de sa possible démission", "un possibile
// incarico europeo", "su posible dimisión": an article or possessive right
// before it, a word right after) as what it is: a possibility of the noun
// phrase it modifies, no more than "may" (modal), and about that phrase
// only, not the rest of the sentence ("La possibilità delle dimissioni ha
// rilanciato le congetture su un possibile incarico europeo" judges the
// European post, not the resignation). It reports whether it did.
func attributive(r *rules, text string, j *kent.Judgement) bool {
	if len(r.attributive) == 0 || j.Band != "roughly_even" || j.Modal || j.Categorical || j.Headline || j.CueSpan.Start <= 0 || j.CueSpan.End >= len(text) {
		return false
	}
	before := tokens.Sentence(text[:j.CueSpan.Start], kent.Span{Start: max(0, j.CueSpan.Start-40), End: j.CueSpan.Start})
	after := tokens.Sentence(text, kent.Span{Start: j.CueSpan.End, End: min(len(text), j.CueSpan.End+120)})
	cue := tokens.Sentence(text, j.CueSpan)
	if len(cue) != 1 || !r.possible[cue[0].Low] || len(before) == 0 || len(after) == 0 || !after[0].Word || !r.attributive[before[len(before)-1].Low] {
		return false
	}
	n := 0
	// The noun and what qualifies it, up to the first function word: "a
	// fait", "per il", "ha sacudido" are the sentence's, not the phrase's.
	for n < len(after) && n < attributiveReach && after[n].Word && (n == 0 || !r.function[after[n].Low]) {
		n++
	}
	np := after[:n]
	j.Modal = true
	j.Proposition = kent.Proposition{
		Text:     text[j.CueSpan.Start:np[n-1].End],
		Span:     kent.Span{Start: j.CueSpan.Start, End: np[n-1].End},
		Entities: entities(np, false),
		Events:   concepts(r, np),
	}
	return true
}
