package syntax

import (
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
)

// KentFeats are the morphological features Kent reads (names need Case,
// holders need Person and VerbForm, propositions Polarity and Mood); the
// tagger predicts only these, in UD's alphabetical order.
var KentFeats = []string{"Case", "Gender", "Mood", "Number", "Person", "Polarity", "VerbForm"}

// restrictFeats keeps Kent's features of a UD feature string.
func restrictFeats(feats string) string {
	if feats == "" {
		return ""
	}
	var b strings.Builder
	for f := range strings.SplitSeq(feats, "|") {
		name, _, _ := strings.Cut(f, "=")
		if slices.Contains(KentFeats, name) {
			if b.Len() > 0 {
				b.WriteByte('|')
			}
			b.WriteString(f)
		}
	}
	return b.String()
}

// featValue returns the value of one feature in a restricted feature string.
func featValue(feats, name string) string {
	for f := range strings.SplitSeq(feats, "|") {
		if k, v, ok := strings.Cut(f, "="); ok && k == name {
			return v
		}
	}
	return ""
}

// segment is one output of the morphology classifier: a feature and its
// values (vals[0] = "" for "not present"), or, when name is "", whole
// feature bundles.
type segment struct {
	name string
	vals []string
	off  int
}

// tagger predicts UPOS greedily left to right, then Kent's features of each
// word from its form, its neighbours and the sentence's predicted UPOS.
type tagger struct {
	tags  []string // class c is tag byte c+1; byte 0 marks the sentence edge
	bare  []bool   // by class: the UPOS never had Kent's features in training (ADP, PUNCT, …)
	upos  *linear
	upos2 *linear // second pass (twopass.go); nil: one pass
	segs  []segment
	morph *linear
}

func (t *tagger) width() int {
	last := t.segs[len(t.segs)-1]
	return last.off + len(last.vals)
}

// feats turns per-segment scores into a UD feature string.
// It builds the string in one buffer: one allocation per word, not one
// per feature.
func (t *tagger) feats(scores []float32) string {
	var buf [96]byte
	b := buf[:0]
	for _, s := range t.segs {
		v := s.vals[argmax(scores, s.off, s.off+len(s.vals))]
		switch {
		case v == "":
		case s.name == "":
			return v
		default:
			if len(b) > 0 {
				b = append(b, '|')
			}
			b = append(append(append(b, s.name...), '='), v...)
		}
	}
	return string(b)
}

// tagScratch is the memory one tag call works in, pooled so tagging a
// stream of sentences does not allocate it anew.
type tagScratch struct {
	wk     []uint32
	starts []int
	scores []float32
	keys   []uint32
	p1, p2 []byte
	lex    []lexRows
	forms  []string
}

var tagScratchPool = sync.Pool{New: func() any { return &tagScratch{keys: make([]uint32, 0, 64)} }}

// tag fills UPOS and Feats of toks from their forms; ws are their words.
// lm, if not nil, keeps the words' own scores across calls.
//
// With names set, capitalised words inside the sentence tagged as verbs
// are proper nouns (capitalNames), in both passes, so that the second
// pass reads the words beside them right; tag returns them, nominative.
//
// With only set (a tag byte), features are predicted for the words tagged
// so alone: the rest keep none (TagProper).
func (t *tagger) tag(ws []word, toks []Token, lm *lexMemo, names bool, only byte) (fixed []int) {
	return t.tagIn(ws, toks, lm, names, only, 0, len(ws))
}

// tagIn is tag predicting the features of the words [lo, hi) alone: the
// others keep none (TagNoLemmaIn); their UPOS are tag's.
func (t *tagger) tagIn(ws []word, toks []Token, lm *lexMemo, names bool, only byte, lo, hi int) (fixed []int) {
	sc := tagScratchPool.Get().(*tagScratch)
	defer tagScratchPool.Put(sc)
	sc.wk, sc.starts = sentenceKeysInto(sc.wk, sc.starts, ws)
	wk, starts := sc.wk, sc.starts
	sc.scores = grow(sc.scores, max(len(t.tags), t.width()))
	scores, keys := sc.scores, sc.keys[:0]
	var lex []lexRows
	if lm != nil {
		sc.lex = sc.lex[:0]
		for i := range ws {
			sc.lex = append(sc.lex, lm.rowsOf(t, toks[i].Form, wk[starts[i]:starts[i]+nLex(&ws[i])]))
		}
		lex = sc.lex
	}
	sc.p1 = greedy(t.upos, ws, wk, starts, scores, keys, sc.p1, lex)
	tags := sc.p1
	propn := byte(0)
	if names {
		propn = t.tagByte("PROPN")
	}
	retag := func(tags []byte) []int {
		if propn == 0 {
			return nil
		}
		ks := capitalNames(formsOf(toks, sc), func(i int) string { return t.tags[tags[i]-1] })
		for _, k := range ks {
			tags[k] = propn
		}
		return ks
	}
	fixed = retag(tags)
	if t.upos2 != nil {
		sc.p2 = t.second(ws, wk, starts, tags, scores, keys, sc.p2, lex)
		tags = sc.p2
		fixed = retag(tags)
	}
	for i := range ws {
		toks[i].UPOS = t.tags[tags[i]-1]
	}
	for i := range ws {
		if t.bare[tags[i]-1] || only != 0 && tags[i] != only || i < lo || i >= hi {
			continue
		}
		keys = morphKeys(append(keys[:0], wk[starts[i]:starts[i+1]]...), ws, tags, i)
		clear(scores)
		t.morph.add(scores, keys)
		toks[i].Feats = t.feats(scores)
	}
	for _, i := range fixed {
		toks[i].Feats = "Case=Nom" // the verb's features are no name's; a name read so stands as a subject
	}
	return fixed
}

// tagByte is the byte tag sequences hold for a UPOS, 0 when the tagger
// has none.
func (t *tagger) tagByte(upos string) byte {
	for i, u := range t.tags {
		if u == upos {
			return byte(i + 1)
		}
	}
	return 0
}

// formsOf lists the tokens' forms in the scratch's buffer.
func formsOf(toks []Token, sc *tagScratch) []string {
	sc.forms = sc.forms[:0]
	for i := range toks {
		sc.forms = append(sc.forms, toks[i].Form)
	}
	return sc.forms
}

// tagExample is one training sentence as the tagger sees it.
type tagExample struct {
	ws    []word
	tags  []byte  // gold UPOS bytes
	morph [][]int // gold class per segment per word
}

func newTagger(sents []Sentence, bundle bool) *tagger {
	var tags []string
	vals := map[string][]string{}
	hasFeats := map[string]bool{}
	for _, s := range sents {
		for _, tok := range s.Tokens {
			if tok.UPOS != "" && !slices.Contains(tags, tok.UPOS) {
				tags = append(tags, tok.UPOS)
			}
			f := restrictFeats(tok.Feats)
			hasFeats[tok.UPOS] = hasFeats[tok.UPOS] || f != ""
			if bundle {
				if !slices.Contains(vals[""], f) {
					vals[""] = append(vals[""], f)
				}
				continue
			}
			for _, name := range KentFeats {
				if v := featValue(f, name); v != "" && !slices.Contains(vals[name], v) {
					vals[name] = append(vals[name], v)
				}
			}
		}
	}
	slices.Sort(tags)
	t := &tagger{tags: tags}
	for _, tag := range tags {
		t.bare = append(t.bare, !hasFeats[tag])
	}
	names := KentFeats
	if bundle {
		names = []string{""}
	}
	off := 0
	for _, name := range names {
		vs := vals[name]
		slices.Sort(vs)
		vs = slices.Compact(append([]string{""}, vs...))
		t.segs = append(t.segs, segment{name: name, vals: vs, off: off})
		off += len(vs)
	}
	return t
}

func (t *tagger) example(s Sentence) tagExample {
	forms := make([]string, len(s.Tokens))
	ex := tagExample{tags: make([]byte, len(s.Tokens)), morph: make([][]int, len(s.Tokens))}
	for i, tok := range s.Tokens {
		forms[i] = tok.Form
		ex.tags[i] = byte(slices.Index(t.tags, tok.UPOS) + 1)
		f := restrictFeats(tok.Feats)
		for _, sg := range t.segs {
			v := f
			if sg.name != "" {
				v = featValue(f, sg.name)
			}
			ex.morph[i] = append(ex.morph[i], max(slices.Index(sg.vals, v), 0))
		}
	}
	ex.ws = words(forms)
	return ex
}

// trainTagger trains the UPOS and morphology classifiers by averaged
// perceptron over epochs of seeded shuffles. Features seen fewer than
// minCount times are left out: they cannot generalise and would bloat the
// model.
func trainTagger(sents []Sentence, opt Options, rng *rand.Rand) *tagger {
	t := newTagger(sents, opt.BundleFeats)
	exs := make([]tagExample, 0, len(sents))
	for _, s := range sents {
		exs = append(exs, t.example(s))
	}
	keep := countKeys(exs, opt.MinCount)
	var p1 [][]byte
	if opt.TwoPass {
		p1 = t.jackknife(exs, opt, rng, keep)
	}
	up := newPerceptron(len(t.tags))
	up2 := newPerceptron(len(t.tags))
	mo := newPerceptron(t.width())
	shuffled(rng, len(exs), opt.Epochs, func(k int) {
		pred := t.trainFirst(&exs[k], up, keep)
		if p1 != nil {
			pred = t.trainSecond(&exs[k], up2, p1[k], keep)
		}
		t.trainMorph(&exs[k], pred, mo, keep)
	})
	t.upos, t.morph = up.average(opt.Prune), mo.average(opt.Prune)
	if p1 != nil {
		t.upos2 = up2.average(opt.Prune)
	}
	return t
}

// trainMorph is one training step of the feature classifier, reading the
// sentence's predicted UPOS.
func (t *tagger) trainMorph(ex *tagExample, pred []byte, mo *perceptron, keep map[uint32]bool) {
	ws := ex.ws
	scores := make([]float64, t.width())
	var keys []uint32
	for i := range ws {
		if t.bare[pred[i]-1] {
			continue
		}
		keys = filterKeys(morphKeys(wordKeys(keys[:0], ws, i), ws, pred, i), keep)
		clear(scores)
		mo.score(scores, keys)
		mo.tick()
		for j, sg := range t.segs {
			p := argmax64(scores[sg.off : sg.off+len(sg.vals)])
			mo.update(keys, sg.off+ex.morph[i][j], sg.off+p)
		}
	}
}

func argmax64(s []float64) int {
	bi := 0
	for i, v := range s {
		if v > s[bi] {
			bi = i
		}
	}
	return bi
}

// countKeys returns the feature keys seen at least min times in the gold
// context of the examples.
func countKeys(exs []tagExample, min int) map[uint32]bool {
	counts := map[uint32]int{}
	var keys []uint32
	for _, ex := range exs {
		for i := range ex.ws {
			var t1, t2 byte
			if i > 0 {
				t1 = ex.tags[i-1]
			}
			if i > 1 {
				t2 = ex.tags[i-2]
			}
			keys = morphKeys(tagKeys(wordKeys(keys[:0], ex.ws, i), &ex.ws[i], t1, t2), ex.ws, ex.tags, i)
			for _, k := range keys {
				counts[k]++
			}
		}
	}
	keep := make(map[uint32]bool, len(counts)/2)
	for k, c := range counts {
		if c >= min {
			keep[k] = true
		}
	}
	return keep
}

func filterKeys(keys []uint32, keep map[uint32]bool) []uint32 {
	out := keys[:0]
	for _, k := range keys {
		if keep[k] {
			out = append(out, k)
		}
	}
	return out
}
