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
	LemmaVerb     float64 // exact match on gold VERB and AUX (the cues of speech and belief)
	PROPNF1       float64 // PROPN against every other tag
	UAS, LAS      float64 // attachment scores, when the model parses
	TokensPerSec  float64 // tagging and lemmatizing, per CPU second
	ParsePerSec   float64 // parsing alone, per CPU second
}

// Evaluate tags (and parses, from the predicted tags) the gold sentences'
// words with m and compares; UAS and LAS count punctuation, as CoNLL 2018. Speed is
// process CPU time, so run nothing else in the process meanwhile.
func Evaluate(m *Model, gold []Sentence) Scores {
	var s Scores
	var upos, feats, lemma, np, npOK, vb, vbOK, tp, fp, fn int
	var elapsed, parsing time.Duration
	var heads, headOK, relOK int
	for _, g := range gold {
		toks := make([]Token, len(g.Tokens))
		for i, t := range g.Tokens {
			toks[i] = Token{Form: t.Form}
		}
		start := cpuTime()
		m.TagTokens(toks)
		elapsed += cpuTime() - start
		if m.parse != nil {
			start = cpuTime()
			m.parse.Parse(toks)
			parsing += cpuTime() - start
		}
		for i, t := range g.Tokens {
			p := toks[i]
			s.Tokens++
			if t.Head >= 0 && m.parse != nil {
				heads++
				headOK += b2i(p.Head == t.Head)
				relOK += b2i(p.Head == t.Head && p.Rel == t.Rel)
			}
			upos += b2i(p.UPOS == t.UPOS)
			feats += b2i(p.Feats == restrictFeats(t.Feats))
			lemma += b2i(p.Lemma == t.Lemma)
			if t.UPOS == "NOUN" || t.UPOS == "PROPN" {
				np++
				npOK += b2i(p.Lemma == t.Lemma)
			}
			if t.UPOS == "VERB" || t.UPOS == "AUX" {
				vb++
				vbOK += b2i(p.Lemma == t.Lemma)
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
	s.LemmaVerb = float64(vbOK) / float64(max(vb, 1))
	if tp > 0 {
		s.PROPNF1 = 2 * float64(tp) / float64(2*tp+fp+fn)
	}
	if heads > 0 {
		s.UAS, s.LAS = float64(headOK)/float64(heads), float64(relOK)/float64(heads)
	}
	if parsing > 0 {
		s.ParsePerSec = float64(s.Tokens) / parsing.Seconds()
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
