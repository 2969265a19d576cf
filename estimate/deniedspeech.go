package estimate

// A speech verb under a negation reports what its subject did not say:
// "Der Regierungschef habe nicht gesagt, dass man die OVKS verlassen
// werde", "the minister did not say that a cut was likely", "премьер не
// говорил, что …". Its subject holds no judgement in the clause it
// frames; whoever reports the denial may (the colon's source, the speaker
// of the run), or else no one.

// deniedReach is how many words before a speech verb its negation may
// stand: "did not say", "habe nicht gesagt", "nie powiedział".
const deniedReach = 2

// deniedSpeech reports whether the reporting verb at v is negated: a
// negator among the deniedReach words before it, with only words between.
func (s *sentence) deniedSpeech(v int) bool {
	if s.r.reporting.Len(s.toks, v) == 0 {
		return false // "не ожидают": a negated belief verb is a judgement of its own
	}
	for k := v - 1; k >= 0 && k >= v-deniedReach; k-- {
		if !s.toks[k].Word {
			return false
		}
		if s.r.negation(s.toks, k) {
			return true
		}
	}
	return false
}
