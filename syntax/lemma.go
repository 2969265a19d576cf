package syntax

import (
	"math"
	"math/rand/v2"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

type excKey struct{ lower, upos string }

// lemmatizer picks an edit script by a linear model over the form's
// suffixes and its predicted UPOS and features. Forms the model gets wrong
// in training are kept in an exception list; an unknown form whose best
// script wins by less than minMargin is kept as it is.
type lemmatizer struct {
	scripts   []script
	model     *linear
	exc       map[excKey]string
	minMargin float32
	// lemmas are the treebank's lemmas: a script whose result is a known
	// lemma earns bonus[UPOS] ("kulami" → "kula", not "kul").
	lemmas map[string]bool
	bonus  map[string]float32

	byStrip   [3]map[string][]uint16 // see index
	maxStrip  int
	rareBy    [3]map[string][]uint16 // the rare scripts, indexed alike: see rareKnown
	maxRare   int
	scratches sync.Pool // of *lemmaScratch, so a sentence does not allocate slot anew

	fold uint8 // foldYo, foldMarks, foldApos: spellings the treebank's lemmas never keep
	// lowerTags are the UPOS whose lemmas are (almost) always lower-case:
	// a capitalised NOUN mid-sentence ("Посольства") still gets "посольство".
	lowerTags map[string]bool
	infixes   []infixRule     // see learnInfixes
	prefixes  map[string]bool // see learnPrefixes
	particles map[string]bool // the prefixes seen before an infix, see learnInfixes
}

func lemmaKeys(keys []uint32, w *word, upos, feats string) []uint32 {
	u := upos
	keys = append(keys, feat(tLemForm).s(w.lower).key(), feat(tLemUPOS).s(u).key(),
		feat(tLemShape).s(u).b(w.shape&(shapeCap|shapeUpper)).key(), feat(tLemFeat).s(u).s(feats).key())
	for k := range len(w.suf) {
		if w.suf[k] == "" {
			break
		}
		keys = append(keys, feat(tLemSuf).s(w.suf[k]).key(), feat(tLemUPOSSuf).s(u).s(w.suf[k]).key())
	}
	for _, name := range [...]string{"Case", "Number", "Gender"} {
		if v := featValue(feats, name); v != "" {
			keys = append(keys, feat(tLemFeat).s(u).s(name).s(v).key())
		}
	}
	return keys
}

// lemmaScratch holds the buffers of one lemmatisation.
type lemmaScratch struct {
	slot    []uint16  // by script; see best
	cand    []float32 // scores of the candidates
	touched []uint16
	keys    []uint32
	rows    []span // of keys
	buf     []byte
	key     []byte // lemmaMemo's
}

// index maps each casing and stripped suffix to the scripts that start so,
// so a form's applicable scripts are found by its own suffixes.
func (l *lemmatizer) index() {
	for c := range l.byStrip {
		l.byStrip[c] = map[string][]uint16{}
	}
	for c := range l.rareBy {
		l.rareBy[c] = map[string][]uint16{}
	}
	for i, s := range l.scripts {
		if s.rare {
			l.rareBy[s.casing][s.strip] = append(l.rareBy[s.casing][s.strip], uint16(i))
			l.maxRare = max(l.maxRare, len(s.strip))
			continue
		}
		l.byStrip[s.casing][s.strip] = append(l.byStrip[s.casing][s.strip], uint16(i))
		l.maxStrip = max(l.maxStrip, len(s.strip))
	}
}

// candidates appends the scripts that apply to c.
func (l *lemmatizer) candidates(out []uint16, c *cased) []uint16 {
	for ci, f := range c {
		idx := l.byStrip[ci]
		for j := len(f); j >= 0 && len(f)-j <= l.maxStrip; j-- {
			if j < len(f) && !utf8.RuneStart(f[j]) {
				continue
			}
			for _, id := range idx[f[j:]] {
				s := &l.scripts[id]
				if j > 0 || s.add != "" {
					out = append(out, id)
				}
			}
		}
	}
	return out
}

// best returns the applicable script with the highest score, its lemma and
// its margin over the runner-up; ok is false when no script applies.
func (l *lemmatizer) best(c *cased, upos string, keys []uint32, sc *lemmaScratch) (lemma string, margin float32, ok bool) {
	bonus := l.bonus[upos]
	// score only the applicable scripts: slot maps a script to its place
	// among them (0 = not a candidate), so no array of every script is
	// cleared per word
	sc.touched = l.candidates(sc.touched[:0], c)
	sc.cand = sc.cand[:0]
	for j, ci := range sc.touched {
		sc.slot[ci] = uint16(j + 1)
		sc.cand = append(sc.cand, 0)
	}
	sc.rows = grow(sc.rows, len(keys))
	l.model.rows.find(keys, sc.rows)
	for _, sp := range sc.rows {
		for _, e := range l.model.ents[sp.off : sp.off+sp.n] {
			if j := sc.slot[e.c]; j != 0 {
				sc.cand[j-1] += float32(e.w)
			}
		}
	}
	for _, ci := range sc.touched {
		sc.slot[ci] = 0
	}
	// A proper name's runner-up starts at 0, the score of a script no
	// feature voted for: an unknown name keeps its form unless a script
	// clearly wins. Other words are measured against the voted scripts
	// alone: the known-lemma bonus is what lifts a script above 0, so an
	// unknown verb whose lemma the treebank never had ("klagt", "fürchtet")
	// has only negative scores and kept its form although "-t → -en" led
	// (de held-out lemma 94.55 → 94.86, VERB/AUX 85.8 → 88.3; nl, ru, be,
	// it, lt, uk up too, en and sv unchanged).
	first, second := float32(math.Inf(-1)), float32(0)
	if upos != "PROPN" {
		second = float32(math.Inf(-1))
	}
	bi := -1
	for j, ci := range sc.touched {
		s := sc.cand[j] * l.model.scale
		if s == 0 {
			continue
		}
		if s+max(bonus, 0) > first {
			sc.buf, _ = l.scripts[ci].applyTo(sc.buf, c)
			if l.lemmas[string(sc.buf)] {
				s += bonus
			}
		}
		switch {
		case s > first:
			if bi >= 0 {
				second = max(second, first)
			}
			first, bi = s, int(ci)
		case s > second:
			second = s
		}
	}
	if bi < 0 {
		return "", 0, false
	}
	sc.buf, _ = l.scripts[bi].applyTo(sc.buf, c)
	return string(sc.buf), first - second, true
}

// scratch returns buffers for lemmatising; give them back with release.
func (l *lemmatizer) scratch() *lemmaScratch {
	if sc, ok := l.scratches.Get().(*lemmaScratch); ok && len(sc.slot) == len(l.scripts) {
		return sc
	}
	return &lemmaScratch{slot: make([]uint16, len(l.scripts))}
}

// release gives sc back; best leaves its slot all zero.
func (l *lemmatizer) release(sc *lemmaScratch) { l.scratches.Put(sc) }

func (l *lemmatizer) lemma(form string, w *word, upos, feats string, sc *lemmaScratch) string {
	if v, ok := l.exc[excKey{w.lower, upos}]; ok {
		return v
	}
	lem := l.scripted(form, w, upos, feats, sc)
	if len(l.infixes) > 0 && (upos == "VERB" || upos == "AUX") && l.infixed(lem, w.lower, feats) {
		if v, ok := l.unInfix(w.lower, strings.ToLower(lem), upos, feats, sc); ok {
			return v
		}
	}
	// a verb whose lemma is unknown may have an inflection the treebank
	// showed once ("fordere"): not an infinitive kept as it is ("cure")
	if (upos == "VERB" || upos == "AUX") && !l.lemmas[lem] && !(lem == w.lower && featValue(feats, "VerbForm") == "Inf") {
		if v, ok := l.rareKnown(form, w.lower, sc); ok {
			return v
		}
	}
	return lem
}

// rareKnown applies the rare scripts (seen once in training, never
// proposed by the model) that fit the form, the one stripping most
// first, and returns the first result that is a known lemma: "fordere"
// → fordern, a first person the treebank had once.
func (l *lemmatizer) rareKnown(form, lower string, sc *lemmaScratch) (string, bool) {
	c := newCased(form, lower)
	for ci, f := range c {
		idx := l.rareBy[ci]
		for j := max(0, len(f)-l.maxRare); j <= len(f); j++ {
			if j < len(f) && !utf8.RuneStart(f[j]) {
				continue
			}
			for _, id := range idx[f[j:]] {
				var ok bool
				if sc.buf, ok = l.scripts[id].applyTo(sc.buf, &c); ok && j > 0 && l.lemmas[string(sc.buf)] {
					return string(sc.buf), true
				}
			}
		}
	}
	return "", false
}

// plain is the lemma of a form by exceptions and scripts alone.
func (l *lemmatizer) plain(form, upos, feats string, sc *lemmaScratch) string {
	w := newWord(form)
	if v, ok := l.exc[excKey{w.lower, upos}]; ok {
		return v
	}
	return l.scripted(form, &w, upos, feats, sc)
}

// scripted is the lemma the edit scripts give a form that is no exception.
func (l *lemmatizer) scripted(form string, w *word, upos, feats string, sc *lemmaScratch) string {
	sc.keys = lemmaKeys(sc.keys[:0], w, upos, feats)
	lower := w.lower
	if f := l.folded(form); f != form {
		form, lower = f, strings.ToLower(f)
	}
	c := newCased(form, lower)
	lem, margin, ok := l.best(&c, upos, sc.keys, sc)
	if !ok || margin < l.minMargin && !l.model.has(sc.keys[0]) {
		lem = form
	}
	if l.lowerTags[upos] {
		return strings.ToLower(lem)
	}
	return lem
}

// learnLowerTags finds the UPOS whose lemmas are lower-case in at least
// 99% of at least 50 words with letters.
func (l *lemmatizer) learnLowerTags(sents []Sentence) {
	type stat struct{ n, upper int }
	st := map[string]*stat{}
	for _, s := range sents {
		for _, t := range s.Tokens {
			if !strings.ContainsFunc(t.Lemma, unicode.IsLetter) {
				continue
			}
			x := st[t.UPOS]
			if x == nil {
				x = &stat{}
				st[t.UPOS] = x
			}
			x.n++
			x.upper += b2i(strings.ToLower(t.Lemma) != t.Lemma)
		}
	}
	l.lowerTags = map[string]bool{}
	for u, x := range st {
		if x.n >= 50 && x.upper*100 <= x.n {
			l.lowerTags[u] = true
		}
	}
}

// lemmaExample is one training token.
type lemmaExample struct {
	form, upos, feats, lemma string
	folded                   string // form after the lemmatizer's folds
	w                        word
	gold                     int
}

func trainLemmatizer(sents []Sentence, opt Options, rng *rand.Rand) *lemmatizer {
	l := &lemmatizer{exc: map[excKey]string{}, minMargin: opt.LemmaMargin, lemmas: map[string]bool{}, bonus: map[string]float32{}}
	formsOf := map[string]map[string]bool{} // lemma → its lower-cased forms
	l.learnFolds(sents)
	l.learnLowerTags(sents)
	ids := map[script]int{}
	var uses []int
	var exs []lemmaExample
	for _, s := range sents {
		for _, tok := range s.Tokens {
			if tok.Lemma == "" || tok.Form == "" {
				continue
			}
			folded := l.folded(tok.Form)
			sc := deriveScript(folded, tok.Lemma)
			id, ok := ids[sc]
			if !ok {
				id = len(l.scripts)
				ids[sc] = id
				l.scripts = append(l.scripts, sc)
				uses = append(uses, 0)
			}
			uses[id]++
			if formsOf[tok.Lemma] == nil {
				formsOf[tok.Lemma] = map[string]bool{}
			}
			formsOf[tok.Lemma][strings.ToLower(tok.Form)] = true
			exs = append(exs, lemmaExample{form: tok.Form, upos: tok.UPOS, feats: restrictFeats(tok.Feats),
				lemma: tok.Lemma, folded: folded, w: newWord(tok.Form), gold: id})
		}
	}
	for i, n := range uses {
		l.scripts[i].rare = n < 2
	}
	counts := map[uint32]int{}
	var keys []uint32
	for i := range exs {
		keys = lemmaKeys(keys[:0], &exs[i].w, exs[i].upos, exs[i].feats)
		for _, k := range keys {
			counts[k]++
		}
	}
	for lem := range formsOf {
		l.lemmas[lem] = true
	}
	// in training a lemma counts as known only when another form has it,
	// as a held-out form's lemma is known only through other forms
	known := func(lem, lower string) bool {
		fs := formsOf[lem]
		return len(fs) > 1 || len(fs) == 1 && !fs[lower]
	}
	bonus := map[string]*avgScalar{}
	p := newPerceptron(len(l.scripts))
	scores := make([]float64, len(l.scripts))
	shuffled(rng, len(exs), opt.Epochs, func(i int) {
		ex := &exs[i]
		keys = lemmaKeys(keys[:0], &ex.w, ex.upos, ex.feats)
		out := keys[:0]
		for _, k := range keys {
			if counts[k] >= opt.MinCount {
				out = append(out, k)
			}
		}
		keys = out
		clear(scores)
		p.score(scores, keys)
		p.tick()
		b := bonus[ex.upos]
		if b == nil {
			b = &avgScalar{}
			bonus[ex.upos] = b
		}
		pred, predKnown := l.bestTrain(ex, scores, b.w, known)
		if pred != ex.gold {
			p.update(keys, ex.gold, pred)
			goldKnown := known(ex.lemma, ex.w.lower)
			b.add(p.now, float64(b2i(goldKnown)-b2i(predKnown)))
		}
	})
	l.model = p.average(opt.Prune)
	l.index()
	for u, b := range bonus {
		l.bonus[u] = float32(b.average(p.now))
	}
	l.exceptions(exs)
	l.learnInfixes()
	return l
}

// bestTrain is the best applicable script during training, -1 for none.
func (l *lemmatizer) bestTrain(ex *lemmaExample, scores []float64, bonus float64, known func(lem, lower string) bool) (int, bool) {
	bi, bs, bk := -1, 0.0, false
	cs := newCased(ex.folded, strings.ToLower(ex.folded))
	var buf []byte
	for c, s := range scores {
		if s == 0 {
			continue
		}
		var ok bool
		if buf, ok = l.scripts[c].applyTo(buf, &cs); !ok || l.scripts[c].rare && c != ex.gold {
			continue
		}
		k := known(string(buf), ex.w.lower)
		if k {
			s += bonus
		}
		if bi < 0 || s > bs {
			bi, bs, bk = c, s, k
		}
	}
	return bi, bk
}

// avgScalar is one averaged perceptron weight outside a linear model.
type avgScalar struct {
	w, tot float64
	ts     int32
}

func (a *avgScalar) add(now int32, d float64) {
	a.tot += float64(now-a.ts) * a.w
	a.ts, a.w = now, a.w+d
}

func (a *avgScalar) average(now int32) float64 {
	return (a.tot + float64(now-a.ts)*a.w) / float64(max(now, 1))
}

// exceptions keeps the lemma of every (form, UPOS) the trained model gets
// wrong (the irregular forms), and of every one whose lemma was seen more
// than once, by majority over its occurrences: frequent words are then
// looked up, not classified, which is faster and slightly more accurate
// (pl +0.2 points lemma, de +0.15, en and ru ±0.05).
func (l *lemmatizer) exceptions(exs []lemmaExample) {
	type stat struct {
		byLemma map[string]int
		ex      *lemmaExample
	}
	seen := map[excKey]*stat{}
	for i := range exs {
		k := excKey{exs[i].w.lower, exs[i].upos}
		st := seen[k]
		if st == nil {
			st = &stat{byLemma: map[string]int{}, ex: &exs[i]}
			seen[k] = st
		}
		st.byLemma[exs[i].lemma]++
	}
	sc := l.scratch()
	for k, st := range seen {
		top, n := "", 0
		for lem, c := range st.byLemma {
			if c > n || c == n && lem < top {
				top, n = lem, c
			}
		}
		if n > 1 || l.lemma(st.ex.form, &st.ex.w, st.ex.upos, st.ex.feats, sc) != top {
			l.exc[k] = top
		}
	}
}
