package attrib

import (
	"slices"
)

// Topics. "Wir reden über die Reform", "Ich möchte etwas zur Lage sagen",
// "she spoke about the war", "mówił o wojnie": the phrase names what the
// speech is about, not what it says. Attribution corpora (SpkAtt-2023)
// mark it as the event's Topic, apart from its Message. The mechanism
// reads the parse: a dependent of the cue (or of the verb or adjective it
// leans on) that is a prepositional phrase with one of the language's
// topic prepositions (lexicon topic_preps), or one of its pronominal
// adverbs of topic ("darüber", "dazu", topic_adverbs), is the topic, with
// its whole phrase; it is then never part of the message.

// topicPhrases lists the tokens of the topics of cue k; heads are the
// words besides k whose dependents count (a support verb, a copula's
// adjective host).
func (d *doc) topicPhrases(p *sentParse, k int, heads, cue []int, r *rules) []int {
	if len(r.topicPreps) == 0 && len(r.topicAdverbs) == 0 {
		return nil
	}
	heads = append([]int{k}, heads...)
	var out []int
	for x := p.base; x < p.base+len(p.words); x++ {
		if !slices.Contains(heads, p.head(x)) || slices.Contains(cue, x) || !d.toks[x].Word {
			continue
		}
		if !d.topicWord(p, x, r) {
			continue
		}
		out = append(out, d.phrase(p, x, cue)...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// topicWord reports whether dependent x is a topic: a topic adverb, or a
// nominal in an oblique or nominal-modifier relation whose preposition is
// a topic preposition.
func (d *doc) topicWord(p *sentParse, x int, r *rules) bool {
	switch rel := p.rel(x); {
	case r.topicAdverbs[d.toks[x].Low]:
		return rel != "mark" && rel != "cc"
	case rel == "obl" || rel == "obl:arg" || rel == "nmod" || rel == "obl:lmod" || rel == "obl:pobj":
		for _, c := range p.children(x, "case") {
			if r.topicPreps[d.toks[c].Low] {
				return true
			}
		}
	}
	return false
}
