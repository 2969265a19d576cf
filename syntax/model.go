package syntax

import (
	"bytes"
	"cmp"
	"compress/gzip"
	"fmt"
	"io"
	"maps"
	"math/rand/v2"
	"slices"
	"unicode/utf8"
)

// Options control training. The zero value is not useful; start from
// DefaultOptions.
type Options struct {
	Lang        string
	Seed        uint64
	Epochs      int
	MinCount    int     // features seen fewer times are dropped
	Prune       float64 // averaged weights smaller than this are dropped
	BundleFeats bool    // one classifier over whole feature bundles instead of one per feature
	LemmaMargin float32 // an unknown form keeps itself unless its best script wins by this much
	TwoPass     bool    // re-tag UPOS knowing the first pass's tags on both sides
	Parser      ParserOptions
	NoParser    bool // tagger and lemmatizer only (faster training, for experiments)
}

// DefaultOptions are the settings the shipped models were trained with.
func DefaultOptions(lang string) Options {
	return Options{Lang: lang, Seed: 14, Epochs: 10, BundleFeats: true, TwoPass: true, MinCount: 2, Prune: 0.1, LemmaMargin: 1}
}

// Model tags, lemmatizes (and parses) the words of one language. It is
// read-only after training or loading, so safe for concurrent use.
type Model struct {
	Lang  string
	tag   *tagger
	lemma *lemmatizer
	split *splitter
	parse *Parser // nil: no parser trained; Parse attaches words flat
	memo  lemmaMemo
	lex   lexMemo
}

// Train fits a model to the sentences; the same sentences, options and seed
// give the same model.
func Train(sents []Sentence, opt Options) *Model {
	rng := rand.New(rand.NewPCG(opt.Seed, 0x6b656e74))
	m := &Model{
		Lang:  opt.Lang,
		tag:   trainTagger(sents, opt, rng),
		lemma: trainLemmatizer(sents, opt, rng),
		split: trainSplitter(sents),
	}
	if !opt.NoParser {
		// gold tags in: the parser reads only Case, VerbForm, Number and
		// Gender of the features, all of which the tagger predicts
		m.parse = TrainParser(sents, opt.Parser)
	}
	return m
}

// Parse tags the words and attaches each to its head with a UD relation.
func (m *Model) Parse(forms []string) []Token {
	toks := m.Tag(forms)
	m.parse.Parse(toks)
	return toks
}

// HasParser reports whether the model was trained with a parser.
func (m *Model) HasParser() bool { return m.parse != nil }

// Tag returns the words with their UPOS, Kent's features and lemma.
func (m *Model) Tag(forms []string) []Token {
	toks := make([]Token, len(forms))
	for i, f := range forms {
		toks[i] = Token{Form: f, Head: -1}
	}
	m.tagForms(toks, forms, false)
	return toks
}

// TagProper is Tag for a reader of names: every word's UPOS, and the
// features and lemma of the words tagged PROPN alone (the others' are
// left empty). What it fills is what Tag fills, bit for bit; it skips
// most of the morphology and lemma work.
func (m *Model) TagProper(forms []string) []Token {
	toks := make([]Token, len(forms))
	for i, f := range forms {
		toks[i] = Token{Form: f, Head: -1}
	}
	m.tagForms(toks, forms, true)
	return toks
}

// TagNoLemma is Tag without lemmas: UPOS and Feats only, for a caller
// that reads no lemma (package estimate's checks of a word's tag in a
// window around it). The tags are exactly Tag's; choosing the lemmas is
// about a fifth of tagging.
func (m *Model) TagNoLemma(forms []string) []Token {
	toks := make([]Token, len(forms))
	for i, f := range forms {
		toks[i] = Token{Form: f, Head: -1}
	}
	if len(toks) > 0 {
		m.tag.tag(words(forms), toks, &m.lex, m.Lang != "en" && m.Lang != "de", 0)
	}
	return toks
}

// TagNoLemmaIn is TagNoLemma for a caller that reads the words [lo, hi)
// alone (package estimate tags a window of words around the one or two
// it checks): every word gets its UPOS, those in [lo, hi) their features
// too, exactly TagNoLemma's. A word's features depend on the window's
// tags and its own keys, not on other words' features, and predicting
// them is more than half of tagging.
func (m *Model) TagNoLemmaIn(forms []string, lo, hi int) []Token {
	toks := make([]Token, len(forms))
	for i, f := range forms {
		toks[i] = Token{Form: f, Head: -1}
	}
	if len(toks) > 0 {
		m.tag.tagIn(words(forms), toks, &m.lex, m.Lang != "en" && m.Lang != "de", 0, lo, hi)
	}
	return toks
}

// TagTokens fills UPOS, Feats and Lemma of tokens from their Form.
func (m *Model) TagTokens(toks []Token) {
	if len(toks) == 0 {
		return
	}
	forms := make([]string, len(toks))
	for i := range toks {
		forms[i] = toks[i].Form
	}
	m.tagForms(toks, forms, false)
}

// tagForms is TagTokens with the forms already listed (Tag has them: no
// second copy per call). With proper set, only the words tagged PROPN get
// features and a lemma (TagProper).
func (m *Model) tagForms(toks []Token, forms []string, proper bool) {
	if len(toks) == 0 {
		return
	}
	ws := words(forms)
	only := byte(0)
	if proper {
		if only = m.tag.tagByte("PROPN"); only == 0 {
			only = 0xff // no PROPN in this model: no word gets features
		}
	}
	// English capitalises headlines' verbs, German its nouns (a verb
	// made a noun, "das Essen"): neither reads a capital as a name's.
	names := m.tag.tag(ws, toks, &m.lex, m.Lang != "en" && m.Lang != "de", only)
	sc := m.lemma.scratch()
	defer m.lemma.release(sc)
	for i := range toks {
		if proper && toks[i].UPOS != "PROPN" {
			continue
		}
		toks[i].Lemma = m.memo.lemmaOf(m.lemma, toks[i].Form, &ws[i], toks[i].UPOS, toks[i].Feats, sc)
	}
	for _, i := range names {
		toks[i].Lemma = toks[i].Form // a name read as a verb is printed in its base form
	}
}

const magic = "KENTSYN1"

// MarshalBinary writes the model as a gzip-compressed binary file.
func (m *Model) MarshalBinary() ([]byte, error) {
	e := &enc{b: []byte(magic)}
	e.str(m.Lang)
	e.strs(m.tag.tags)
	for _, b := range m.tag.bare {
		e.uint(uint64(b2i(b)))
	}
	e.uint(uint64(len(m.tag.segs)))
	for _, s := range m.tag.segs {
		e.str(s.name)
		e.strs(s.vals)
	}
	e.linear(m.tag.upos)
	e.linear(m.tag.morph)
	e.uint(uint64(b2i(m.tag.upos2 != nil)))
	if m.tag.upos2 != nil {
		e.linear(m.tag.upos2)
	}
	e.uint(uint64(len(m.lemma.scripts)))
	for _, s := range m.lemma.scripts {
		e.uint(uint64(s.casing) | uint64(b2i(s.rare))<<2)
		e.str(s.strip)
		e.str(s.add)
	}
	e.linear(m.lemma.model)
	e.f32(m.lemma.minMargin)
	e.uint(uint64(m.lemma.fold))
	e.strs(slices.Sorted(maps.Keys(m.lemma.lowerTags)))
	e.strs(slices.Sorted(maps.Keys(m.lemma.lemmas)))
	bonusTags := slices.Sorted(maps.Keys(m.lemma.bonus))
	e.uint(uint64(len(bonusTags)))
	for _, u := range bonusTags {
		e.str(u)
		e.f32(m.lemma.bonus[u])
	}
	exc := make([]excKey, 0, len(m.lemma.exc))
	for k := range m.lemma.exc {
		exc = append(exc, k)
	}
	slices.SortFunc(exc, func(a, b excKey) int { return cmp.Or(cmp.Compare(a.lower, b.lower), cmp.Compare(a.upos, b.upos)) })
	e.uint(uint64(len(exc)))
	for _, k := range exc {
		e.str(k.lower)
		e.str(k.upos)
		e.str(m.lemma.exc[k])
	}
	e.uint(uint64(len(m.split.exact)))
	for _, k := range slices.Sorted(maps.Keys(m.split.exact)) {
		e.str(k)
		e.strs(m.split.exact[k])
	}
	e.uint(uint64(len(m.split.suffixes)))
	for _, k := range slices.Sorted(maps.Keys(m.split.suffixes)) {
		e.str(k)
		e.uint(uint64(m.split.suffixes[k]))
	}
	var pd []byte
	if m.parse != nil {
		var err error
		if pd, err = m.parse.MarshalBinary(); err != nil {
			return nil, err
		}
	}
	e.bytes(pd)
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if _, err := zw.Write(e.b); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// UnmarshalModel reads a model written by MarshalBinary.
func UnmarshalModel(data []byte) (*Model, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("model: %w", err)
	}
	if !bytes.HasPrefix(raw, []byte(magic)) {
		return nil, fmt.Errorf("model: not a Kent syntax model (bad magic)")
	}
	d := &dec{b: raw[len(magic):]}
	m := &Model{Lang: d.str(), tag: &tagger{tags: d.strs()}, lemma: &lemmatizer{exc: map[excKey]string{}}}
	for range m.tag.tags {
		m.tag.bare = append(m.tag.bare, d.uint() != 0)
	}
	off := 0
	for range d.count() {
		s := segment{name: d.str(), vals: d.strs(), off: off}
		off += len(s.vals)
		m.tag.segs = append(m.tag.segs, s)
	}
	m.tag.upos, m.tag.morph = d.linear(), d.linear()
	if d.uint() == 1 {
		m.tag.upos2 = d.linear()
	}
	for range d.count() {
		c := d.uint()
		m.lemma.scripts = append(m.lemma.scripts, script{casing: uint8(c & 3), rare: c&4 != 0, strip: d.str(), add: d.str()})
	}
	m.lemma.model = d.linear()
	m.lemma.minMargin = d.f32()
	m.lemma.fold = uint8(d.uint())
	m.lemma.lowerTags = map[string]bool{}
	for _, u := range d.strs() {
		m.lemma.lowerTags[u] = true
	}
	m.lemma.lemmas, m.lemma.bonus = map[string]bool{}, map[string]float32{}
	for _, lem := range d.strs() {
		m.lemma.lemmas[lem] = true
	}
	for range d.count() {
		u := d.str()
		m.lemma.bonus[u] = d.f32()
	}
	for range d.count() {
		k := excKey{d.str(), d.str()}
		m.lemma.exc[k] = d.str()
	}
	m.split = &splitter{exact: map[string][]string{}, suffixes: map[string]int{}}
	for range d.count() {
		k := d.str()
		m.split.exact[k] = d.strs()
	}
	for range d.count() {
		k := d.str()
		cut := int(d.uint())
		if cut >= len(k) {
			d.err = fmt.Errorf("suffix rule %q cuts %d bytes", k, cut)
		}
		m.split.suffixes[k] = cut
		m.split.maxSuf = max(m.split.maxSuf, utf8.RuneCountInString(k))
	}
	if pd := d.raw(); d.err == nil && len(pd) > 0 {
		m.parse, d.err = UnmarshalParser(pd)
	}
	if d.err == nil {
		d.err = m.check()
	}
	m.lemma.index()
	m.lemma.learnInfixes()
	if d.err != nil {
		return nil, fmt.Errorf("model %q: %w", m.Lang, d.err)
	}
	return m, nil
}

// check rejects a model whose parts disagree, before it can index out of range.
func (m *Model) check() error {
	switch {
	case len(m.tag.tags) == 0 || len(m.tag.segs) == 0:
		return fmt.Errorf("no tags")
	case m.tag.upos.nclass != len(m.tag.tags):
		return fmt.Errorf("UPOS classes %d, tags %d", m.tag.upos.nclass, len(m.tag.tags))
	case m.tag.upos2 != nil && m.tag.upos2.nclass != len(m.tag.tags):
		return fmt.Errorf("second-pass UPOS classes %d, tags %d", m.tag.upos2.nclass, len(m.tag.tags))
	case m.tag.morph.nclass != m.tag.width():
		return fmt.Errorf("feature classes %d, want %d", m.tag.morph.nclass, m.tag.width())
	case m.lemma.model.nclass != len(m.lemma.scripts):
		return fmt.Errorf("lemma classes %d, scripts %d", m.lemma.model.nclass, len(m.lemma.scripts))
	}
	return nil
}
