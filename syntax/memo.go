package syntax

import (
	"strings"
	"sync"
)

// A word's lemma depends only on its form, UPOS and features, and news
// repeats its words (Zipf): a bounded memo of lemmas already chosen saves
// the lemmatizer's scoring of every candidate script for most tokens of an
// article. The memo gives exactly what lemmatizer.lemma gives.

// lemmaMemoMax bounds the memo of one language's model (about 150 bytes an
// entry): once full it keeps what it has, the frequent words being in it
// by then.
const lemmaMemoMax = 1 << 15

type lemmaKey struct{ form, upos, feats string }

type lemmaMemo struct {
	mu    sync.RWMutex
	model *linear // the lemma model the entries were chosen by
	m     map[lemmaKey]string
}

// lemmaOf is l.lemma(form, …) through the memo.
func (mm *lemmaMemo) lemmaOf(l *lemmatizer, form string, w *word, upos, feats string, sc *lemmaScratch) string {
	k := lemmaKey{form, upos, feats}
	mm.mu.RLock()
	lem, ok := mm.m[k]
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
		mm.model, mm.m = l.model, make(map[lemmaKey]string)
	}
	if len(mm.m) < lemmaMemoMax {
		// copies: the form is usually a slice of an article's text, which
		// the memo must not keep alive
		k.form, k.feats = strings.Clone(form), strings.Clone(feats)
		mm.m[k] = strings.Clone(lem)
	}
	return lem
}

// The tagger's UPOS passes score each word by features of the word alone
// (the form, its affixes and shape: about half of them) and features of
// its context. The word-only part is the same wherever the word stands,
// so it is summed once per form and kept, as one short row per pass. The
// scores are sums of int16 weights, exact in float32 in any order, so the
// tags are exactly those the features give one by one.

// lexMemoMax bounds the forms kept per language (about 300 bytes each).
const lexMemoMax = 1 << 15

// classWeight is one class's summed weight in a lexRow.
type classWeight struct {
	c uint16
	w float32
}

// lexRows are the word-only scores of one form for the first and second
// UPOS pass.
type lexRows struct{ first, second []classWeight }

type lexMemo struct {
	mu            sync.RWMutex
	first, second *linear // the models the rows were summed from
	m             map[string]*lexRows
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

// rowsOf returns the word-only rows of form, whose word-only keys are
// lex; scores is scratch of at least the tag count.
func (lm *lexMemo) rowsOf(t *tagger, form string, lex []uint32, scores []float32) *lexRows {
	lm.mu.RLock()
	r, ok := lm.m[form]
	fresh := lm.first == t.upos && lm.second == t.upos2
	lm.mu.RUnlock()
	if ok && fresh {
		return r
	}
	r = &lexRows{first: sumRow(t.upos, lex, scores)}
	if t.upos2 != nil {
		r.second = sumRow(t.upos2, lex, scores)
	}
	lm.mu.Lock()
	defer lm.mu.Unlock()
	if lm.first != t.upos || lm.second != t.upos2 || lm.m == nil {
		// a tagger pruned to its size budget (Model.fit) sums anew
		lm.first, lm.second, lm.m = t.upos, t.upos2, make(map[string]*lexRows)
	}
	if len(lm.m) < lexMemoMax {
		lm.m[strings.Clone(form)] = r // a copy: forms are slices of article text
	}
	return r
}

// sumRow sums the rows of keys in l into one row of the classes they touch.
func sumRow(l *linear, keys []uint32, scores []float32) []classWeight {
	s := scores[:l.nclass]
	clear(s)
	l.add(s, keys)
	var out []classWeight
	for c, w := range s {
		if w != 0 {
			out = append(out, classWeight{uint16(c), w})
		}
	}
	return out
}

// addRow adds a summed row to scores.
func addRow(scores []float32, row []classWeight) {
	for _, e := range row {
		scores[e.c] += e.w
	}
}
