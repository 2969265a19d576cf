package syntax

// EvalParser parses copies of the gold sentences (gold Form, Lemma, UPOS and
// Feats in, gold untouched) and returns the unlabelled and labelled
// attachment scores in percent. Punctuation is included, as in the CoNLL
// 2018 shared task's UAS/LAS; words whose gold head is unknown are skipped.
func EvalParser(p *Parser, gold []Sentence) (uas, las float64) {
	var total, headOK, relOK int
	var words []Token
	for _, s := range gold {
		words = append(words[:0], s.Tokens...)
		p.Parse(words)
		for i, g := range s.Tokens {
			if g.Head < 0 {
				continue
			}
			total++
			if words[i].Head == g.Head {
				headOK++
				if words[i].Rel == g.Rel {
					relOK++
				}
			}
		}
	}
	if total == 0 {
		return 0, 0
	}
	return 100 * float64(headOK) / float64(total), 100 * float64(relOK) / float64(total)
}
