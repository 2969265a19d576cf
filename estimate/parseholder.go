package estimate

import (
	"strings"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/syntax"
)

// The holder from the dependency parse: when no quote, source phrase or
// reporting verb next to the cue names who judges, the judgement may sit
// in the complement of a verb of thinking or judging whose subject is the
// holder, however far the words are apart and whatever the verb:
// "Uczestnicy panelu uznali, że rok 2030 to całkiem realna data",
// "les diplomates à Bruxelles jugent ce scénario irréaliste", "Die
// Ökonomen halten eine Rezession für wahrscheinlich". The sentence is
// parsed only then, once, so extraction stays fast.

// maxParsed bounds the sentences parsed for a holder: a longer one is a
// list or a run-on, whose parse says little.
const maxParsed = 70

// parse returns the parse of the sentence's words up to end (what comes
// after a cue does not govern it, and parsing costs by the word), computed
// on first use and again only for a later cue; nil when the language has
// no parser or the sentence is too long.
func (s *sentence) parse(end int) []syntax.Token {
	if s.lang == "" || end > maxParsed {
		return nil
	}
	if s.parsed && len(s.tree) >= end {
		return s.tree
	}
	s.parsed = true
	m, ok := syntax.ForLanguage(s.lang)
	if !ok || m == nil || !m.HasParser() {
		s.lang = ""
		return nil
	}
	end = min(len(s.toks), end+1) // the mark after the cue closes the clause
	forms := make([]string, end)
	for k, t := range s.toks[:end] {
		forms[k] = t.Text
	}
	s.tree = m.Parse(forms)
	return s.tree
}

// mayHold reports whether a word before the complementizer at c can be a
// holder the parse would find: a capitalised word that is not a function
// word (a name, or a noun opening the sentence) or a group noun. "He said
// that" and "It is likely that" are not parsed.
func (s *sentence) mayHold(c int) bool {
	for k := 0; k < c; k++ {
		t := s.toks[k]
		if !t.Word {
			continue
		}
		if isCapitalised(t.Text) && !s.r.function[t.Low] || s.r.groups.Len(s.toks, k) > 0 {
			return true
		}
	}
	return false
}

// parsedHolder returns the subject of the verb whose complement clause
// holds the cue at [i, end): a proper name, a group noun of the lexicon,
// or a plural common noun (analysts, uczestnicy, analistas); nil when
// there is none.
func (s *sentence) parsedHolder(i, end int) *kent.Speaker {
	// Only a cue in a complement clause ("uznali, że …", "concluyeron que
	// …") can have its holder there: without a complementizer before the
	// cue the sentence is not parsed, which keeps extraction fast.
	if s.lang == "" || end > maxParsed {
		return nil // no parser, or too far into a long sentence: no scan either
	}
	comp := -1
	for k := 0; k < i && comp < 0; k++ {
		if s.toks[k].Word && s.r.complementizers.Len(s.toks, k) > 0 {
			comp = k
		}
	}
	if comp < 0 || !s.mayHold(comp) {
		return nil
	}
	t := s.parse(end)
	if t == nil {
		return nil
	}
	head := func(k int) int {
		if h := t[k].Head - 1; h >= 0 && h < len(t) && h != k {
			return h
		}
		return -1
	}
	c := i
	for k := i; k < end; k++ {
		if h := head(k); h < i || h >= end {
			c = k
			break
		}
	}
	// Climb from the cue to the verb that governs its clause as a
	// complement: "uznali, że … realna" (ccomp), "jugent ce scénario
	// irréaliste" (xcomp), "halten … für wahrscheinlich" (obl/xcomp).
	// A complementizer on the way ("uznali, że …") makes even a punct
	// attachment, which the parser gives such a clause now and then, a
	// complement.
	n, mark := c, false
	for steps := 0; steps < 6; steps++ {
		h := head(n)
		if h < 0 {
			return nil
		}
		mark = mark || t[n].UPOS == "SCONJ"
		rel, _, _ := strings.Cut(t[n].Rel, ":")
		governed := rel == "ccomp" || rel == "xcomp" || rel == "parataxis" || rel == "obj" || mark && rel == "punct"
		n = h
		if !governed || t[h].UPOS != "VERB" {
			continue
		}
		if hs := s.subjectOf(t, h); hs != nil {
			return hs
		}
	}
	return nil
}

// subjectOf reads the nsubj of the verb at v as a holder.
func (s *sentence) subjectOf(t []syntax.Token, v int) *kent.Speaker {
	subj := -1
	for k := range t {
		if t[k].Head-1 == v && (t[k].Rel == "nsubj" || t[k].Rel == "nsubj:outer") {
			subj = k
			break
		}
	}
	if subj < 0 {
		return nil
	}
	w := t[subj]
	group := s.r.groups.Len(s.toks, subj) > 0
	plural := w.UPOS == "NOUN" && strings.Contains(w.Feats, "Number=Plur")
	if w.UPOS != "PROPN" && !group && !plural {
		return nil
	}
	// The name: the subject with its flat, compound, adjective and
	// genitive parts ("Uczestnicy panelu", "diplomates à Bruxelles").
	from, to := subj, subj
	for k := range t {
		if t[k].Head-1 != subj {
			continue
		}
		switch rel, _, _ := strings.Cut(t[k].Rel, ":"); rel {
		case "flat", "compound", "amod", "nmod", "appos":
			from, to = min(from, k), max(to, k)
		}
	}
	for k := from; k <= to; k++ {
		if !s.toks[k].Word && k != to && s.toks[k].Low != "-" {
			if k > subj {
				to = k - 1 // a comma or a parenthesis ends the name
				break
			}
			from = k + 1
		}
	}
	if to < from || to-from > 6 {
		return nil
	}
	name := s.a.Text[s.toks[from].Start:s.toks[to].End]
	switch {
	case w.UPOS == "PROPN" && to > from:
		return &kent.Speaker{Name: name, Kind: "person"}
	case w.UPOS == "PROPN":
		return s.speaker(from, to+1)
	}
	return &kent.Speaker{Name: name, Kind: "group"}
}
