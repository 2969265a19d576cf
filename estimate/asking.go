package estimate

import (
	"github.com/kentnews/kent"
	"github.com/kentnews/kent/tokens"
)

// A sentence that asks ("Will Belarus join the war?") or a cue followed by
// "whether" ("impossible to say whether …") states no judgement of its
// own: these tell such sentences and cues apart.

// asks reports whether a sentence is a question: it ends with a question
// mark (before any closing quote).
func asks(toks []kent.Token) bool {
	for k := len(toks) - 1; k >= 0; k-- {
		switch {
		case toks[k].Low == "?":
			return true
		case tokens.IsQuoteMark(toks[k].Low):
			continue
		}
		return false
	}
	return false
}

// asksAfter reports whether a "whether" or "if" (si, se, ob, czy, om) or a
// question word follows the cue at end within a few words: "non è possibile
// dire se …" is stated uncertainty about what follows, not impossibility.
func (s *sentence) asksAfter(end int) bool {
	r, toks := s.r, s.toks
	for k := end; k < len(toks) && k < end+5; k++ {
		if toks[k].Word && (r.conditional.Len(toks, k) > 0 || r.interrogatives.Len(toks, k) > 0) {
			return true
		}
	}
	return false
}

// askedDegree reports whether the band word at i is asked about, not
// stated: a question word stands right before it, or before the one
// intensifier before it ("how likely", "wie wahrscheinlich", "насколько
// вероятно", "hur sannolikt", "jak bardzo prawdopodobne").
func (s *sentence) askedDegree(i int) bool {
	r, toks := s.r, s.toks
	k := i - 1
	if k >= 0 && toks[k].Word && r.intensifiers.Len(toks, k) > 0 {
		k--
	}
	return k >= 0 && toks[k].Word && r.interrogatives.Len(toks, k) == 1 && r.complementizers.Len(toks, k) == 0
}
