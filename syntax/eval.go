package syntax

import (
	"time"
)

// Scores are a model's figures on held-out gold sentences, tagged from the
// gold words (tokenisation is not measured).
type Scores struct {
	Tokens        int
	UPOS          float64 // accuracy
	Feats         float64 // exact match of Kent's features (KentFeats)
	Lemma         float64 // exact match
	LemmaNounProp float64 // exact match on gold NOUN and PROPN
	PROPNF1       float64 // PROPN against every other tag
	UAS, LAS      float64 // attachment scores, when the model parses
	TokensPerSec  float64 // tagging and lemmatizing, per CPU second
}

// Evaluate tags the gold sentences' words with m and compares. Speed is
// process CPU time, so run nothing else in the process meanwhile.
func Evaluate(m *Model, gold []Sentence) Scores {
	var s Scores
	var upos, feats, lemma, np, npOK, tp, fp, fn int
	var elapsed time.Duration
	for _, g := range gold {
		toks := make([]Token, len(g.Tokens))
		for i, t := range g.Tokens {
			toks[i] = Token{Form: t.Form}
		}
		start := cpuTime()
		m.TagTokens(toks)
		elapsed += cpuTime() - start
		for i, t := range g.Tokens {
			p := toks[i]
			s.Tokens++
			upos += b2i(p.UPOS == t.UPOS)
			feats += b2i(p.Feats == restrictFeats(t.Feats))
			lemma += b2i(p.Lemma == t.Lemma)
			if t.UPOS == "NOUN" || t.UPOS == "PROPN" {
				np++
				npOK += b2i(p.Lemma == t.Lemma)
			}
			switch {
			case p.UPOS == "PROPN" && t.UPOS == "PROPN":
				tp++
			case p.UPOS == "PROPN":
				fp++
			case t.UPOS == "PROPN":
				fn++
			}
		}
	}
	n := float64(max(s.Tokens, 1))
	s.UPOS, s.Feats, s.Lemma = float64(upos)/n, float64(feats)/n, float64(lemma)/n
	s.LemmaNounProp = float64(npOK) / float64(max(np, 1))
	if tp > 0 {
		s.PROPNF1 = 2 * float64(tp) / float64(2*tp+fp+fn)
	}
	if elapsed > 0 {
		s.TokensPerSec = float64(s.Tokens) / elapsed.Seconds()
	}
	return s
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
