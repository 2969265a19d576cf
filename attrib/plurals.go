package attrib

import "strings"

// Plural pronouns stand for groups: "Analysts at Sydbank were cautious.
// They said …", "Аналитики Сбербанка … . Они считают …", "Ich zdaniem …".
// A person named before is no antecedent; the group the sentence before
// opens with is. The pronouns are data (lexicon attribution plural, and
// plural_verb_endings for German "sie" and Dutch "ze" before a verb in the
// plural).

// pluralPronoun reports whether the pronoun mention n is plural.
func (d *doc) pluralPronoun(n np) bool {
	r := d.rules(n.start)
	for x := n.start; x < n.end && x < len(d.toks); x++ {
		if r.plural[d.toks[x].Low] {
			return true
		}
	}
	x := n.start
	if r.gender.femSingular[d.toks[x].Low] && x+1 < len(d.toks) && d.toks[x+1].Word && d.toks[x+1].Sentence == d.toks[x].Sentence {
		for _, e := range r.pluralEnds {
			if strings.HasSuffix(d.toks[x+1].Low, e) {
				return true
			}
		}
	}
	return false
}

// groupAntecedent is the group a plural pronoun stands for: the group
// noun phrase that opens its sentence before it, or the sentence before in
// the same paragraph, with its organisation ("Analysts at Sydbank",
// "Аналитики Сбербанка"), or "".
func (d *doc) groupAntecedent(n np) string {
	s := d.toks[n.start].Sentence
	if s < 0 || s >= len(d.sentTok) {
		return ""
	}
	// The sentence's own opening ("Many EU leaders would like …, but they
	// say …"), then the sentence before's.
	if ss := d.sentTok[s][0]; ss >= 0 && ss < n.start {
		if g := d.groupOpening(ss, n.start); g != "" {
			return g
		}
	}
	if s == 0 {
		return ""
	}
	ss, se := d.sentTok[s-1][0], d.sentTok[s-1][1]
	if ss < 0 || d.toks[ss].Paragraph != d.toks[n.start].Paragraph {
		return ""
	}
	return d.groupOpening(ss, se)
}

// groupOpening returns the group noun phrase that opens the tokens
// [ss, se), after at most two words, or "".
func (d *doc) groupOpening(ss, se int) string {
	r := d.rules(ss)
	for k, skipped := ss, 0; k < se && skipped <= 2; k++ {
		t := d.toks[k]
		if !t.Word {
			return ""
		}
		if r.groups.has(t.Low) && !r.roleWords[t.Low] {
			e := k + 1
			b := e
			if b+1 < se && d.toks[b].Word && !d.isCap(d.toks[b]) && r.affPreps[d.toks[b].Low] {
				b++ // "at Sydbank", "der Sydbank"
				if r.articles[d.toks[b].Low] && b+1 < se {
					b++
				}
			} else if r.nounsCapitalised {
				b = -1 // every noun is capitalised: no owner without a preposition
			}
			if b >= 0 {
				x := b
				for x < se && x < b+4 && d.toks[x].Word && d.isCap(d.toks[x]) {
					x++
				}
				if x > b {
					e = x
				}
			}
			from := ss
			for from < k && r.function[d.toks[from].Low] {
				from++ // "But analysts", "The analysts": no part of the group's name
			}
			return d.text(from, e)
		}
		if k > ss && d.isCap(t) && (k+1 >= se || !r.groups.has(d.toks[k+1].Low)) {
			return "" // a name opens the sentence ("Many EU leaders" is a group's)
		}
		skipped++
	}
	return ""
}
