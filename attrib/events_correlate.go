// The correlate of a reported clause: "darauf" in "hat darauf hingewiesen, dass …".

package attrib

import "slices"

// German (and Dutch) verbs that take a clause through a preposition put
// a pronominal adverb in the reporting clause that stands for it: "Er
// hat darauf hingewiesen, dass …", "Ich darf Sie daran erinnern, dass
// …", "Sie argumentieren damit, dass …", and with no clause at all "Die
// Aufsicht warnt davor." The adverb is part of what is said, as
// attribution corpora mark it.

// withCorrelate adds to message msg of verb cue k the correlate in the
// cue's own clause: a word of the language's correlates within four words
// of the cue with no punctuation between, not the sentence's first word
// ("Darum fordern wir": there it means "therefore"). It is added only
// where the message is empty or a clause after it, so that an adverb
// beside an object ("hat damit das Gesetz gelobt") stays out.
func (d *doc) withCorrelate(p *sentParse, k int, cue, msg []int, clause bool, r *rules) []int {
	if len(r.correlates) == 0 || len(msg) > 0 && !clause {
		return msg
	}
	for _, dir := range []int{-1, 1} {
		for t, n := k+dir, 0; t > p.base && t < p.base+len(p.words) && n < 4; t, n = t+dir, n+1 {
			if !d.toks[t].Word {
				break
			}
			if !r.correlates[d.toks[t].Low] || slices.Contains(cue, t) || slices.Contains(msg, t) {
				continue
			}
			if len(msg) > 0 && msg[0] < t {
				return msg // the clause comes before it: "…, dass …, darauf hat er hingewiesen"
			}
			out := append([]int{t}, msg...)
			slices.Sort(out)
			return out
		}
	}
	return msg
}
