package attrib

import (
	"strings"

	"github.com/kentnews/kent"
)

// indirectQuotes turns the frames that did not introduce a direct quote
// into reported speech: the clause after "X said (that)" or "according to
// X,", or before ", X said." at the end of a sentence.
func (d *doc) indirectQuotes() {
	var lastSpan kent.Span
	lastName := ""
	for _, f := range d.frames {
		if f.void || f.consumed || f.speaker == nil || f.cue == ":" {
			continue
		}
		if cs := d.toks[f.cueStart].Start; f.speaker.Name == lastName && cs >= lastSpan.Start && cs < lastSpan.End {
			continue // "X said that he doubted that …": one report, not two
		}
		from, to, kind, ok := d.reportedClause(f)
		if !ok {
			continue
		}
		d.addQuote(from, to, kind, f.speaker, f.cue, d.span(f.cueStart, f.cueEnd))
		lastSpan, lastName = d.span(from, to), f.speaker.Name
	}
}

// reportedClause returns the tokens [from, to) that frame f reports, and
// whether they are indirect or mixed speech; it reports false when they are
// too short or a direct quote already.
func (d *doc) reportedClause(f *frame) (from, to int, kind kent.QuoteKind, ok bool) {
	ss, se := d.sentTok[f.sent][0], d.sentTok[f.sent][1]
	r := d.rules(f.cueStart)
	end := d.beforeSourceTail(f, se)
	for end > ss && !d.toks[end-1].Word && !isMarkToken(d.toks[end-1].Text) && d.toks[end-1].Text != "%" {
		end-- // "… has risen to 14%." keeps its per cent sign
	}
	after := f.cueEnd
	if f.npAfter {
		after = f.np.end
		if f.np.hasApposite {
			after = f.np.appEnd
		}
		after = max(after, f.np.tail)
	}
	if f.source && !f.proxy {
		for _, g := range d.sentFrames(f.sent) {
			if g != f && !g.void && g.speaker != nil && !g.source && g.last() == f.cueStart {
				return 0, 0, "", false // "Andere Experten betonen laut dpa, …": the experts hold it, the agency passes it on
			}
		}
	}
	wordsAfter := d.wordsIn(after, end)
	trailing := d.trailingFrame(f, after, end, ss, r)
	switch {
	case d.parenthetical(f, end, ss, r):
		from, to = ss, end // "The plan, he said, would …": one content around the frame
	case f.source && d.sourceTail(f, after, end, ss):
		// "The army is weak, according to Reuters.": what comes before
		// the source, which ends the sentence; nothing when another
		// frame there reports it ("X said …, according to Reuters": X
		// holds it, the agency only passes it on).
		for _, g := range d.sentFrames(f.sent) {
			if g != f && !g.void && g.speaker != nil && g.cueStart < f.cueStart {
				return 0, 0, "", false
			}
		}
		from, to = ss, f.cueStart
		for to > from && !d.toks[to-1].Word && d.toks[to-1].Text != "%" {
			to--
		}
	case !trailing && (f.source || wordsAfter >= 3):
		from, to = d.clauseAfter(f, after, end, ss, r)
	default:
		from, to = ss, f.first()
		for to > from && !d.toks[to-1].Word && !isMarkToken(d.toks[to-1].Text) {
			to--
		}
	}
	words, quoted := 0, 0
	for k := from; k < to; k++ {
		if d.toks[k].Word {
			words++
			if d.inQuote[k] >= 0 {
				quoted++
			}
		}
	}
	if words < 3 && !(words == 2 && !trailing && (d.complementizerAt(after, to, r) || d.thatFollows(after, to, r))) || quoted*2 > words {
		return 0, 0, "", false // too short, or it is a direct quote already
	}
	kind = kent.QuoteIndirect
	if quoted > 0 {
		kind = kent.QuoteMixed
	}
	return from, to, kind, true
}

// trailingFrame: "Belarus is unlikely to …, Western officials said on
// Tuesday, …": a reporting clause set off by a comma after the main clause,
// with no complementizer, reports what came before it.
func (d *doc) trailingFrame(f *frame, after, end, ss int, r *rules) bool {
	trailing := !f.source && !f.npAfter && f.np.start > ss && d.toks[d.commaBeforeSubject(f, end, ss, r)].Text == "," &&
		!d.complementizerAt(f.cueEnd, end, r) && !d.viaRelative(f, r) && !d.describedBefore(f)
	return trailing || d.invertedTrailing(f, after, end, ss, r)
}

// clauseAfter returns the reported clause after the frame, from token after
// to end, without the complementizer that opens it.
func (d *doc) clauseAfter(f *frame, after, end, ss int, r *rules) (from, to int) {
	from, to = after, end
	// "zapewnił w piątek, że …": an adverbial set off by a comma
	// before the complementizer is not part of what was said. (Not
	// "said it is unlikely that …": the judgement is the speaker's.)
	for k := after + 1; !f.source && k < end && k < after+6; k++ {
		if d.toks[k].Word && r.complementizers[d.toks[k].Low] && d.toks[k-1].Text == "," {
			from = k + 1
			break
		}
	}
	if k := d.leadingAdjunct(f, after, end, r); k > from {
		from = k // "erklärte in der ARD, …", "betonen laut dpa, …": the adjunct is no part of what was said
	}
	if (!f.source || f.proxy) && after+1 < end && d.toks[after].Word && !d.isCap(d.toks[after]) && d.toks[after+1].Word && r.complementizers[d.toks[after+1].Low] {
		from = after + 2 // "cree además que …", "said also that …": an adverb before the complementizer
	}
	for from < to && (!d.toks[from].Word && d.toks[from].Text != "“" && d.toks[from].Text != "„" && d.toks[from].Text != "«" && d.toks[from].Text != "”" || r.complementizers[d.toks[from].Low]) {
		from++
	}
	if from > after && from < to && r.complementizers[d.toks[from-1].Low] && r.negators[d.toks[from-1].Low] {
		from-- // "ettei" (that … not) carries the clause's negation: it stays
	}
	if f.source && f.cueStart > ss+1 {
		from = ss // "Dessa syftar, enligt tankesmedjan, till …": the whole sentence
	}
	return from, to
}

// sourceTail reports whether the source frame f closes its sentence after
// a comma: only punctuation follows the source, whose reported words come
// before it.
func (d *doc) sourceTail(f *frame, after, end, ss int) bool {
	if f.cueStart <= ss+1 {
		return false
	}
	comma := d.toks[f.cueStart-1].Text == "," || f.proxy // "… reach 63% on Polymarket."
	return comma && d.wordsIn(after, end) == 0
}

// parenthetical reports whether the verb frame f stands between commas
// inside the clause it reports: "The plan, he said, would cut costs", "Das
// sei, sagte er, ein großer Fehler", "Ten plan, powiedział Kowalski,
// obniży koszty". The clause is one content across the interruption. A
// frame after a whole clause ("Belarus is unlikely to attack, officials
// said, citing …") is a trailing one: the tagger finds a verb on both
// sides of it, where a parenthetical leaves one side without.
func (d *doc) parenthetical(f *frame, end, ss int, r *rules) bool {
	if f.source || f.proxy {
		return false
	}
	p := f.first()
	if p-1 <= ss || d.toks[p-1].Text != "," || d.inQuote[p-1] >= 0 {
		return false
	}
	k := f.last()
	for k < end && k < f.last()+4 && d.toks[k].Word && !r.complementizers[d.toks[k].Low] {
		k++ // "he said on Monday,", "told reporters,"
	}
	if k+1 >= end || d.toks[k].Text != "," {
		return false
	}
	if k = d.dateApposition(k, end); k+1 >= end {
		return false // "told parliament on Wednesday, June 12.": the date ends the frame
	}
	if w := d.toks[k+1]; !w.Word || r.cueParticiples[w.Low] || r.complementizers[w.Low] || d.wordsIn(k+1, end) < 2 {
		return false
	}
	for x := ss; x < end; x++ {
		if d.inQuote[x] >= 0 {
			return false // quoted words: a direct or mixed quote's business
		}
	}
	before := d.wordsIn(ss, p-1)
	if before == 0 {
		return false
	}
	pa := d.parseOf(f.sent)
	if pa == nil {
		return before <= 3
	}
	verb := func(a, b int) bool {
		for x := a; x < b; x++ {
			if u := pa.upos(x); u == "VERB" || u == "AUX" {
				return true
			}
		}
		return false
	}
	return !verb(ss, p-1) || !verb(k+1, end)
}

// leadingAdjunct returns where the reported clause starts when a
// prepositional phrase or source set off by a comma follows the cue of a
// verb frame ("erklärte in der ARD, …", "betonen laut dpa, …"): after the
// comma; else after.
func (d *doc) leadingAdjunct(f *frame, after, end int, r *rules) int {
	if f.source || after >= end || !d.toks[after].Word || !(d.prepBetween(after, after+1, r) || r.sources.Len(d.toks[:end], after) > 0) {
		return after
	}
	for x := after + 1; x < end && x < after+7; x++ {
		t := d.toks[x]
		if t.Text == "," {
			if d.wordsIn(x+1, end) >= 3 {
				return x + 1
			}
			return after
		}
		if !t.Word || r.complementizers[t.Low] || r.verbs.Len(d.toks[:end], x) > 0 {
			return after
		}
	}
	return after
}

// dateApposition returns the comma that closes a date set off after a
// weekday ("on Wednesday, June 12, without …", "am Mittwoch, 12. Juni,"):
// the date belongs to the frame's time, not to what follows it. c is the
// comma after the weekday; with no date after it, c itself.
func (d *doc) dateApposition(c, end int) int {
	if c < 1 || !d.e.calendar[d.toks[c-1].Low] {
		return c
	}
	k, cal := c+1, false
	for k < end && k < c+5 && d.toks[k].Text != "," {
		t := d.toks[k]
		switch {
		case d.e.calendar[t.Low] || d.e.calendar[strings.TrimSuffix(t.Low, ".")]:
			cal = true
		case t.Text == "." || isDigits(t.Text):
		default:
			return c
		}
		k++
	}
	if !cal {
		return c
	}
	return k
}

func isDigits(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
