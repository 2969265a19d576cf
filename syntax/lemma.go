package syntax

import (
	"math"
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"
)

// script is an edit script from a form to its lemma: change the case, strip
// a suffix, append another ("Tuska" → keep case, strip "a" → "Tusk";
// "Die" → lower, strip "ie", add "er" → "der").
type script struct {
	casing     uint8 // caseKeep, caseLower or caseTitle
	strip, add string
}

const (
	caseKeep = iota
	caseLower
	caseTitle
)

func applyCase(form string, c uint8) string {
	switch c {
	case caseLower:
		return strings.ToLower(form)
	case caseTitle:
		l := strings.ToLower(form)
		r, sz := utf8.DecodeRuneInString(l)
		return string(unicode.ToUpper(r)) + l[sz:]
	}
	return form
}

func (s script) apply(form string) (string, bool) {
	f := applyCase(form, s.casing)
	if !strings.HasSuffix(f, s.strip) || len(s.strip) >= len(f) && s.add == "" {
		return "", false
	}
	return f[:len(f)-len(s.strip)] + s.add, true
}

// deriveScript finds the shortest script turning form into lemma, preferring
// to keep the case on ties.
func deriveScript(form, lemma string) script {
	var best script
	bestCost := -1
	for c := uint8(caseKeep); c <= caseTitle; c++ {
		f := applyCase(form, c)
		p := commonPrefix(f, lemma)
		if cost := len(f) - p + len(lemma) - p; bestCost < 0 || cost < bestCost {
			best, bestCost = script{casing: c, strip: f[p:], add: lemma[p:]}, cost
		}
	}
	return best
}

// commonPrefix is the byte length of the common prefix, on a rune boundary.
func commonPrefix(a, b string) int {
	p := 0
	for p < len(a) && p < len(b) && a[p] == b[p] {
		p++
	}
	for p > 0 && (p < len(a) && !utf8.RuneStart(a[p]) || p < len(b) && !utf8.RuneStart(b[p])) {
		p--
	}
	return p
}

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
}

func lemmaKeys(keys []uint32, w *word, upos, feats string) []uint32 {
	u := upos
	keys = append(keys, feat(tLemForm).s(w.lower).key(), feat(tLemUPOS).s(u).key(),
		feat(tLemShape).s(u).b(w.shape&(shapeCap|shapeUpper)).key(), feat(tLemFeat).s(u).s(feats).key())
	for k := range 5 {
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
	scores  []float32
	touched []uint16
	keys    []uint32
}

// best returns the applicable script with the highest score, its lemma and
// its margin over the runner-up; ok is false when no script applies.
func (l *lemmatizer) best(form, upos string, keys []uint32, sc *lemmaScratch) (lemma string, margin float32, ok bool) {
	bonus := l.bonus[upos]
	sc.touched = sc.touched[:0]
	for _, k := range keys {
		sp, found := l.model.rows[k]
		if !found {
			continue
		}
		for _, e := range l.model.ents[sp.off : sp.off+sp.n] {
			if sc.scores[e.c] == 0 {
				sc.touched = append(sc.touched, e.c)
			}
			sc.scores[e.c] += e.w
		}
	}
	// the runner-up starts at 0: every script no feature voted for scores 0
	first, second := float32(math.Inf(-1)), float32(0)
	for _, c := range sc.touched {
		s := sc.scores[c]
		sc.scores[c] = 0
		lem, applies := l.scripts[c].apply(form)
		if applies && l.lemmas[lem] {
			s += bonus
		}
		switch {
		case !applies:
		case s > first:
			if ok {
				second = max(second, first)
			}
			first, lemma, ok = s, lem, true
		case s > second:
			second = s
		}
	}
	return lemma, first - second, ok
}

func (l *lemmatizer) lemma(form string, w *word, upos, feats string, sc *lemmaScratch) string {
	if v, ok := l.exc[excKey{w.lower, upos}]; ok {
		return v
	}
	sc.keys = lemmaKeys(sc.keys[:0], w, upos, feats)
	lem, margin, ok := l.best(form, upos, sc.keys, sc)
	if !ok || margin < l.minMargin && !l.model.has(sc.keys[0]) {
		return form
	}
	return lem
}

// lemmaExample is one training token.
type lemmaExample struct {
	form, upos, feats, lemma string
	w                        word
	gold                     int
}

func trainLemmatizer(sents []Sentence, opt Options, rng *rand.Rand) *lemmatizer {
	l := &lemmatizer{exc: map[excKey]string{}, minMargin: opt.LemmaMargin, lemmas: map[string]bool{}, bonus: map[string]float32{}}
	formsOf := map[string]map[string]bool{} // lemma → its lower-cased forms
	ids := map[script]int{}
	var exs []lemmaExample
	for _, s := range sents {
		for _, tok := range s.Tokens {
			if tok.Lemma == "" || tok.Form == "" {
				continue
			}
			sc := deriveScript(tok.Form, tok.Lemma)
			id, ok := ids[sc]
			if !ok {
				id = len(l.scripts)
				ids[sc] = id
				l.scripts = append(l.scripts, sc)
			}
			if formsOf[tok.Lemma] == nil {
				formsOf[tok.Lemma] = map[string]bool{}
			}
			formsOf[tok.Lemma][strings.ToLower(tok.Form)] = true
			exs = append(exs, lemmaExample{form: tok.Form, upos: tok.UPOS, feats: restrictFeats(tok.Feats),
				lemma: tok.Lemma, w: newWord(tok.Form), gold: id})
		}
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
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	for range opt.Epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
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
		}
	}
	l.model = p.average(opt.Prune)
	for u, b := range bonus {
		l.bonus[u] = float32(b.average(p.now))
	}
	l.exceptions(exs)
	return l
}

// bestTrain is the best applicable script during training, -1 for none.
func (l *lemmatizer) bestTrain(ex *lemmaExample, scores []float64, bonus float64, known func(lem, lower string) bool) (int, bool) {
	bi, bs, bk := -1, 0.0, false
	for c, s := range scores {
		if s == 0 {
			continue
		}
		lem, ok := l.scripts[c].apply(ex.form)
		if !ok {
			continue
		}
		k := known(lem, ex.w.lower)
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
// wrong, by majority over its occurrences: the irregular forms.
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
	sc := &lemmaScratch{scores: make([]float32, len(l.scripts))}
	for k, st := range seen {
		top, n := "", 0
		for lem, c := range st.byLemma {
			if c > n || c == n && lem < top {
				top, n = lem, c
			}
		}
		if l.lemma(st.ex.form, &st.ex.w, st.ex.upos, st.ex.feats, sc) != top {
			l.exc[k] = top
		}
	}
}
