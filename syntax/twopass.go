package syntax

import "math/rand/v2"

// The tagger's second pass re-tags every word knowing the first pass's tags
// on both sides ("Tusk" before a verb, "Regierung" after an article). It is
// trained on first-pass tags from models that did not see the sentence
// (two-fold jackknifing), so it learns how far to trust them.

// rightKeys appends the second pass's features of word i from the first
// pass's tags p1.
func rightKeys(keys []uint32, w *word, p1 []byte, i int) []uint32 {
	at := func(j int) byte {
		if j < 0 || j >= len(p1) {
			return 0
		}
		return p1[j]
	}
	return append(keys, feat(tP1).b(at(i)).key(), feat(tP1).b(at(i)).s(w.lower).key(),
		feat(tP1Next).b(at(i+1)).key(), feat(tP1Next).b(at(i+1)).b(at(i+2)).key(),
		feat(tP1Around).b(at(i-1)).b(at(i+1)).key(), feat(tP1Around).b(at(i-1)).b(at(i-2)).key(),
		feat(tP1NextWord).b(at(i+1)).s(w.lower).key())
}

// greedy tags a sentence left to right with a first-pass model.
// The tags go in buf's memory when it has room. With lex (lexMemo), each
// word's own keys are added as their summed row.
func greedy(l *linear, ws []word, wk []uint32, starts []int, scores []float32, keys []uint32, buf []byte, lex []lexRows) []byte {
	tags := grow(buf, len(ws))
	var t1, t2 byte
	for i := range ws {
		from := starts[i]
		if lex != nil {
			from += nLex(&ws[i])
		}
		keys = tagKeys(append(keys[:0], wk[from:starts[i+1]]...), &ws[i], t1, t2)
		clear(scores)
		if lex != nil {
			addRow(scores, lex[i].first())
		}
		l.add(scores, keys)
		tags[i] = byte(argmax(scores, 0, l.nclass) + 1)
		t1, t2 = tags[i], t1
	}
	return tags
}

// second re-tags with the second-pass model (lex as in greedy).
func (t *tagger) second(ws []word, wk []uint32, starts []int, p1 []byte, scores []float32, keys []uint32, buf []byte, lex []lexRows) []byte {
	tags := grow(buf, len(ws))
	for i := range ws {
		from := starts[i]
		if lex != nil {
			from += nLex(&ws[i])
		}
		keys = rightKeys(append(keys[:0], wk[from:starts[i+1]]...), &ws[i], p1, i)
		clear(scores)
		if lex != nil {
			addRow(scores, lex[i].second())
		}
		t.upos2.add(scores, keys)
		tags[i] = byte(argmax(scores, 0, len(t.tags)) + 1)
	}
	return tags
}

func sentenceKeys(ws []word) ([]uint32, []int) { return sentenceKeysInto(nil, nil, ws) }

// sentenceKeysInto is sentenceKeys reusing the memory of wk and starts.
func sentenceKeysInto(wk []uint32, starts []int, ws []word) ([]uint32, []int) {
	starts = grow(starts, len(ws)+1)
	wk = wk[:0]
	for i := range ws {
		wk = wordKeys(wk, ws, i)
		starts[i+1] = len(wk)
	}
	return wk, starts
}

// jackknife returns first-pass tags for every example from a model trained
// on the other half of the examples.
func (t *tagger) jackknife(exs []tagExample, opt Options, rng *rand.Rand, keep map[uint32]bool) [][]byte {
	out := make([][]byte, len(exs))
	for fold := range 2 {
		var part []int
		for k := range exs {
			if k%2 != fold {
				part = append(part, k)
			}
		}
		up := newPerceptron(len(t.tags))
		shuffled(rng, len(part), opt.Epochs, func(i int) { t.trainFirst(&exs[part[i]], up, keep) })
		l := up.average(opt.Prune)
		scores := make([]float32, len(t.tags))
		for k := fold; k < len(exs); k += 2 {
			wk, starts := sentenceKeys(exs[k].ws)
			out[k] = greedy(l, exs[k].ws, wk, starts, scores, nil, nil, nil)
		}
	}
	return out
}

// trainFirst is one first-pass training step; it returns the predictions.
func (t *tagger) trainFirst(ex *tagExample, up *perceptron, keep map[uint32]bool) []byte {
	ws := ex.ws
	pred := make([]byte, len(ws))
	scores := make([]float64, len(t.tags))
	var keys []uint32
	var t1, t2 byte
	for i := range ws {
		keys = filterKeys(tagKeys(wordKeys(keys[:0], ws, i), &ws[i], t1, t2), keep)
		clear(scores)
		up.score(scores, keys)
		p := argmax64(scores) + 1
		up.tick()
		up.update(keys, int(ex.tags[i])-1, p-1) // gold -1: no UPOS, no update
		pred[i] = byte(p)
		t1, t2 = pred[i], t1
	}
	return pred
}

// trainSecond is one second-pass training step on jackknifed first-pass
// tags p1; it returns the predictions.
func (t *tagger) trainSecond(ex *tagExample, up2 *perceptron, p1 []byte, keep map[uint32]bool) []byte {
	ws := ex.ws
	pred := make([]byte, len(ws))
	scores := make([]float64, len(t.tags))
	var keys []uint32
	for i := range ws {
		keys = rightKeys(filterKeys(wordKeys(keys[:0], ws, i), keep), &ws[i], p1, i)
		clear(scores)
		up2.score(scores, keys)
		p := argmax64(scores) + 1
		up2.tick()
		up2.update(keys, int(ex.tags[i])-1, p-1)
		pred[i] = byte(p)
	}
	return pred
}
