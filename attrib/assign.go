package attrib

import (
	"github.com/kentnews/kent"
	"github.com/kentnews/kent/tokens"
)

// dashQuote is a paragraph of speech introduced by a dash.
type dashQuote struct {
	midParagraph bool // opens a sentence inside a paragraph
	para         int
	contentStart int // token index after the dash
	contentEnd   int // token index after the last quoted word
	frame        *frame
}

// dashQuotes finds paragraphs that open with a speech dash ("– Det är …,
// säger Jakob Hedenskog.") and the frame that closes each, and voids frames
// inside the quoted words (the speaker's own "I think").
func (d *doc) dashQuotes() []dashQuote {
	var out []dashQuote
	// A speech dash opens a paragraph ("– Det är …, säger X.") or, in
	// Polish and Russian style, a sentence inside one.
	for _, rng := range d.sentTok {
		first := rng[0]
		if first < 0 || !tokens.IsDash(d.toks[first].Text) || first+1 >= rng[1] {
			continue
		}
		pi := d.toks[first].Paragraph
		paraStart := first == 0 || d.toks[first-1].Paragraph != pi
		if !paraStart && !d.rules(first).dashInParagraph {
			continue // elsewhere a dash inside a paragraph is a pause, not speech
		}
		last := rng[1] - 1
		if paraStart {
			for last+1 < len(d.toks) && d.toks[last+1].Paragraph == pi {
				last++
			}
		} else {
			last = d.dashRunEnd(rng, last) // "– Zdecydowanie nie, … daleko. To tylko … – mówi X."
		}
		dq := dashQuote{para: pi, contentStart: first + 1, contentEnd: last + 1, midParagraph: !paraStart}
		for _, f := range d.framesIn(d.toks[first].Sentence, d.toks[last].Sentence) {
			if d.toks[f.cueStart].Paragraph != pi || f.cueStart > last || f.cueStart < first {
				continue
			}
			start := f.first()
			if start > first+1 && (d.toks[start-1].Text == "," || tokens.IsDash(d.toks[start-1].Text)) {
				dq.frame = f
			}
		}
		if dq.frame != nil {
			end := dq.frame.first()
			for end > dq.contentStart && !d.toks[end-1].Word {
				end--
			}
			dq.contentEnd = end
		}
		for _, f := range d.framesIn(d.toks[dq.contentStart].Sentence, d.toks[max(dq.contentEnd-1, dq.contentStart)].Sentence) {
			if f != dq.frame && f.cueStart >= dq.contentStart && f.cueStart < dq.contentEnd {
				f.void = true
			}
		}
		out = append(out, dq)
	}
	return out
}

func (d *doc) finishDashQuotes(dash []dashQuote) {
	var prev *dashQuote
	for i := range dash {
		dq := &dash[i]
		var sp *kent.Speaker
		cue := ""
		var cueSpan kent.Span
		switch {
		case dq.frame != nil && dq.frame.speaker != nil:
			sp, cue, cueSpan = dq.frame.speaker, dq.frame.cue, d.span(dq.frame.cueStart, dq.frame.cueEnd)
			dq.frame.consumed = true
		case prev != nil && !dq.midParagraph && prev.para == dq.para-1 && prev.frame != nil && prev.frame.speaker != nil && dq.frame == nil:
			// The same speaker goes on in the next dash paragraph.
			sp = prev.frame.speaker
			dq.frame = prev.frame
		}
		if dq.contentEnd > dq.contentStart {
			d.addQuote(dq.contentStart, dq.contentEnd, kent.QuoteDirect, sp, cue, cueSpan)
		}
		prev = dq
	}
}

// assignMarkQuotes gives each quote in marks its speaker: the frame right
// after it ("…,” said X), a colon frame before it (X: “…”), a frame
// elsewhere in its sentence (X said it would be “very significant”), or the
// speaker of the quote it continues.
func (d *doc) assignMarkQuotes() {
	prev := quoteChain{end: -1, para: -1}
	for _, q := range d.marks {
		oi, ci := d.tokenAt(q.open), d.tokenAt(q.close)
		if oi >= len(d.toks) || ci >= len(d.toks) || d.toks[oi].Start != q.open {
			continue
		}
		if q.content.Start-q.open > 1 && oi+1 < ci && d.toks[oi+1].End <= q.content.Start {
			oi++ // a doubled mark ('' or ``) is two tokens: oi is the one before the words
		}
		so, sc := d.toks[oi].Sentence, d.toks[ci].Sentence
		if f, end1, start2 := d.innerSplit(oi, ci); f != nil {
			// «…, — сказал Иван Петров, — …»: one quote in two parts
			cueSpan := d.span(f.cueStart, f.cueEnd)
			d.addQuote(oi+1, end1, kent.QuoteDirect, f.speaker, f.cue, cueSpan)
			d.addQuote(start2, ci, kent.QuotePartial, f.speaker, f.cue, cueSpan)
			prev.follow(d, f.speaker, kent.QuoteDirect, nil, ci, sc)
			continue
		}
		f := d.markFrame(oi, ci, so, sc)
		direct := d.opensClause(oi, so)
		var sp *kent.Speaker
		cue, cueSpan := "", kent.Span{}
		if f != nil {
			sp, cue, cueSpan = f.speaker, f.cue, d.span(f.cueStart, f.cueEnd)
			if direct && (f.first() > ci || f.cue == ":" || d.colonBefore(oi)) {
				f.consumed = true
			}
		} else if direct && prev.speaker != nil && prev.end >= 0 && prev.para == d.toks[oi].Paragraph && (d.onlyPunct(prev.end, oi) || d.runsOn(prev.speaker, prev.end, oi)) {
			// A quote that goes on after an inserted attribution:
			// “…,” said X, a Y. “That was …” — or after a sentence or two
			// that go on with X (quoterun.go).
			sp = prev.speaker
		} else if direct {
			sp = d.reportedBefore(oi, ci) // "X said the talks were over. “We will not go back.”" (quoterun.go)
		}
		kind := kent.QuoteDirect
		if !direct {
			kind = kent.QuotePartial
		}
		if !d.speechInMarks(oi, ci, kind, sp) {
			continue
		}
		d.addQuote(oi+1, ci, kind, sp, cue, cueSpan)
		prev.follow(d, sp, kind, f, ci, sc)
	}
}

// markFrame finds the frame of the quote whose marks are tokens oi and ci,
// in sentences so and sc.
func (d *doc) markFrame(oi, ci, so, sc int) *frame {
	// 1. A frame right after the closing mark, in its sentence.
	for _, fr := range d.byFrame[sc] {
		if fr.void || fr.speaker == nil || fr.first() <= ci {
			continue
		}
		if d.onlyPunct(ci+1, fr.first()) {
			return fr
		}
	}
	// 2. A frame before the opening mark in its sentence: "X said:",
	// "according to X, … “…”", "X said it would be “…”".
	var f *frame
	for _, fr := range d.byFrame[so] {
		if fr.void || fr.speaker == nil || fr.last() > oi {
			continue
		}
		f = fr
	}
	if f != nil {
		return f
	}
	// 3. A frame after the quote further on in the sentence
	// ("“finds itself …”, the chances …, he concludes").
	for _, fr := range d.byFrame[sc] {
		if !fr.void && fr.speaker != nil && fr.first() > ci && !fr.consumed {
			return fr
		}
	}
	return nil
}

// speechInMarks reports whether the words between marks oi and ci are
// somebody's: not empty, not a term or a title in quote marks.
func (d *doc) speechInMarks(oi, ci int, kind kent.QuoteKind, sp *kent.Speaker) bool {
	words := d.wordsIn(oi+1, ci)
	if sp == nil && kind == kent.QuotePartial && words <= 4 {
		return false // a term in quote marks ("false flag"), not somebody's words
	}
	if kind == kent.QuotePartial && d.allCapitalised(oi+1, ci) {
		return false // a title in quote marks: „Lietuvos rytas“, „New Day“
	}
	return words > 0
}

// quoteChain is the latest direct quote with a speaker, which the next
// quote may continue.
type quoteChain struct {
	speaker *kent.Speaker
	end     int // token index after the previous quote and its frame
	para    int
}

// follow moves the chain on past the quote that closes at token ci in
// sentence sc.
func (c *quoteChain) follow(d *doc, sp *kent.Speaker, kind kent.QuoteKind, f *frame, ci, sc int) {
	if sp == nil || kind != kent.QuoteDirect {
		c.speaker, c.end = nil, -1
		return
	}
	c.speaker, c.para = sp, d.toks[ci].Paragraph
	c.end = ci + 1
	if f != nil && f.first() > ci {
		c.end = f.last()
		for c.end < len(d.toks) && d.toks[c.end].Sentence == sc {
			c.end++ // the rest of the frame's sentence (its apposition)
		}
	}
}

// opensClause: the quote starts its sentence, or follows a colon or dash.
func (d *doc) opensClause(oi, s int) bool {
	ss := d.sentTok[s][0]
	for k := oi - 1; k >= ss; k-- {
		t := d.toks[k]
		if t.Text == ":" {
			return true
		}
		if t.Word || (!tokens.IsDash(t.Text) && t.Text != "(" && !isMarkToken(t.Text)) {
			return false
		}
	}
	return true
}

func (d *doc) allCapitalised(from, to int) bool {
	for k := from; k < to; k++ {
		if d.toks[k].Word && !d.isCap(d.toks[k]) && !d.rules(k).connectors[d.toks[k].Low] {
			return false
		}
	}
	return true
}

func (d *doc) colonBefore(oi int) bool { return oi > 0 && d.toks[oi-1].Text == ":" }

func (d *doc) onlyPunct(from, to int) bool {
	for k := from; k < to; k++ {
		if d.toks[k].Word {
			return false
		}
	}
	return true
}

func (d *doc) addQuote(from, to int, kind kent.QuoteKind, sp *kent.Speaker, cue string, cueSpan kent.Span) {
	if to <= from {
		return
	}
	span := d.span(from, to)
	var spk *kent.Speaker
	if sp != nil {
		c := *sp
		spk = &c
	}
	d.quotes = append(d.quotes, kent.Quote{
		Text: d.a.Text[span.Start:span.End], Span: span, Kind: kind, Speaker: spk,
		Cue: cue, CueSpan: cueSpan, Sentence: d.toks[from].Sentence, Language: d.lang(from),
	})
}
