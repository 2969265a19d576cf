package syntax

import (
	"strings"
	"sync"
)

// A word's lemma depends only on its form, UPOS and features, and news
// repeats its words (Zipf): a bounded memo of lemmas already chosen saves
// the lemmatizer's scoring of every candidate script for most tokens of an
// article. The memo gives exactly what lemmatizer.lemma gives.

// lemmaMemoMax bounds the memo of one language's model (about 80 bytes an
// entry): once full it keeps what it has, the frequent words being in it
// by then.
const lemmaMemoMax = 1 << 13

type lemmaMemo struct {
	mu    sync.RWMutex
	model *linear           // the lemma model the entries were chosen by
	m     map[string]string // form NUL upos NUL feats → lemma
}

// lemmaOf is l.lemma(form, …) through the memo.
func (mm *lemmaMemo) lemmaOf(l *lemmatizer, form string, w *word, upos, feats string, sc *lemmaScratch) string {
	sc.key = append(append(append(append(append(sc.key[:0], form...), 0), upos...), 0), feats...)
	mm.mu.RLock()
	lem, ok := mm.m[string(sc.key)] // no allocation for a lookup
	fresh := mm.model == l.model
	mm.mu.RUnlock()
	if ok && fresh {
		return lem
	}
	lem = l.lemma(form, w, upos, feats, sc)
	mm.mu.Lock()
	defer mm.mu.Unlock()
	if mm.model != l.model || mm.m == nil {
		// a model pruned to its size budget (Model.fit) lemmatises anew
		mm.model, mm.m = l.model, make(map[string]string)
	}
	if len(mm.m) < lemmaMemoMax {
		// copies: the form is usually a slice of an article's text, which
		// the memo must not keep alive
		mm.m[string(sc.key)] = strings.Clone(lem)
	}
	return lem
}

// The tagger's UPOS passes score each word by features of the word alone
// (the form, its affixes and shape: about half of them) and features of
// its context. The word-only part is the same wherever the word stands,
// so it is summed once per form and kept, as one short row per pass. The
// scores are sums of int16 weights, exact in float32 in any order, so the
// tags are exactly those the features give one by one.

// lexMemoMax bounds the forms kept per language (about 250 bytes each).
const lexMemoMax = 1 << 13

// lexRows are the word-only scores of one form, by class, for the first
// UPOS pass (rows[:n1]) and the second (rows[n1:]): a few dozen classes,
// most of them touched, so dense.
type lexRows struct {
	rows []float32
	n1   int
}

func (r lexRows) first() []float32  { return r.rows[:r.n1] }
func (r lexRows) second() []float32 { return r.rows[r.n1:] }

type lexMemo struct {
	mu            sync.RWMutex
	first, second *linear // the models the rows were summed from
	m             map[string]lexRows
}

// nLex is how many of wordKeys' keys for w are the word's own (they come
// first): bias, form, shape, pattern and the affixes.
func nLex(w *word) int {
	n := 4
	for k := range 4 {
		if w.pre[k] != "" {
			n++
		}
		if w.suf[k] != "" {
			n++
		}
	}
	return n
}

// rowsOf returns the word-only rows of form, whose word-only keys are lex.
func (lm *lexMemo) rowsOf(t *tagger, form string, lex []uint32) lexRows {
	lm.mu.RLock()
	r, ok := lm.m[form]
	fresh := lm.first == t.upos && lm.second == t.upos2
	lm.mu.RUnlock()
	if ok && fresh {
		return r
	}
	r.n1 = t.upos.nclass
	n := r.n1
	if t.upos2 != nil {
		n += t.upos2.nclass
	}
	r.rows = make([]float32, n)
	t.upos.add(r.rows[:r.n1], lex)
	if t.upos2 != nil {
		t.upos2.add(r.rows[r.n1:], lex)
	}
	lm.mu.Lock()
	defer lm.mu.Unlock()
	if lm.first != t.upos || lm.second != t.upos2 || lm.m == nil {
		// a tagger pruned to its size budget (Model.fit) sums anew
		lm.first, lm.second, lm.m = t.upos, t.upos2, make(map[string]lexRows)
	}
	if len(lm.m) < lexMemoMax {
		lm.m[strings.Clone(form)] = r // a copy: forms are slices of article text
	}
	return r
}

// addRow adds a word's summed row to scores.
func addRow(scores, row []float32) {
	for c, w := range row {
		scores[c] += w
	}
}
