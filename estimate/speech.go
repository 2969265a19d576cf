package estimate

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent"
)

// A source named once holds the run of reported words after it: "J. Safra
// Sarasin expects a hike in April. Il devrait y avoir assez d'éléments …
// Nous ne croyons pas …". A sentence goes on with the source the sentence
// before it held when, in the same paragraph, it is marked as reported
// words (Konjunktiv I "könne", the reportative conditional "serait", "we"
// or "nous" outside the writer's voice) or, in a language that marks no
// indirect speech (Polish, Russian, Ukrainian), when that sentence gave
// the source's view ("zdaniem autora", "считает"). A paragraph break or a newly named
// source ends the run. The markers are data (reported_speech, speech_runs).

// speechRun returns the source whose reported words the sentence goes on
// with, or nil.
func (s *sentence) speechRun(i int) *kent.Speaker {
	if h := s.colonSource(i); h != nil {
		return h
	}
	if s.back == nil || s.back.Name == "" || s.back.Kind == "group" || s.backSent != s.sent-1 {
		return nil // only a named source carries a run: "автора" may be the writer
	}
	// Words marked as reported (Konjunktiv I) go on with the source over a
	// paragraph break too ("…, sagte Kühn.¶ Vielmehr müsse man …"); a view
	// given in the sentence before carries only within its paragraph.
	if !s.reportedWords(0) && !(s.samePara && s.r.hold.speechRuns && s.viewCue(s.prev)) {
		return nil
	}
	if !s.samePara && !s.r.hold.nounsCap && capsIn1(s.toks, i) {
		// After a paragraph break, a sentence that names someone before
		// the cue is its own account ("Carles Puigdemont ha sugerido que
		// Sánchez podría …"), whatever mood its verb is in.
		return nil
	}
	h := *s.back
	return &h
}

// reportedWords reports whether a word from k on marks reported words.
func (s *sentence) reportedWords(k int) bool {
	for ; k < len(s.toks); k++ {
		if s.toks[k].Word && s.r.hold.reported.Len(s.toks, k) > 0 {
			return true
		}
	}
	return false
}

// viewCue reports whether toks give someone's view: a source phrase
// ("zdaniem autora", "по мнению"), or a verb of estimating or expecting
// ("ocenia", "считает"). A verb that only reports an act ("zapowiedział,
// że wystąpi o wotum zaufania") starts no run: what follows it is most
// often the writer's own account.
func (s *sentence) viewCue(toks []kent.Token) bool {
	r := s.r
	for k := range toks {
		if toks[k].Word && (r.sources.Len(toks, k) > 0 || r.pronounSources.Len(toks, k) > 0 || r.estimating.Len(toks, k) > 0 || r.expect.Len(toks, k) > 0) {
			return true
		}
	}
	return false
}

// colonReach is how many words the clause before a colon may have for its
// subject to hold what follows: "Das Ifo-Institut senkt seine Prognose:".
const colonReach = 12

// colonSource reads "X does something: <reported words>" ("Das
// Ifo-Institut senkt seine Konjunkturprognose: Die Wirtschaftsleistung
// werde … schrumpfen"): the name opening the clause before the colon
// holds a judgement after it in reported words.
func (s *sentence) colonSource(i int) *kent.Speaker {
	toks := s.toks
	c := -1
	for k := 0; k < i && k <= colonReach; k++ {
		if toks[k].Low == ":" {
			c = k
			break
		}
	}
	if c < 2 || !s.reportedWords(c+1) {
		return nil
	}
	k := 0
	if toks[k].Word && s.r.hold.dets[toks[k].Low] {
		k++
	}
	return s.nameAt(k, c)
}

// invertedFrame reports whether, after end, a verb opening a clause has a
// subject pronoun written onto it ("…», nuance-t-il."): whatever the verb,
// it frames what stands before it.
func (s *sentence) invertedFrame(end int) bool {
	toks, text := s.toks, s.a.Text
	if len(s.r.hold.inverted) == 0 {
		return false
	}
	for v := end; v < len(toks); v++ {
		if !toks[v].Word || isCapitalised(toks[v].Text) || !opensClause(toks, v) {
			continue
		}
		rest := text[toks[v].End:min(len(text), toks[v].End+10)]
		for _, p := range s.r.hold.inverted {
			if low := toks[v].Low; len(low) > len(p)+1 && strings.HasSuffix(low, p) {
				return true // one token: "nuance-t-il"
			}
			if len(rest) >= len(p) && strings.EqualFold(rest[:len(p)], p) && (len(rest) == len(p) || !isLetter(rest[len(p):])) {
				return true
			}
		}
	}
	return false
}

// isLetter reports whether s begins with a letter.
func isLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// capsIn1 reports whether a capitalised word stands among toks[1:i].
func capsIn1(toks []kent.Token, i int) bool {
	for k := 1; k < i && k < len(toks); k++ {
		if toks[k].Word && isCapitalised(toks[k].Text) {
			return true
		}
	}
	return false
}
