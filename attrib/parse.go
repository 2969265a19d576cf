package attrib

import (
	"strings"
	"sync/atomic"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/syntax"
)

// The dependency parse of a sentence tells which noun phrase is the
// subject of a speech or belief verb, which surface patterns can only
// guess at in verb-second languages ("Eine Staatspleite hält Marcel
// Fratzscher für …", "Nate Silver (FiveThirtyEight) sieht die
// Wahrscheinlichkeit …"). Parsing costs far more than the rest of attrib,
// so a sentence is parsed only when a cue in it leaves the surface
// patterns unsure, and at most once.

// maxParseTokens bounds the sentences worth parsing: a longer "sentence"
// is a list or a segmentation failure, where a subject means little.
const maxParseTokens = 80

// Parsed counts the sentences attrib has parsed, for benchmarks.
var Parsed atomic.Int64

// sentParse is one sentence's parse: words[k] is token base+k.
type sentParse struct {
	base  int
	words []syntax.Token
}

// parseOf returns the parse of sentence s, parsing it on first use; nil
// when parsing is off, the language has no parser or the sentence is too
// long.
func (d *doc) parseOf(s int) *sentParse {
	if d.e.noParse {
		return nil
	}
	return d.parseUpTo(s, maxParseTokens)
}

// parseUpTo is parseOf for sentences of at most max tokens.
func (d *doc) parseUpTo(s, max int) *sentParse {
	if d.parses == nil {
		d.parses = make(map[int]*sentParse)
	}
	if p, ok := d.parses[s]; ok {
		return p
	}
	d.parses[s] = nil
	ss, se := d.sentTok[s][0], d.sentTok[s][1]
	if ss < 0 || se-ss > max {
		return nil
	}
	m, ok := syntax.ForLanguage(d.lang(ss))
	if !ok || !m.HasParser() {
		return nil
	}
	forms, of := d.parseForms(ss, se)
	p := &sentParse{base: ss, words: spreadParse(m.Parse(forms), of, se-ss)}
	d.parses[s] = p
	Parsed.Add(1)
	return p
}

// parseForms lists the words the parser reads for tokens [ss, se) and, for
// each, its token's offset from ss. The glued full stop of an
// abbreviation of the language ("Dr.", "Mr.", "prof.", "ген.") goes with
// its word, as in the treebanks the models learnt from: read apart, the
// dot ends a sentence for the parser and "Frau Dr. Weisgerber hatte das
// erwähnt" loses its subject. A dot that ends the sentence stays apart.
func (d *doc) parseForms(ss, se int) ([]string, []int) {
	forms := make([]string, 0, se-ss)
	of := make([]int, 0, se-ss)
	r := d.rules(ss)
	for k := ss; k < se; k++ {
		if n := len(forms); n > 0 && k+1 < se && d.toks[k].Text == "." && d.toks[k-1].End == d.toks[k].Start &&
			d.toks[k-1].Word && r.abbrevs[d.toks[k-1].Low] {
			forms[n-1] += "."
			continue
		}
		forms = append(forms, d.toks[k].Text)
		of = append(of, k-ss)
	}
	return forms, of
}

// spreadParse maps the parse of the words parseForms made back onto the n
// tokens: heads point at tokens, and a dot joined to its abbreviation is
// punctuation under it.
func spreadParse(ws []syntax.Token, of []int, n int) []syntax.Token {
	if len(ws) == n {
		return ws
	}
	out := make([]syntax.Token, n)
	filled := make([]bool, n)
	for i, w := range ws {
		if i >= len(of) {
			break
		}
		if w.Head > 0 && w.Head <= len(of) {
			w.Head = of[w.Head-1] + 1
		}
		if strings.HasSuffix(w.Form, ".") && (i+1 == len(of) || of[i+1] > of[i]+1) {
			w.Form = strings.TrimSuffix(w.Form, ".")
		}
		out[of[i]], filled[of[i]] = w, true
	}
	for t := range out {
		if !filled[t] {
			head := 0
			if t > 0 {
				head = t // the word before, 1-based
			}
			out[t] = syntax.Token{Form: ".", Lemma: ".", UPOS: "PUNCT", Head: head, Rel: "punct"}
		}
	}
	return out
}

// head returns the token index of token t's head, or -1 for the root.
func (p *sentParse) head(t int) int {
	h := p.words[t-p.base].Head
	if h <= 0 {
		return -1
	}
	return p.base + h - 1
}

func (p *sentParse) rel(t int) string  { return p.words[t-p.base].Rel }
func (p *sentParse) upos(t int) string { return p.words[t-p.base].UPOS }

// under reports whether token x lies in the subtree of token root.
func (p *sentParse) under(x, root int) bool {
	for steps := 0; x >= 0 && steps < len(p.words); steps++ {
		if x == root {
			return true
		}
		x = p.head(x)
	}
	return false
}

// cueHeads are the tokens of the cue [i, j) that a subject can hang on:
// the cue's words, and the head of any that is an auxiliary or copula
// ("ist überzeugt", "has said").
func (p *sentParse) cueHeads(i, j int) []int {
	var hs []int
	for k := i; k < j; k++ {
		hs = append(hs, k)
		if r := p.rel(k); (r == "aux" || r == "cop" || strings.HasPrefix(r, "aux:")) && p.head(k) >= 0 {
			hs = append(hs, p.head(k))
		}
	}
	return hs
}

// subjectsOf lists the subjects the parse gives the cue [i, j): the nsubj
// dependents of its words; for a verb in a relative clause with a relative
// pronoun as subject ("…, who expects"), the noun the clause modifies; for
// a verb conjoined to another with no subject of its own ("He smiled and
// said"), that verb's subject.
func (p *sentParse) subjectsOf(i, j int) []int {
	heads := p.cueHeads(i, j)
	var out []int
	end := p.base + len(p.words)
	for x := p.base; x < end; x++ {
		if !strings.HasPrefix(p.rel(x), "nsubj") {
			continue
		}
		for _, h := range heads {
			if p.head(x) == h {
				out = append(out, x)
				break
			}
		}
	}
	if len(out) == 0 {
		for _, h := range heads {
			if p.rel(h) == "conj" && p.head(h) >= 0 && p.upos(p.head(h)) == "VERB" && p.hasChild(h, "cc") {
				return p.subjectsOf(p.head(h), p.head(h)+1)
			}
		}
	}
	for k, x := range out {
		if h := heads[len(heads)-1]; p.upos(x) == "PRON" && strings.HasPrefix(p.rel(h), "acl") && p.head(h) >= 0 {
			out[k] = p.head(h) // the relative's antecedent
		}
	}
	return out
}

// hasChild reports whether token h has a dependent with relation rel.
func (p *sentParse) hasChild(h int, rel string) bool {
	for x := p.base; x < p.base+len(p.words); x++ {
		if p.head(x) == h && p.rel(x) == rel {
			return true
		}
	}
	return false
}

// nameSpan is the run of capitalised tokens around token s that belong to
// its subtree: "Nate Silver" for the subject "Silver" whose first name the
// parser took for a modifier.
func (d *doc) nameSpan(p *sentParse, s int) (int, int) {
	b, e := s, s+1
	lo, hi := p.base, p.base+len(p.words)
	for b-1 >= lo && d.isCap(d.toks[b-1]) && d.inQuote[b-1] < 0 && p.under(b-1, s) {
		b--
	}
	for e < hi && (d.isCap(d.toks[e]) || d.particle(e) && e+1 < hi && d.isCap(d.toks[e+1])) && d.inQuote[e] < 0 && p.under(e, s) {
		e++
	}
	// "Ursula von der Leyen", "Eva de Boer": the parser may hang the
	// particles and surname elsewhere; after a given name they are the
	// name's.
	if x := d.particlesOn(e, hi); x > e {
		e = x
		for e < hi && d.isCap(d.toks[e]) && d.inQuote[e] < 0 {
			e++
		}
	}
	return b, e
}

// parseSubject reads the subject of the cue [i, j) in sentence s from the
// parse: a named person or organisation, a pronoun, or a group ("analysts
// in Kyiv"); a name first when the parser gives the verb several
// subjects ("Election forecaster Nate Silver says"). It prefers the
// surface candidates before and after when they cover the subject, since
// they carry roles and appositions; it reports false when the parse gives
// no such subject, and the surface patterns decide.
func (d *doc) parseSubject(i, j, s int, before, after np, r *rules) (np, bool, bool) {
	p := d.parseOf(s)
	if p == nil {
		return np{}, false, false
	}
	subj := p.subjectsOf(i, j)
	for pass := 0; pass < 3; pass++ {
		var xs []int
		for _, x := range subj {
			if d.inQuote[x] >= 0 || x >= i && x < j {
				continue
			}
			if x, rank := d.subjectRank(p, x, r); rank == pass {
				xs = append(xs, x)
			}
		}
		if len(xs) > 1 {
			xs = d.preferSurface(xs, i, before, after, s, r)
		}
		for _, x := range xs {
			if pass == 1 {
				if before.ok() && before.kind == "pronoun" && before.start == x {
					return before, false, true
				}
				if after.ok() && after.kind == "pronoun" && after.start == x {
					return after, true, true
				}
				return np{start: x, end: x + 1, kind: "pronoun"}, x > i, true
			}
			if n, ok := d.subjectAt(p, x, s, before, after, r); ok {
				return n, x > i, true
			}
		}
	}
	return np{}, false, false
}

// subjectRank ranks a subject x the parse gives a cue: 0 a proper noun,
// 1 a pronoun, 2 a role, group or organisation noun, -1 anything else
// ("die Wahrscheinlichkeit", "the model"). A role noun with a name in its
// phrase stands for that name.
func (d *doc) subjectRank(p *sentParse, x int, r *rules) (int, int) {
	t := d.toks[x]
	switch {
	case d.timeNoun(x):
		return x, -1 // "Am Donnerstag bekräftigte Paschinjan": a time the parser took for a name
	case r.pronouns[t.Low]:
		return x, 1
	case p.upos(x) == "PROPN":
		return x, 0
	case r.groups.has(t.Low) || r.roleWords.has(t.Low) || r.orgWords[t.Low]:
		if y := p.nameOf(x); y >= 0 && (d.singularRole(t.Low, r) || r.orgWords[t.Low]) {
			return y, 0 // "Szef unijnej dyplomacji Josep Borrell"
		}
		return x, 2
	}
	return x, -1
}

// preferSurface orders subjects of equal rank so that the one the surface
// reading chose comes first: the parser gives "Men liksom ISW bedömer
// Hedenskog …" two subjects, and word order knows which is the verb's.
func (d *doc) preferSurface(xs []int, i int, before, after np, s int, r *rules) []int {
	pick := before
	switch {
	case before.ok() && after.ok() && r.verbSecond:
		pick, _ = d.pickSubject(before, after, d.sentTok[s][0], r)
	case !before.ok():
		pick = after
	}
	for k, x := range xs {
		if pick.ok() && x >= pick.start && x < pick.end {
			out := append([]int{x}, xs[:k]...)
			return append(out, xs[k+1:]...)
		}
	}
	return xs
}

// nameOf returns the proper noun that names the person or organisation a
// role or group noun x describes: an apposition in its phrase or a flat
// name after it ("Szef unijnej dyplomacji Josep Borrell", "Der Präsident
// des DIW, Marcel Fratzscher,"), or -1.
func (p *sentParse) nameOf(x int) int {
	end := p.base + len(p.words)
	for y := x + 1; y < end && y < x+10; y++ {
		if p.upos(y) == "PROPN" && (p.rel(y) == "appos" || p.head(y) == x && strings.HasPrefix(p.rel(y), "flat")) && p.under(y, x) {
			return y
		}
	}
	return -1
}

// subjectAt turns the parse's subject x of the cue at i into a speaker
// mention: the surface candidate that covers it, or the phrase the
// surface readers find around it.
func (d *doc) subjectAt(p *sentParse, x, s int, before, after np, r *rules) (np, bool) {
	ss, se := d.sentTok[s][0], d.sentTok[s][1]
	b, e := d.nameSpan(p, x)
	if !d.isCap(d.toks[x]) {
		b, e = x, x+1 // a group noun: the surface phrase around it decides its span
	}
	if n, ok := covering(before, b, e); ok {
		return n, true
	}
	if n, ok := covering(after, b, e); ok {
		return n, true
	}
	for _, n := range []np{before, after} {
		if n.ok() && n.kind != "pronoun" && n.kind != kent.SpeakerGroup && p.under(n.end-1, x) {
			return n, true // a name inside the subject's phrase: "Der Präsident des DIW, Marcel Fratzscher,"
		}
	}
	if !d.isCap(d.toks[x]) {
		b, e = d.phraseSpan(p, x, r)
		return np{start: b, end: e, kind: kent.SpeakerGroup}, true
	}
	if n := d.someone(d.parseBefore(e, ss, r)); n.ok() && n.kind != "pronoun" && n.end == e && n.start <= x {
		return n, true
	}
	if n := d.someone(d.parseAfter(b, se, r)); n.ok() && n.kind != "pronoun" && n.start <= x && n.end > x {
		return n, true
	}
	// "Аналитик Ольга Петрова, напротив, полагает": the parse's name
	// span opens with the capitalised title that starts the sentence.
	if tb := d.stripTitles(b, e, r); tb > b && tb < e {
		if n := d.someone(np{start: tb, end: e, kind: d.nameKind(tb, e, r), role: d.roleForm(b, tb, r)}); n.ok() {
			return n, true
		}
	}
	if n := d.someone(np{start: b, end: e, kind: d.nameKind(b, e, r)}); n.ok() {
		return n, true
	}
	return np{}, false
}

// phraseSpan is the noun phrase of a group noun x as the parse builds it,
// without its leading article and up to the first punctuation: "La
// mayoría de los economistas, 55 de 82, cree".
func (d *doc) phraseSpan(p *sentParse, x int, r *rules) (int, int) {
	b, e := x, x+1
	for b-1 >= p.base && d.toks[b-1].Word && d.inQuote[b-1] < 0 && p.under(b-1, x) {
		b--
	}
	for e < p.base+len(p.words) && d.toks[e].Word && d.inQuote[e] < 0 && p.under(e, x) {
		e++
	}
	for b < x && (r.function[d.toks[b].Low] || r.articles[d.toks[b].Low]) && !r.groups.has(d.toks[b].Low) {
		b++
	}
	return b, e
}

// covering returns n when it is a candidate that takes in part of tokens
// [b, e).
func covering(n np, b, e int) (np, bool) {
	if !n.ok() || n.kind == "pronoun" {
		return np{}, false
	}
	if n.start < e && n.end > b || n.hasApposite && n.appStart < e && n.appEnd > b {
		return n, true
	}
	return np{}, false
}

// sourceUnsure reports whether the surface reading n of the source after a
// cue ending at k may have missed its head: it found none, or skipped
// words to reach a capitalised one ("Nach Einschätzung des Kieler
// Instituts für Weltwirtschaft", "По оценке аналитиков Сбербанка"), or
// stopped before more words ("von Marcel Fratzscher ist …").
func (d *doc) sourceUnsure(n np, k, se int) bool {
	if !n.ok() {
		return true
	}
	r := d.rules(k)
	for x := k; x < n.start; x++ {
		t := d.toks[x]
		if t.Word && !r.function[t.Low] && !r.articles[t.Low] && !d.isCap(t) && !d.singularRole(t.Low, r) {
			return true // "W ocenie ekonomistów banku PKO BP": the source is the economists
		}
	}
	if n.kind == kent.SpeakerPerson && n.end-n.start >= 2 || n.end-n.start == 1 && d.singularRole(d.toks[n.start].Low, r) {
		return false // a full name ("enligt SEB:s chefsstrateg Amanda Sundström"), or one who stands for a name ("zdaniem autora")
	}
	return n.end < se && d.toks[n.end].Word && !n.hasApposite
}

// parseSourceNP reads the source of the cue [i, j) ("according to",
// "nach Einschätzung", "по оценке") from the parse: the nominal the cue
// governs, or the one the cue's preposition marks; when that is a noun of
// assessment ("the assessment of the Kiel Institute", "Konjunkturinstitutets
// bedömning"), its own modifier. The source is that noun's phrase.
func (d *doc) parseSourceNP(i, j, s int, r *rules) (np, bool) {
	p := d.parseOf(s)
	if p == nil {
		return np{}, false
	}
	end := p.base + len(p.words)
	x := -1
	for y := p.base; y < end && x < 0; y++ {
		if y >= i && y < j || d.inQuote[y] >= 0 || !d.toks[y].Word {
			continue
		}
		if h := p.head(y); h >= i && h < j && (isNominalRel(p.rel(y)) || p.rel(y) == "obj") {
			x = y
		}
		for c := i; c < j && x < 0; c++ {
			if p.head(c) == y && (p.rel(c) == "case" || p.rel(c) == "fixed") {
				x = y
			}
		}
	}
	if x < 0 {
		return np{}, false
	}
	x0 := x
	holder := func(y int) bool {
		w := d.toks[y].Low
		return p.upos(y) == "PROPN" || r.groups.has(w) || r.roleWords.has(w) || r.orgWords[w] || endsIn(w, r.orgWords) ||
			d.isCap(d.toks[y]) && endsIn(strings.TrimSuffix(w, "s"), r.orgWords) // "Konjunkturinstitutets", "Instituts"
	}
	if !holder(x) {
		// "the assessment of the Kiel Institute": the assessment's owner
		y := -1
		for z := p.base; z < end; z++ {
			if p.head(z) == x && isNominalRel(p.rel(z)) && holder(z) {
				y = z
				break
			}
		}
		if y < 0 {
			return np{}, false
		}
		x = y
	}
	b, e := d.phraseSpan(p, x, r)
	for b < e && (b >= i && b < j || r.function[d.toks[b].Low] || r.articles[d.toks[b].Low]) {
		b++ // not the cue, nor an article: "Laut dem ukrainischen Generalstab"
	}
	for e+1 < end && r.connectors[d.toks[e].Low] && d.isCap(d.toks[e+1]) && d.inQuote[e+1] < 0 {
		e += 2 // "Kieler Instituts für Weltwirtschaft"
	}
	if e <= b || e-b > 8 {
		return np{}, false
	}
	n, ok := d.sourcePhrase(p, x, b, e, r)
	if x0 >= e {
		n.tail = x0 + 1 // "Enligt Konjunkturinstitutets bedömning": the assessment is the cue's
	}
	return n, ok
}

// sourcePhrase makes the source phrase [b, e) headed by x a mention: a
// role's name, a group, a person or an organisation.
func (d *doc) sourcePhrase(p *sentParse, x, b, e int, r *rules) (np, bool) {
	t := d.toks[x]
	switch {
	case r.groups.has(t.Low) || r.roleWords.has(t.Low):
		y := p.nameOf(x)
		sing := strings.Contains(p.words[x-p.base].Feats, "Number=Sing")
		if y < 0 && (x+1 < e || sing && x+1 < p.base+len(p.words) && d.inQuote[x+1] < 0) && d.isCap(d.toks[x+1]) && p.upos(x+1) == "PROPN" {
			y = x + 1 // "экономиста Ивана Петрова"; "według analityczki Nowak", which the parse may hang elsewhere
		}
		// A role right before a name, which the parse reads as singular,
		// describes that one person even in a form a group shares
		// ("enligt analytikern Berg", "według analityczki Nowak").
		if y >= 0 && (d.singularRole(t.Low, r) || y == x+1 && sing) {
			nb, ne := d.nameSpan(p, y)
			return np{start: nb, end: ne, kind: d.nameKind(nb, ne, r), role: d.roleText(b, nb, r)}, true
		}
		return np{start: b, end: e, kind: kent.SpeakerGroup}, true
	case p.upos(x) == "PROPN" && d.isCap(t) && d.nameKind(b, e, r) == kent.SpeakerPerson:
		nb, ne := d.nameSpan(p, x) // "Tomasza Kowalskiego z Uniwersytetu Śląskiego": the name
		return np{start: nb, end: ne, kind: kent.SpeakerPerson}, true
	}
	return np{start: b, end: e, kind: kent.SpeakerOrganisation}, true
}

// isNominalRel: the relations by which a noun hangs on a noun or verb.
func isNominalRel(rel string) bool {
	return strings.HasPrefix(rel, "nmod") || strings.HasPrefix(rel, "obl") || rel == "appos"
}
