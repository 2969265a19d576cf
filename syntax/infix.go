package syntax

import (
	"strings"
	"unicode/utf8"
)

// A suffix edit script cannot undo a letter group inside a word: German
// participles and zu-infinitives carry one after a separable particle
// ("an-ge-kündigt" → ankündigen, "vor-ge-worfen" → vorwerfen, "an-zu-hören"
// → anhören), Dutch participles likewise ("aan-ge-kondigd"). The treebank
// teaches them only as whole-word exceptions, so a verb it never saw kept
// its written form and no cue lexicon matched it.
//
// infixes learns those groups from the model's own exceptions: a verb form
// that is its lemma with a group of one to three letters inserted, after
// a prefix (maybe empty) that both share. A group of two letters or more inserted in at least
// minInfixUses exceptions is an infix; the prefixes it follows in at least
// two of them are where it may stand. Nothing here names a language: a
// treebank without such forms learns none.

const (
	minInfixUses  = 10 // exceptions showing a group before it counts as an infix
	minInfixAfter = 2  // exceptions showing a prefix before an infix
	minInfixRest  = 3  // bytes of the word left after prefix and infix
)

// infixRule is one learnt infix and the prefixes it may follow.
type infixRule struct {
	infix string
	after map[string]bool
}

// minPrefixUses is how many lower-case lemmas must show a prefix (a known
// lemma after it: "vor|stellen", "hin|weisen") before it counts as one.
const minPrefixUses = 3

// learnPrefixes fills l.prefixes: the word-initial groups of two to seven
// bytes that, in at least minPrefixUses lower-case lemmas, stand before
// another known lemma of four or more bytes. An infix may follow one of
// them where the whole gives a known lemma ("vor|ge|worfen": vorwerfen
// is no exception, but werfen is).
func (l *lemmatizer) learnPrefixes() {
	uses := map[string]int{}
	for lem := range l.lemmas {
		if strings.ToLower(lem) != lem {
			continue
		}
		for k := 2; k <= 7 && len(lem)-k >= 4; k++ {
			if utf8.RuneStart(lem[k]) && l.lemmas[lem[k:]] {
				uses[lem[:k]]++
			}
		}
	}
	l.prefixes = map[string]bool{}
	for p, n := range uses {
		if n >= minPrefixUses {
			l.prefixes[p] = true
		}
	}
}

// learnInfixes fills l.infixes from l.exc.
func (l *lemmatizer) learnInfixes() {
	uses := map[string]int{}
	after := map[string]map[string]int{}
	for k, lem := range l.exc {
		if k.upos != "VERB" && k.upos != "AUX" {
			continue
		}
		pre, in, ok := insertedGroup(k.lower, strings.ToLower(lem))
		if !ok || utf8.RuneCountInString(in) < 2 {
			// one letter more is a changed stem vowel more often than an
			// affix ("viene"/"venir", "tiene"/"tener")
			continue
		}
		uses[in]++
		if after[in] == nil {
			after[in] = map[string]int{}
		}
		after[in][pre]++
	}
	l.infixes, l.particles = nil, map[string]bool{}
	l.learnPrefixes()
	for in, n := range uses {
		if n < minInfixUses {
			continue
		}
		r := infixRule{infix: in, after: map[string]bool{}}
		for pre, m := range after[in] {
			if m >= minInfixAfter {
				r.after[pre] = true
			}
			if pre != "" {
				l.particles[pre] = true
			}
		}
		l.infixes = append(l.infixes, r)
	}
}

// insertedGroup finds the group of one to three bytes that form has and
// lemma lacks after their common prefix pre, such that what follows it
// begins as the lemma does ("gesagt"/"sagen": "", "ge"). Where the same
// word results from deleting the group further left ("ange|ge|ben" and
// "an|ge|geben"), the leftmost place is taken, so pre is the particle.
func insertedGroup(form, lemma string) (pre, in string, ok bool) {
	p := commonPrefix(form, lemma)
	for d := 1; d <= 3 && p+d < len(form); d++ {
		if !utf8.RuneStart(form[p+d]) {
			continue
		}
		if commonPrefix(form[p+d:], lemma[p:]) < 2 {
			continue
		}
		for p > 0 && form[p-1] == form[p+d-1] {
			p--
		}
		return form[:p], form[p : p+d], true
	}
	return "", "", false
}

// infixed reports whether a verb form's lemma by the scripts, lem, may
// be undone by an infix: it is no lemma the treebank knows, or it is the
// participle itself (a known adjective's lemma: "gesucht", "genannt").
func (l *lemmatizer) infixed(lem, lower, feats string) bool {
	return !l.lemmas[lem] || lem == lower && featValue(feats, "VerbForm") == "Part"
}

// unInfix lemmatises a verb form whose lemma as the scripts gave it (lem)
// is no lemma the treebank knows, by a learnt infix: the
// form is prefix + infix + rest; its lemma is the prefix and the lemma of
// the rest ("an" + "zu" + "hören" → an + hören) or, where only that is a
// known lemma, of infix and rest ("vor" + "geworfen" → vor + werfen, "an"
// + "gehen" → angehen). Where neither is known and the prefix is a learnt
// one, a participle takes the rest's lemma ("an|ge|prangert" → anprangern)
// and an infinitive the rest ("an|zu|prangern" → anprangern). ok is false
// when no rule fits.
func (l *lemmatizer) unInfix(lower, lem, upos, feats string, sc *lemmaScratch) (string, bool) {
	verbForm := featValue(feats, "VerbForm")
	for _, r := range l.infixes {
		if verbForm == "Fin" && r.after[""] {
			// a participle's infix: "gefällt", "angeht" are finite. One
			// that never begins a word ("zu") makes no finite form, though
			// the tagger may say so ("einzuhalten")
			continue
		}
		for i := 0; ; i++ {
			j := strings.Index(lower[i:], r.infix)
			if j < 0 {
				break
			}
			i += j
			if v, ok := l.splitAt(r, lower, lem, i, verbForm, upos, feats, sc); ok {
				return v, true
			}
		}
	}
	return "", false
}

// splitAt tries lower as prefix + r.infix + rest with the infix at byte i.
func (l *lemmatizer) splitAt(r infixRule, lower, lem string, i int, verbForm, upos, feats string, sc *lemmaScratch) (string, bool) {
	pre, rest := lower[:i], lower[i+len(r.infix):]
	// a particle seen before any infix may stand before each
	learnt := r.after[pre] || pre != "" && l.particles[pre]
	switch {
	case !learnt && !l.prefixes[pre], len(rest) < minInfixRest:
		return "", false
	case !strings.HasPrefix(lem, lower[:i+len(r.infix)]):
		// the scripts undid this infix ("hin|ge|wiesen" → hinweisen):
		// their lemma stands
		return "", false
	}
	bare := l.plain(rest, upos, feats, sc)
	if l.lemmas[pre+bare] || l.lemmas[bare] {
		return pre + bare, true
	}
	if with := l.plain(r.infix+rest, upos, feats, sc); l.lemmas[pre+with] || l.lemmas[with] {
		return pre + with, true
	}
	switch {
	case !learnt:
	case verbForm == "Part" && bare != rest:
		return pre + bare, true
	case verbForm != "Part" && bare == rest && pre != "" && !r.after[""]:
		// an infix that never begins a word marks an infinitive, whose
		// rest is one ("an|zu|prangern")
		return pre + rest, true
	}
	return "", false
}
