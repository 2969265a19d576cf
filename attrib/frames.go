package attrib

import (
	"sort"
	"strings"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/tokens"
)

// np is a mention of a possible speaker: tokens [start, end), and the
// apposition that follows or precedes it.
type np struct {
	start, end  int
	kind        string // person, organisation, group, pronoun
	role, aff   string
	appStart    int // apposition token range, if any
	appEnd      int
	hasApposite bool
	tail        int  // end of the source phrase past the mention: "Konjunkturinstitutets bedömning"
	ownS        bool // the name's "'s" is its own, not a possessive: "Moody's said"
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
	proxy            bool // a model, poll or market and its owner: "Silver's model", "on Polymarket"
	inner            bool // inside the quote marks it interrupts: «…, — сказал он, — …»
}

func (f *frame) first() int { return min(f.cueStart, f.np.start) }
func (f *frame) last() int {
	end := max(f.cueEnd, f.np.end)
	if f.np.hasApposite && f.np.appEnd > end {
		end = f.np.appEnd
	}
	return end
}

// findFrames finds every reporting cue outside quote marks with a speaker
// next to it.
func (d *doc) findFrames() {
	for s, rng := range d.sentTok {
		if rng[0] < 0 {
			continue
		}
		d.cueFrames(s, rng[0], rng[1])
	}
	d.colonFrames()
	d.innerFrames()
	d.proxyFrames()
	sort.SliceStable(d.frames, func(i, j int) bool { return d.frames[i].first() < d.frames[j].first() })
	// Quotes look for frames in their own sentences: an index keeps that
	// linear in the article's length.
	d.byFrame = make([][]*frame, len(d.sentTok))
	for _, f := range d.frames {
		d.byFrame[f.sent] = append(d.byFrame[f.sent], f)
	}
	for _, fs := range d.byFrame {
		voidInsideSources(fs)
	}
}

// voidInsideSources voids the frames whose cue or speaker lies inside a
// source phrase that runs past its source: in "Einer Umfrage des
// Ifo-Instituts zufolge rechnen die Firmen …" the survey is no cue of its
// own, nor the subject of "rechnen".
func voidInsideSources(fs []*frame) {
	for _, f := range fs {
		if !f.source || f.np.tail <= f.np.end || f.void {
			continue
		}
		for _, g := range fs {
			if g == f {
				continue
			}
			if g.cueStart >= f.cueStart && g.cueStart < f.np.tail || g.np.ok() && g.np.start >= f.cueStart && g.np.start < f.np.tail {
				g.void = true
			}
		}
	}
}

// cueFrames finds the frames of sentence s, tokens [ss, se).
func (d *doc) cueFrames(s, ss, se int) {
	for i := ss; i < se; i++ {
		if d.inQuote[i] >= 0 || !d.toks[i].Word {
			continue
		}
		f, next := d.frameAt(i, s, ss, se)
		if f != nil {
			f.np.ownS = d.ownS(f, se)
			d.weakApposition(f, ss, se)
			d.clauseApposition(f) // "Im Januar erklärte Berg, die Lage sei ernst" (clauseapposition.go)
			d.frames = append(d.frames, f)
		}
		i = next
	}
}

// frameAt reads the frame whose cue starts at token i, if any, and returns
// the last token it covers, where the scan for cues goes on after.
func (d *doc) frameAt(i, s, ss, se int) (*frame, int) {
	r := d.rules(i)
	if m := r.pronounSources.Len(d.toks[:se], i); m > 0 {
		// "jego zdaniem", "по его словам": the source is a pronoun
		return &frame{cueStart: i, cueEnd: i + m, cue: d.text(i, i+m), np: np{start: i, end: i + m, kind: "pronoun"}, source: true, npAfter: true, sent: s}, i + m - 1
	}
	if f, end := d.sourceViaRelative(i, s, ss, se, r); f != nil {
		return f, end // "…, secondo cui …": the source before the comma (relsource.go)
	}
	if f, end := d.frameSource(i, s, se, r); f != nil {
		return f, end - 1 // "In Lee's view", "Der Einschätzung von X zufolge"
	}
	if m := r.sources.Len(d.toks[:se], i); m > 0 {
		n := d.someone(d.parseSource(i+m, se, r))
		d.endAtCase(&n) // "Zdaniem Jana Nowaka Johnson nie …": two names, two cases
		if d.sourceUnsure(n, i+m, se) && !(n.kind == kent.SpeakerPerson && n.end-n.start >= 2) && !d.sureJoinedName(n) {
			if pn, ok := d.parseSourceNP(i, i+m, s, r); ok && pn.start >= i+m {
				n = pn
			}
		}
		d.endAtArticle(&n, r) // "nach Einschätzung der meisten Beobachter die Wahl verlieren"
		if n.ok() {
			d.unclosedApposition(&n, i, ss, r)
			d.groupPostmodifier(&n, i, ss, se, r)
			return &frame{cueStart: i, cueEnd: i + m, cue: d.text(i, i+m), np: n, source: true, npAfter: true, sent: s}, n.end - 1
		}
	}
	if m := r.sourcesAfter.Len(d.toks[:se], i); m > 0 {
		if n := d.someone(d.parseBefore(i, ss, r)); n.ok() {
			return &frame{cueStart: i, cueEnd: i + m, cue: d.text(i, i+m), np: n, source: true, sent: s}, i + m - 1
		}
	}
	if b := r.blockers.Len(d.toks[:se], i); b > 0 {
		return nil, i + b - 1
	}
	m := r.verbs.Len(d.toks[:se], i)
	if m == 0 {
		return nil, i
	}
	f := d.verbFrame(i, m, s, ss, se, r)
	if f == nil {
		return nil, i
	}
	return f, i + m - 1
}

// verbFrame finds the speaker of the reporting verb at tokens [i, i+m):
// before it, after it, or, in pro-drop languages, the verb's own ending.
func (d *doc) verbFrame(i, m, s, ss, se int, r *rules) *frame {
	if n, ok := d.partitiveSpeaker(i, m, ss, se, r); ok {
		// "One of them said", "сказал один из них" (partitives.go)
		return &frame{cueStart: i, cueEnd: i + m, cue: d.text(i, i+m), sent: s, np: n, npAfter: n.start > i}
	}
	if n, ok := d.sharedSubject(i, s, ss, r); ok {
		// "Erik Holm ist Dozent an der Universität Kiel und hält …"
		// (sharedsubject.go)
		return &frame{cueStart: i, cueEnd: i + m, cue: d.text(i, i+m), sent: s, np: n}
	}
	if n, ok := d.nameBeforeAcronym(i-1, ss, r); ok {
		// "Das Institut für Weltwirtschaft (IfW) hält": the name the
		// acronym introduces, whatever follows the verb (acronymnames.go)
		return &frame{cueStart: i, cueEnd: i + m, cue: d.text(i, i+m), sent: s, np: d.someone(n)}
	}
	before := d.someone(d.parseBefore(i, ss, r))
	after := d.someone(d.parseAfter(i+m, se, r))
	if after.ok() && after.start > i+m && d.prepBetween(i+m, i+m+1, r) {
		after = np{} // "erklärte in der ARD": a noun after a preposition is no subject
	}
	if !before.ok() && !after.ok() {
		after = d.someone(d.subjectPastAdverbial(i+m, se, r))
	}
	if !before.ok() && !after.ok() && i > ss && r.anaphors.Len(d.toks[:se], ss) == i-ss {
		after = d.someone(d.subjectPastPhrases(i+m, se, r)) // "Das sagte am Montag auf einer Konferenz der Ökonom …"
	}
	if !before.ok() && !after.ok() {
		before = d.quotedNameBefore(i, ss) // "„Rzeczpospolita” podała, że …" (quotednames.go)
	}
	if !before.ok() {
		before = d.someone(d.relativeSubject(i, ss, r))
	}
	if !before.ok() {
		before = d.groupWithModifier(i, ss, r)
	}
	f := &frame{cueStart: i, cueEnd: i + m, cue: d.text(i, i+m), sent: s}
	if d.unsure(i, before, after, ss, r) {
		if n, npAfter, ok := d.parseSubject(i, i+m, s, before, after, r); ok {
			f.np, f.npAfter = n, npAfter
			return f
		}
	}
	switch {
	case d.invertedAfter(i, ss, before, after, r):
		f.np, f.npAfter = after, true
	case before.ok() && after.ok() && r.verbSecond:
		f.np, f.npAfter = d.pickSubject(before, after, ss, r)
	case before.ok():
		f.np = before
	case after.ok():
		f.np, f.npAfter = after, true
	case r.proDrop && i > ss && (tokens.IsDash(d.toks[i-1].Text) || d.toks[i-1].Text == "," || isMarkToken(d.toks[i-1].Text) ||
		r.sourceStarts[d.toks[i-1].Low] && (d.atSentenceStart(i-1, ss) || d.afterStop(i-1, ss))): // "Jak ostrzegła, …
		// "– Nie wyślemy żołnierzy – powiedział.": the verb's ending
		// is the subject; it stands for the latest speaker.
		f.np = np{start: i, end: i + m, kind: "pronoun"}
	case r.proDrop && d.thatFollows(i+m, se, r):
		// "W liście do Charlesa Michela ostrzegł, że …", "Dodał, że …":
		// a subjectless verb that reports a clause stands for the
		// latest speaker too.
		f.np = np{start: i, end: i + m, kind: "pronoun"}
	default:
		return nil
	}
	return f
}

// afterStop reports whether the capitalised word at k follows a full
// stop inside what the segmenter left one sentence ("… z B do C. Jak
// ostrzegła, …": a capital letter and its dot read as an initial).
func (d *doc) afterStop(k, ss int) bool {
	return k-1 > ss && d.toks[k-1].Text == "." && d.isCap(d.toks[k])
}

// thatFollows reports whether a complementizer opens the words at k,
// after a comma or not: "ostrzegł, że", "заявил, что", after up to two
// lower-case words too ("Zaznaczył zarazem, że", "Отметил также, что").
func (d *doc) thatFollows(k, se int, r *rules) bool {
	for n := 0; n < 2 && k < se && d.toks[k].Word && !d.isCap(d.toks[k]) && !r.complementizers[d.toks[k].Low]; n++ {
		k++
	}
	if k < se && d.toks[k].Text == "," {
		k++
	}
	return k < se && d.toks[k].Word && r.complementizers[d.toks[k].Low]
}

// colonFrames: "Hartog: “…”" — a name and a colon open a quote.
func (d *doc) colonFrames() {
	for _, q := range d.marks {
		oi := d.tokenAt(q.open)
		if oi < 2 || d.toks[oi-1].Text != ":" {
			continue
		}
		s := d.toks[oi].Sentence
		ss := d.sentTok[s][0]
		n := d.parseBefore(oi-1, ss, d.rules(oi))
		if !n.ok() || !d.clauseStart(n.start, ss, d.rules(oi)) || n.hasApposite {
			var ok bool
			if n, ok = d.colonSubject(oi-1, s, ss, d.rules(oi)); !ok {
				continue // (colonsubject.go: "Kaja Kallas was realistic: “…”")
			}
		}
		d.frames = append(d.frames, &frame{cueStart: oi - 1, cueEnd: oi, cue: ":", np: n, sent: s})
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
		if !t.Word {
			if t.Text == "," || t.Text == ":" || t.Text == ";" {
				return true
			}
			continue
		}
		if !r.function[t.Low] {
			return false
		}
	}
	return true
}

// ownS reports whether the name of f's speaker ends in an "'s" that is no
// possessive, since no noun follows it: "Moody's said", "according to
// Moody's.", "Moody's expects" (a verb in the parse). Such a name is an organisation's
// (Moody's, Sotheby's, McDonald's).
func (d *doc) ownS(f *frame, se int) bool {
	n := f.np
	if n.kind == "pronoun" || n.kind == kent.SpeakerGroup || !n.ok() || !isPossessive(d.toks[n.end-1].Text) || n.hasApposite {
		return false
	}
	if !f.npAfter {
		r := d.rules(n.end)
		for k := n.end; k < f.cueStart; k++ {
			if !r.aux[d.toks[k].Low] {
				return false
			}
		}
		// "Osei's claim that …" is a possessive and a noun: the parse
		// tells the verb.
		p := d.parseOf(f.sent)
		return n.end <= f.cueStart && p != nil && p.upos(f.cueStart) == "VERB"
	}
	return n.end >= se || !d.toks[n.end].Word
}

// unclosedApposition drops the apposition of a source that opens its
// clause when no comma closes it: in "In the view of Anna Berg, the bank
// is unlikely to …" what follows the comma is what she holds, not who
// she is.
func (d *doc) unclosedApposition(n *np, i, ss int, r *rules) {
	if !n.hasApposite || d.toks[n.appEnd-1].Text == "," || !d.clauseStart(i, ss, r) {
		return
	}
	d.dropApposition(n, r)
}

// weakApposition drops the apposition of a frame set off by a comma inside
// its sentence when no comma closes the apposition and it names no role,
// group or organisation: in "Das sei, sagte Lukas Weber, ein großer
// Fehler." the words after the name are what he said.
func (d *doc) weakApposition(f *frame, ss, se int) {
	n := &f.np
	p := f.first()
	if f.source || !n.hasApposite || d.toks[n.appEnd-1].Text == "," || p-1 <= ss || d.toks[p-1].Text != "," {
		return
	}
	r := d.rules(n.appStart)
	for x := n.appStart; x < n.appEnd && x < n.appStart+7; x++ {
		if w := d.toks[x].Low; r.roleWords.has(w) || r.groups.has(w) || r.orgWords[w] {
			return
		}
	}
	d.dropApposition(n, r)
}

// dropApposition takes back what an apposition gave the mention n.
func (d *doc) dropApposition(n *np, r *rules) {
	role, aff := d.apposition(n.appStart, n.appEnd, r)
	if n.role == role {
		n.role = ""
	}
	if n.aff == aff {
		n.aff = ""
	}
	n.hasApposite, n.appStart, n.appEnd = false, 0, 0
}

// joinedName reports whether mention n holds a name joinAmpersands made
// ("S&P Global Ratings"): the parser, which splits it, would cut it short.
func (d *doc) joinedName(n np) bool {
	for x := n.start; x < n.end; x++ {
		if strings.IndexByte(d.toks[x].Text, '&') >= 0 {
			return true
		}
	}
	return false
}

// sureJoinedName: a run of capitalised words with a joined name in it
// ("S&P Global Ratings"), not a phrase that runs on past it.
func (d *doc) sureJoinedName(n np) bool {
	for x := n.start; x < n.end; x++ {
		if !d.isCap(d.toks[x]) {
			return false
		}
	}
	return d.joinedName(n)
}

// prepBetween reports whether a function word other than an article or
// determiner (a preposition: "in der ARD") stands in tokens [a, b).
func (d *doc) prepBetween(a, b int, r *rules) bool {
	for x := a; x < b; x++ {
		if w := d.toks[x].Low; d.toks[x].Word && r.function[w] && !r.articles[w] && !r.determiners[w] && !r.aux[w] && !r.pronouns[w] {
			return true
		}
	}
	return false
}

// groupPostmodifier extends a group source that ends its sentence after a
// comma over the words that qualify it: "…, according to two people
// familiar with the talks." The words open with no function word, hold no
// verb cue or complementizer, and are few. (At a clause start, where many
// languages set no comma, they may be the content.)
func (d *doc) groupPostmodifier(n *np, i, ss, se int, r *rules) {
	if n.kind != kent.SpeakerGroup || n.hasApposite || n.end >= se || i <= ss || d.toks[i-1].Text != "," {
		return
	}
	if w := d.toks[n.end]; !w.Word || r.function[w.Low] || d.isCap(w) {
		return
	}
	e := n.end
	for e < se && d.toks[e].Word && d.inQuote[e] < 0 && !r.complementizers[d.toks[e].Low] && r.verbs.Len(d.toks[:se], e) == 0 {
		e++
	}
	end := e
	for end < se && !d.toks[end].Word && d.toks[end].Text != "," {
		end++
	}
	if e-n.end > 6 || end != se {
		return
	}
	n.end = e
}
