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
