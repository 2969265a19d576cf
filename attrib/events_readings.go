// Verb forms taggers read as particles: "Ich danke Ihnen", "ich bitte Sie".

package attrib

import "strings"

// verbReading returns the speech lemma of word k when its form is one the
// tagger often reads as a particle or interjection but that is a
// first-person verb beside a first-person subject pronoun (lexicon
// verb_readings: "danke" → "danken", "bitte" → "bitten": "Ich danke
// Ihnen", "bitte ich Sie"), and that pronoun; "" and -1 otherwise. The
// polite "bitte" and the "danke" of thanks with no subject stay
// particles.
func (d *doc) verbReading(p *sentParse, k int, r *rules) (string, int) {
	lemma, ok := r.verbReadings[d.toks[k].Low]
	if !ok || !d.toks[k].Word {
		return "", -1
	}
	for _, x := range []int{k - 1, k + 1} {
		if x < p.base || x >= p.base+len(p.words) || p.upos(x) != "PRON" {
			continue
		}
		if f := p.feats(x); strings.Contains(f, "Person=1") && strings.Contains(f, "Case=Nom") {
			return lemma, x
		}
	}
	return "", -1
}
