// Package attrib finds reported speech in cleaned articles and who it comes
// from: direct quotes in every mark style news uses (“…” „…“ «…» ”…” ‘…’
// "…"), speech introduced by a dash, quotes spanning paragraphs, partial
// quotes inside a sentence, and indirect speech ("X said that …",
// "according to X, …", "…, säger X").
//
// The mechanism is the same in every language; the words come from the
// attribution section of each lexicon file: reporting verbs, source markers,
// pronouns, group nouns, roles, complementizers. A speaker is a name next to
// a reporting verb (before or after it, with an apposition giving role and
// affiliation), a pronoun or a definite description ("the political
// analyst") resolved to the latest compatible speaker, or a group ("officials
// in Kyiv"). A surname alone is resolved to the full name in the same article
// through package names, so Jurkonis and Yurkonis are one person. Kent never
// invents a speaker: a quote with no reporting frame stays unattributed.
package attrib

import (
	"sort"
	"strings"
	"sync"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/lexicon"
)

var calendarOnce sync.Once

// isMonthAbbrev: "sept" is short for "september".
func isMonthAbbrev(a string, months []string) bool {
	for _, m := range months {
		if len(m) > len(a) && strings.HasPrefix(m, a) {
			return true
		}
	}
	return false
}

// Extractor finds quotes. It is safe for concurrent use.
type Extractor struct {
	rules  map[string]*rules
	def    *rules
	places *lexicon.PlaceIndex
}

// New builds an extractor from the lexicons.
func New(lex *lexicon.Set) *Extractor {
	e := &Extractor{rules: map[string]*rules{}}
	calendarOnce.Do(func() {
		for _, c := range lex.Codes() {
			l := lex.Get(c)
			for _, w := range append(append([]string{}, l.Months...), l.Weekdays...) {
				calendarWords[w] = true
			}
			for _, w := range l.Abbreviations {
				if month := strings.ToLower(w); len(month) >= 3 && len(month) <= 4 && isMonthAbbrev(month, l.Months) {
					calendarWords[month] = true
				}
			}
		}
	})
	if p, err := lexicon.LoadPlaces(); err == nil {
		e.places = p.Index()
	}
	for _, c := range lex.Codes() {
		e.rules[c] = newRules(lex.Get(c), lex.All())
	}
	e.def = e.rules["en"]
	if e.def == nil {
		e.def = newRules(&lexicon.Language{}, lex.All())
	}
	// Organisations keep English names in every language's news
	// ("Institute for the Study of War" in a Swedish article).
	for _, r := range e.rules {
		for w := range e.def.orgWords {
			r.orgWords[w] = true
		}
	}
	return e
}

func (e *Extractor) rulesFor(code string) *rules {
	if r := e.rules[code]; r != nil {
		return r
	}
	return e.def
}

// np is a mention of a possible speaker: tokens [start, end), and the
// apposition that follows or precedes it.
type np struct {
	start, end  int
	kind        string // person, organisation, group, pronoun
	role, aff   string
	appStart    int // apposition token range, if any
	appEnd      int
	hasApposite bool
}

func (n np) ok() bool { return n.end > n.start }

// frame is a reporting clause: a cue and the speaker it introduces.
type frame struct {
	cueStart, cueEnd int // token range of the cue
	cue              string
	np               np
	source           bool // "according to X": the content follows the source
	npAfter          bool // the speaker comes after the cue
	sent             int
	speaker          *kent.Speaker
	consumed         bool // introduces a direct quote, not reported speech of its own
	void             bool // lies inside someone's quoted words
}

func (f *frame) first() int { return min(f.cueStart, f.np.start) }
func (f *frame) last() int {
	end := max(f.cueEnd, f.np.end)
	if f.np.hasApposite && f.np.appEnd > end {
		end = f.np.appEnd
	}
	return end
}

type doc struct {
	a        *kent.Article
	toks     []token
	sentTok  [][2]int // token range per sentence
	inQuote  []int    // per token: index into marks, or -1
	marks    []markQuote
	frames   []*frame
	byFrame  [][]*frame // per sentence, its frames in text order
	reg      *registry
	subjects []personMention // people named as subjects, for pronouns
	lower    map[string]bool // words the article writes in lower case somewhere
	bySent   map[int][]*frame
	e        *Extractor
	quotes   []kent.Quote
	warnings []string
}

// Extract returns the quotes of an article in text order, and warnings
// about the text (unbalanced quote marks).
func (e *Extractor) Extract(a *kent.Article) ([]kent.Quote, []string) {
	d := &doc{a: a, e: e, toks: tokenize(a)}
	if len(d.toks) == 0 {
		return nil, nil
	}
	d.marks, d.warnings = findMarkQuotes(a.Text, a.Paragraphs)
	d.index()
	d.reg = newRegistry(d)
	d.lower = d.lowerWords()
	d.subjects = d.subjectMentions()
	d.findFrames()
	dash := d.dashQuotes()
	d.resolveFrames()
	d.resolveDescriptions()
	d.widenMentions()
	d.assignMarkQuotes()
	d.finishDashQuotes(dash)
	d.anaphoricFrames()
	d.indirectQuotes()
	sort.SliceStable(d.quotes, func(i, j int) bool { return d.quotes[i].Span.Start < d.quotes[j].Span.Start })
	d.carryParagraphSpeaker()
	return d.quotes, d.warnings
}

func (d *doc) rules(tok int) *rules {
	p := d.a.Paragraphs[d.toks[tok].para]
	if p.Language != "" {
		return d.e.rulesFor(p.Language)
	}
	return d.e.rulesFor(d.a.Language)
}

func (d *doc) lang(tok int) string {
	if l := d.a.Paragraphs[d.toks[tok].para].Language; l != "" {
		return l
	}
	return d.a.Language
}

func (d *doc) index() {
	n := 0
	for _, t := range d.toks {
		if t.sent+1 > n {
			n = t.sent + 1
		}
	}
	d.sentTok = make([][2]int, n)
	for i := range d.sentTok {
		d.sentTok[i] = [2]int{-1, -1}
	}
	for i, t := range d.toks {
		if d.sentTok[t.sent][0] < 0 {
			d.sentTok[t.sent][0] = i
		}
		d.sentTok[t.sent][1] = i + 1
	}
	d.inQuote = make([]int, len(d.toks))
	q := 0
	for i, t := range d.toks {
		d.inQuote[i] = -1
		for q < len(d.marks) && d.marks[q].content.End <= t.start {
			q++
		}
		if q < len(d.marks) && t.start >= d.marks[q].content.Start && t.end <= d.marks[q].content.End {
			d.inQuote[i] = q
		}
	}
}

// tokenAt returns the index of the token starting at byte offset off.
func (d *doc) tokenAt(off int) int {
	i := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].start >= off })
	if i == len(d.toks) {
		return len(d.toks) - 1
	}
	return i
}

func (d *doc) span(from, to int) kent.Span {
	if to <= from {
		return kent.Span{Start: d.toks[from].start, End: d.toks[from].start}
	}
	return kent.Span{Start: d.toks[from].start, End: d.toks[to-1].end}
}

func (d *doc) text(from, to int) string {
	if to <= from {
		return ""
	}
	s := d.span(from, to)
	return d.a.Text[s.Start:s.End]
}

// findFrames finds every reporting cue outside quote marks with a speaker
// next to it.
func (d *doc) findFrames() {
	for s, rng := range d.sentTok {
		if rng[0] < 0 {
			continue
		}
		ss, se := rng[0], rng[1]
		for i := ss; i < se; i++ {
			if d.inQuote[i] >= 0 || !d.toks[i].word {
				continue
			}
			r := d.rules(i)
			if m := r.pronounSources.match(d.toks, i, se); m > 0 {
				// "jego zdaniem", "по его словам": the source is a pronoun
				d.frames = append(d.frames, &frame{cueStart: i, cueEnd: i + m, cue: d.text(i, i+m), np: np{start: i, end: i + m, kind: "pronoun"}, source: true, npAfter: true, sent: s})
				i += m - 1
				continue
			}
			if m := r.sources.match(d.toks, i, se); m > 0 {
				if n := d.someone(d.parseSource(i+m, se, r)); n.ok() {
					d.frames = append(d.frames, &frame{cueStart: i, cueEnd: i + m, cue: d.text(i, i+m), np: n, source: true, npAfter: true, sent: s})
					i = n.end - 1
					continue
				}
			}
			if m := r.sourcesAfter.match(d.toks, i, se); m > 0 {
				if n := d.someone(d.parseBefore(i, ss, r)); n.ok() {
					d.frames = append(d.frames, &frame{cueStart: i, cueEnd: i + m, cue: d.text(i, i+m), np: n, source: true, sent: s})
					i += m - 1
					continue
				}
			}
			if b := r.blockers.match(d.toks, i, se); b > 0 {
				i += b - 1
				continue
			}
			m := r.verbs.match(d.toks, i, se)
			if m == 0 {
				continue
			}
			before := d.someone(d.parseBefore(i, ss, r))
			after := d.someone(d.parseAfter(i+m, se, r))
			if !before.ok() && !after.ok() {
				after = d.someone(d.subjectPastAdverbial(i+m, se, r))
			}
			if !before.ok() {
				before = d.someone(d.relativeSubject(i, ss, r))
			}
			if !before.ok() {
				before = d.groupWithModifier(i, ss, r)
			}
			f := &frame{cueStart: i, cueEnd: i + m, cue: d.text(i, i+m), sent: s}
			switch {
			case before.ok() && after.ok() && r.verbSecond:
				f.np, f.npAfter = d.pickSubject(before, after, ss, r)
			case before.ok():
				f.np = before
			case after.ok():
				f.np, f.npAfter = after, true
			case r.proDrop && i > ss && (isDash(d.toks[i-1].text) || d.toks[i-1].text == "," || isQuoteMark(d.toks[i-1].text)):
				// "– Nie wyślemy żołnierzy – powiedział.": the verb's ending
				// is the subject; it stands for the latest speaker.
				f.np = np{start: i, end: i + m, kind: "pronoun"}
			default:
				continue
			}
			d.frames = append(d.frames, f)
			i += m - 1
		}
	}
	// "Hartog: “…”" — a name and a colon open a quote.
	for qi, q := range d.marks {
		oi := d.tokenAt(q.open)
		if oi < 2 || d.toks[oi-1].text != ":" {
			continue
		}
		s := d.toks[oi].sent
		ss := d.sentTok[s][0]
		n := d.parseBefore(oi-1, ss, d.rules(oi))
		if !n.ok() || !d.clauseStart(n.start, ss, d.rules(oi)) || n.hasApposite {
			continue
		}
		_ = qi
		d.frames = append(d.frames, &frame{cueStart: oi - 1, cueEnd: oi, cue: ":", np: n, sent: s})
	}
	sort.SliceStable(d.frames, func(i, j int) bool { return d.frames[i].first() < d.frames[j].first() })
	// Quotes look for frames in their own sentences: an index keeps that
	// linear in the article's length.
	d.byFrame = make([][]*frame, len(d.sentTok))
	for _, f := range d.frames {
		d.byFrame[f.sent] = append(d.byFrame[f.sent], f)
	}
}

// framesIn returns the frames of sentences from to to (inclusive), in text
// order.
func (d *doc) framesIn(from, to int) []*frame {
	if from == to {
		return d.byFrame[from]
	}
	var out []*frame
	for s := from; s <= to; s++ {
		out = append(out, d.byFrame[s]...)
	}
	return out
}

// clauseStart reports whether only function words, punctuation and dashes
// come between the start of the clause and token i.
func (d *doc) clauseStart(i, ss int, r *rules) bool {
	for k := i - 1; k >= ss; k-- {
		t := d.toks[k]
		if !t.word {
			if t.text == "," || t.text == ":" || t.text == ";" {
				return true
			}
			continue
		}
		if !r.function[t.low] {
			return false
		}
	}
	return true
}

// parseAfter reads a speaker that follows a cue: "said Mark Cancian, a
// former … colonel", "säger han", "stresses political scientist Valery
// Karbalevich", "said a senior official".
func (d *doc) parseAfter(i, se int, r *rules) np {
	if i >= se || !d.toks[i].word {
		return np{}
	}
	if r.pronouns[d.toks[i].low] {
		return np{start: i, end: i + 1, kind: "pronoun"}
	}
	if r.complementizers[d.toks[i].low] {
		return np{} // "it is thought that Putin …": the clause, not a speaker
	}
	k := i
	for k < se && d.toks[k].word {
		t := d.toks[k]
		if t.isCap() || r.roleWords.has(t.low) || r.groups.has(t.low) || (k > i && r.connectors[t.low]) || (k == i && r.function[t.low]) {
			k++
			continue
		}
		break
	}
	for k > i && r.connectors[d.toks[k-1].low] && !d.toks[k-1].isCap() {
		k--
	}
	// "министр обороны Виктор Хренин", "советник главы офиса президента
	// Михаил Подоляк": a role, its lower-case complement, then the name.
	if k > i && k < se && d.hasGroupWord(i, k, r) && !d.toks[k-1].isCap() {
		for x := k; x < se && x < k+4 && d.toks[x].word && d.inQuote[x] < 0; x++ {
			if d.toks[x].isCap() {
				y := x
				for y < se && d.toks[y].isCap() {
					y++
				}
				k = y
				break
			}
		}
	}
	if k > i && k < se && d.hasGroupWord(i, k, r) {
		k = d.nameAfterRole(k, se) // "il ministro delle Finanze tedesco Christian Lindner"
	}
	if k == i {
		return np{}
	}
	// The name is the last capitalised run; what precedes it is a role
	// ("Russia correspondent Eva Hartog").
	b := k
	for {
		if b > i && d.toks[b-1].isCap() {
			b--
			continue
		}
		if nb, ok := d.joinsBack(b, i, r); ok {
			b = nb
			continue
		}
		break
	}
	var n np
	b = d.cutAtConnector(b, k, r)
	if b < k {
		b = d.stripTitles(b, k, r)
	}
	// "analityka Ośrodka Studiów Wschodnich Kamila Kłysińskiego": an
	// organisation's name followed by a person's in one capitalised run.
	aff, roleEnd := "", b
	if k-b >= 4 {
		for x := b; x < k-2; x++ {
			if r.orgWords.has(d.toks[x].low) {
				aff = d.text(b, k-2)
				b = k - 2
				break
			}
		}
	}
	if b < k {
		n = np{start: b, end: k, kind: d.nameKind(b, k, r), aff: aff}
		if role := d.roleText(i, roleEnd, r); role != "" {
			n.role = role
		}
	} else {
		if !d.hasGroupWord(i, k, r) {
			return np{}
		}
		n = np{start: i, end: k, kind: kent.SpeakerGroup}
	}
	if k < se && d.toks[k].text == "," {
		a, z := k+1, k+1
		for z < se && d.toks[z].text != "," && d.toks[z].text != ";" && z-a < 30 && d.inQuote[z] < 0 && !isQuoteMark(d.toks[z].text) {
			z++
		}
		if z > a && d.isApposition(a, z, r) {
			n.hasApposite, n.appStart, n.appEnd = true, a, z
			if z < se && d.toks[z].text == "," {
				n.appEnd = z + 1
			}
			role, aff := d.apposition(a, z, r)
			if n.role == "" {
				n.role = role
			}
			n.aff = aff
		}
	}
	return n
}

// parseSource reads the source after "according to", "laut", "по словам":
// as parseAfter, but in languages that write nouns with a capital or put no
// comma after the source ("Laut dem ukrainischen Generalstab stehen …") the
// phrase may run over lower-case words to a capitalised one.
func (d *doc) parseSource(i, se int, r *rules) np {
	n := d.parseAfter(i, se, r)
	if n.ok() && n.end > i+1 {
		return n
	}
	last := -1
	for k := i; k < se && k < i+5 && d.toks[k].word && d.inQuote[k] < 0 && (k == i || r.verbs.match(d.toks, k, se) == 0); k++ {
		if d.toks[k].isCap() {
			last = k
		}
		if last < 0 && (r.groups.has(d.toks[k].low) || r.roleWords.has(d.toks[k].low)) {
			// "według ukraińskiego wywiadu", "по данным украинской разведки"
			return np{start: i, end: k + 1, kind: kent.SpeakerGroup}
		}
	}
	if last < 0 || (n.ok() && n.end > last) {
		return n
	}
	start := i
	for start < last && r.function[d.toks[start].low] {
		start++
	}
	if p, ok := d.personAtEnd(start, last+1, r); ok {
		return p // "nach Einschätzung des amerikanischen Politologen Matthias Matthijs"
	}
	return np{start: start, end: last + 1, kind: kent.SpeakerGroup}
}

// parseBefore reads a speaker that ends right before a cue: "Jurkonis
// noted", "Katia Glod, a Belarus expert at …, said", "officials in Kyiv
// have warned", "A senior US defense official said", "he said".
func (d *doc) parseBefore(cue, ss int, r *rules) np {
	j := cue - 1
	for j >= ss && d.toks[j].word && r.aux[d.toks[j].low] {
		j--
	}
	var n np
	if j >= ss && d.toks[j].text == "," {
		k := j - 1
		for k >= ss && k >= j-30 && d.toks[k].text != "," && !isQuoteMark(d.toks[k].text) && d.inQuote[k] < 0 {
			k--
		}
		if k < ss || d.toks[k].text != "," || k == j-1 || !d.isApposition(k+1, j, r) {
			return d.nameInCommas(k, j, ss, r) // "Der Präsident des DIW, Marcel Fratzscher, hält"
		}
		n.hasApposite, n.appStart, n.appEnd = true, k+1, j
		j = k - 1
	}
	if j < ss || !d.toks[j].word || d.inQuote[j] >= 0 {
		return np{}
	}
	t := d.toks[j]
	switch {
	case r.pronouns[t.low]:
		if n.hasApposite {
			return np{}
		}
		n.start, n.end, n.kind = j, j+1, "pronoun"
		return n
	case t.isCap():
		b := j
		for {
			if b-1 >= ss && d.toks[b-1].isCap() && d.inQuote[b-1] < 0 {
				b--
				continue
			}
			if nb, ok := d.joinsBack(b, ss, r); ok {
				b = nb
				continue
			}
			break
		}
		for b <= j && d.atSentenceStart(b, ss) && r.function[d.toks[b].low] {
			b++
		}
		if b > j {
			return np{}
		}
		b = d.cutAtConnector(b, j+1, r)
		titleStart := b
		b = d.stripTitles(b, j+1, r)
		// "officials in Kyiv": a group noun and a place.
		if b-2 >= ss && d.toks[b-1].word && !d.toks[b-1].isCap() && r.function[d.toks[b-1].low] && r.groups.has(d.toks[b-2].low) {
			g := d.groupStart(b-2, ss, r)
			n.start, n.end, n.kind = g, j+1, kent.SpeakerGroup
			break
		}
		n.start, n.end = b, j+1
		if b == j && r.groups.has(t.low) {
			n.kind = kent.SpeakerGroup
		} else {
			n.kind = d.nameKind(b, j+1, r)
		}
		// A role right before the name: "political analyst Vytis Yurkonis".
		rs := titleStart
		isRole := func(w string) bool { return r.roleWords.has(w) || r.groups.has(w) }
		for rs-1 >= ss && d.toks[rs-1].word && !d.toks[rs-1].isCap() && (isRole(d.toks[rs-1].low) || (rs-2 >= ss && isRole(d.toks[rs-2].low) && !r.function[d.toks[rs-1].low])) && b-rs < 4 {
			rs--
		}
		if rs < b {
			n.role = d.text(rs, b)
		}
	case r.groups.has(t.low) || r.roleWords.has(t.low):
		g := d.groupStart(j, ss, r)
		n.start, n.end, n.kind = g, j+1, kent.SpeakerGroup
	default:
		return np{}
	}
	if n.hasApposite {
		role, aff := d.apposition(n.appStart, n.appEnd, r)
		if n.role == "" {
			n.role = role
		}
		n.aff = aff
	}
	return n
}

// joinsBack reports whether the name run can extend left from b over up to
// two connectors to a capitalised word ("Institute for the Study"); it
// returns the new start.
func (d *doc) joinsBack(b, lo int, r *rules) (int, bool) {
	for c := 1; c <= 2; c++ {
		x := b - c
		if x-1 < lo || d.inQuote[x] >= 0 || !d.toks[x].word || d.toks[x].isCap() || !r.connectors[d.toks[x].low] {
			return b, false
		}
		if d.toks[x-1].isCap() && d.inQuote[x-1] < 0 {
			return x - 1, true
		}
	}
	return b, false
}

// stripTitles moves honorifics and titles from the front of a name to the
// role: "Mr Jurkonis", "President Vladimir Putin".
func (d *doc) stripTitles(b, e int, r *rules) int {
	stripped := false
	for b < e-1 {
		switch {
		case r.roleWords.has(d.toks[b].low):
			stripped = true
		case e-b >= 3 && d.e.places != nil && len(d.e.places.Match(d.toks[b].text)) > 0 && r.roleWords.has(d.toks[b+1].low):
			// "Ukrainian President Volodymyr Zelensky"
		default:
			goto done
		}
		b++
	}
done:
	// "Президент Беларуси Александр Лукашенко", "Prezydent Białorusi …":
	// the country after a title belongs to the title.
	if stripped && e-b >= 3 && d.e.places != nil && len(d.e.places.Match(d.toks[b].text)) > 0 {
		b++
	}
	return b
}

// cutAtConnector keeps "Center for Strategic and International Studies"
// whole but splits "Putin and Lukashenko": a run joined by connectors is one
// name only if it names an organisation; otherwise the part nearest the cue
// (the end) is the name.
func (d *doc) cutAtConnector(b, e int, r *rules) int {
	if d.nameKind(b, e, r) == kent.SpeakerOrganisation {
		return b
	}
	for x := e - 1; x > b; x-- {
		if !d.toks[x].isCap() && r.connectors[d.toks[x].low] {
			return x + 1
		}
	}
	return b
}

// isApposition accepts ", a Belarus expert at …," or ", ISW," but not a
// clause between commas: an apposition names a role, a group or an
// organisation early on, or is an acronym.
func (d *doc) isApposition(a, z int, r *rules) bool {
	if z-a == 1 && d.toks[a].isAcronym() || d.describedBy(a, z, r) {
		return true
	}
	for x := a; x < z && x < a+7; x++ {
		w := d.toks[x].low
		if r.roleWords.has(w) || r.groups.has(w) || r.orgWords[w] {
			return true
		}
	}
	return false
}

func (d *doc) atSentenceStart(i, ss int) bool {
	for k := i - 1; k >= ss; k-- {
		if d.toks[k].word {
			return false
		}
	}
	return true
}

// groupStart walks back from a group noun over its modifiers to the start
// of the noun phrase, skipping a leading article.
func (d *doc) groupStart(j, ss int, r *rules) int {
	g := j
	for g-1 >= ss && g > j-6 && d.toks[g-1].word && d.inQuote[g-1] < 0 && !r.aux[d.toks[g-1].low] {
		prev := d.toks[g-1]
		if r.function[prev.low] && !d.atSentenceStart(g-1, ss) && !(g-2 >= ss && !d.toks[g-2].word) {
			// a function word inside the clause ends the phrase unless it
			// is the phrase's own article at a clause start
			if !d.clauseStart(g-1, ss, r) {
				break
			}
		}
		g--
	}
	for g < j && r.function[d.toks[g].low] {
		g++ // "A senior …", "the political analyst"
	}
	return g
}

func (d *doc) hasGroupWord(i, k int, r *rules) bool {
	for x := i; x < k; x++ {
		if r.groups.has(d.toks[x].low) || r.roleWords.has(d.toks[x].low) {
			return true
		}
	}
	return false
}

func (d *doc) nameKind(b, e int, r *rules) string {
	for x := b; x < e; x++ {
		if r.orgWords[d.toks[x].low] {
			return kent.SpeakerOrganisation
		}
	}
	if e-b == 1 && d.toks[b].isAcronym() {
		return kent.SpeakerOrganisation
	}
	if e-b == 1 && r.groups.has(d.toks[b].low) {
		return kent.SpeakerOrganisation // "the Kremlin", "Pentagon"
	}
	return kent.SpeakerPerson
}

// roleText returns the role words between i and the name at b, without a
// leading article.
func (d *doc) roleText(i, b int, r *rules) string {
	for i < b && r.function[d.toks[i].low] {
		i++
	}
	return d.text(i, b)
}

// apposition reads role and affiliation from ", a Belarus expert at the
// Center for European Policy Analysis think tank,": the affiliation is the
// capitalised run that names an organisation (or follows an affiliation
// preposition), the role is what comes before it.
func (d *doc) apposition(a, z int, r *rules) (role, aff string) {
	// Each capitalised run scores 2 for a capitalised organisation word
	// (University, Center), 1 for a lower-case one (institutet) or an
	// affiliation preposition before it; the best run is the affiliation.
	bestA, bestZ, bestScore := -1, -1, 0
	for x := a; x < z; {
		if !d.toks[x].isCap() || d.toks[x].isAcronym() && z-a == 1 {
			x++
			continue
		}
		y := x
		score := 0
		for y < z && d.toks[y].word {
			t := d.toks[y]
			joins := r.connectors[t.low] && (y+1 < z && d.toks[y+1].isCap() || y+2 < z && r.connectors[d.toks[y+1].low] && d.toks[y+2].isCap())
			if !t.isCap() && !joins && !r.orgWords[t.low] {
				break
			}
			if r.orgWords[t.low] {
				if t.isCap() {
					score = max(score, 4)
				} else {
					score = max(score, 3)
				}
			}
			y++
		}
		if x > a && r.affPreps[d.toks[x-1].low] || x > a+1 && r.function[d.toks[x-1].low] && r.affPreps[d.toks[x-2].low] {
			score = max(score, 1)
		}
		if score > bestScore {
			bestA, bestZ, bestScore = x, y, score
		}
		x = y
	}
	for z > a && !d.toks[z-1].word {
		z--
	}
	start := a
	for start < z && r.function[d.toks[start].low] && !r.affPreps[d.toks[start].low] {
		start++
	}
	if bestA < 0 {
		return strings.TrimSpace(d.text(start, z)), ""
	}
	// The role ends before the preposition that introduces the affiliation.
	re := bestA
	for re > start && (r.function[d.toks[re-1].low] || r.affPreps[d.toks[re-1].low]) {
		re--
	}
	return d.text(start, re), d.text(bestA, bestZ)
}
