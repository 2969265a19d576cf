// Verb forms taggers read as particles or adjectives: "Ich danke Ihnen",
// "ich bitte Sie", "Jeder weiß".

package attrib

import "strings"

// verbReading returns the speech lemma of word k when its form is one the
// tagger often reads as a particle or interjection but that is a
// verb beside its subject pronoun, first person or one for anyone
// (lexicon verb_readings: "danke" → "danken", "bitte" → "bitten", "weiß"
// → "wissen": "Ich danke Ihnen", "bitte ich Sie", "Jeder weiß"), and that
// pronoun; "" and -1 otherwise. The polite "bitte" and the "danke" of
// thanks with no subject stay particles.
func (d *doc) verbReading(p *sentParse, k int, r *rules) (string, int) {
	lemma, ok := r.verbReadings[d.toks[k].Low]
	if !ok || !d.toks[k].Word {
		return "", -1
	}
	for _, x := range []int{k - 1, k + 1} {
		if x < p.base || x >= p.base+len(p.words) {
			continue
		}
		if p.upos(x) != "PRON" && p.upos(x) != "DET" {
			continue
		}
		// the first person ("ich danke") or a pronoun for anyone with no
		// person ("jeder weiß", "man weiß"); not "Sie bitte"
		if f := p.feats(x); strings.Contains(f, "Case=Nom") && (strings.Contains(f, "Person=1") || !strings.Contains(f, "Person=") && !strings.Contains(f, "Gender=Neut")) {
			return lemma, x
		}
	}
	return "", -1
}

// predicateReading returns the cue key of word k and the word its copula
// hangs on when k is a predicate adjective the tagger read as an adverb or
// a determiner ("Ich bin dankbar, dass …", "Wir sind uns einig"): its
// form is a cue (lexicon speech_lemmas or extra) and it has a copula of
// its own or is the modifier of "sein" (a passive auxiliary of the
// lexicon, the copula too) parsed as a full verb. It returns
// "" and -1 otherwise.
func (d *doc) predicateReading(p *sentParse, k int, r *rules, extra set) (string, int) {
	if u := p.upos(k); u != "ADV" && u != "DET" || !d.toks[k].Word {
		return "", -1
	}
	low := d.toks[k].Low
	if !r.speechLemmas[low] && !extra[low] && !r.clauseCues[low] {
		return "", -1
	}
	if len(p.children(k, "cop")) > 0 {
		return low, k // "Wir sind uns einig": the subject hangs on the adjective
	}
	if h := p.head(k); h >= 0 && (p.rel(k) == "advmod" || p.rel(k) == "xcomp") && r.passiveAux[strings.ToLower(p.words[h-p.base].Lemma)] {
		return low, h // "Ich bin dankbar": "bin" parsed as the verb
	}
	return "", -1
}
