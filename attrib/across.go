package attrib

import (
	"sort"

	"github.com/kentnews/kent"
)

// Frames outside the quote's sentence: a reporting sentence that points
// back at the one before ("Das sagte Matthijs auf einer Konferenz.", "Об
// этом он сказал «Ленте.ру».", "Tak uważa X."), and a run of quote
// paragraphs after a paragraph whose speaker is known.

// anaphoricFrames turns each frame whose sentence opens with an anaphor
// right before it into reported speech of the sentence before, and marks
// it consumed so its own sentence's remainder ("auf einer Konferenz") is
// not taken for what was said.
func (d *doc) anaphoricFrames() {
	for _, f := range d.frames {
		if f.void || f.consumed || f.speaker == nil || f.source || f.cue == ":" || f.sent == 0 {
			continue
		}
		ss, se := d.sentTok[f.sent][0], d.sentTok[f.sent][1]
		for ss < se && !d.toks[ss].Word {
			ss++
		}
		r := d.rules(f.cueStart)
		m := r.anaphors.Len(d.toks[:se], ss)
		from := ss + m
		if m == 0 && f.cueStart == ss && f.np.start >= f.cueEnd {
			// "Informuje o tym PAP.", "Сообщает об этом ТАСС.": the verb
			// opens the sentence, the anaphor follows it, then the source,
			// perhaps after its role: "Informuje o tym agencja Bloomberg."
			if n := r.anaphors.Len(d.toks[:se], f.cueEnd); n > 0 && f.np.start >= f.cueEnd+n && d.describers(f.cueEnd+n, f.np.start, r) {
				m, from = n, f.np.start
			}
		}
		if m == 0 {
			continue
		}
		gap := 0
		for k := from; k < f.first(); k++ {
			if e := d.adverbialEnd(k, f.first(), r); e > k {
				k = e - 1 // "Об этом на брифинге заявил …", "Das sagte am Montag der Ökonom …"
				continue
			}
			if d.toks[k].Word && !r.aux[d.toks[k].Low] && !d.roleOfSource(k, f.first(), r) {
				gap++
			}
		}
		if gap > 0 {
			continue // "Das könnte den Euro …, meint der Ökonom": "das" is the clause's own subject
		}
		ps, pe := d.sentTok[f.sent-1][0], d.sentTok[f.sent-1][1]
		if ps < 0 || d.toks[ss].Paragraph-d.toks[ps].Paragraph > 1 {
			continue
		}
		for pe > ps && !d.toks[pe-1].Word && !isMarkToken(d.toks[pe-1].Text) {
			pe--
		}
		f.consumed = true
		if d.giveSpeaker(d.span(ps, pe), f) {
			continue
		}
		d.addQuote(ps, pe, kent.QuoteIndirect, f.speaker, f.cue, d.span(f.cueStart, f.cueEnd))
	}
}

// giveSpeaker gives f's speaker to the quotes in span that have none, and
// reports whether span's words are someone's quote already.
func (d *doc) giveSpeaker(span kent.Span, f *frame) bool {
	covered := false
	for i := range d.quotes {
		q := &d.quotes[i]
		if q.Span.Start < span.Start || q.Span.End > span.End {
			continue
		}
		if q.Speaker == nil {
			c := *f.speaker
			q.Speaker, q.Cue, q.CueSpan = &c, f.cue, d.span(f.cueStart, f.cueEnd)
		}
		if q.Span.Len()*2 > span.Len() {
			covered = true
		}
	}
	return covered
}

// carryParagraphSpeaker gives a paragraph that is only a direct quote, with
// no frame of its own, the speaker of the paragraph before when that one
// ends in their quote or introduces it ("X said:").
func (d *doc) carryParagraphSpeaker() {
	for i := range d.quotes {
		q := &d.quotes[i]
		if q.Speaker != nil || q.Kind != kent.QuoteDirect {
			continue
		}
		qs := d.tokenAt(q.Span.Start)
		pi := d.toks[qs].Paragraph
		if pi == 0 || !d.onlyPunct(d.paraStart(pi), qs) {
			continue
		}
		if prev := d.lastSpeakerIn(pi-1, i); prev != nil {
			c := *prev
			q.Speaker = &c
		}
	}
}

// lastSpeakerIn is the voice a quote paragraph right after paragraph p
// goes on in: the speaker of p's last quote when p's last sentence holds
// it (only its frame and an apposition may follow), or the speaker of a
// frame that ends p with a colon ("X said:"). before is the index of the
// quote asking; quotes are in text order.
func (d *doc) lastSpeakerIn(p, before int) *kent.Speaker {
	end := d.paraEnd(p)
	if end == 0 || d.toks[end-1].Paragraph != p {
		return nil
	}
	lastSent := d.toks[end-1].Sentence
	if d.toks[end-1].Text == ":" {
		for _, f := range d.sentFrames(lastSent) {
			if !f.void && f.speaker != nil {
				return f.speaker
			}
		}
		return nil
	}
	for k := before - 1; k >= 0; k-- {
		q := &d.quotes[k]
		qe := d.tokenAt(q.Span.End - 1)
		if d.toks[qe].Paragraph < p {
			return nil
		}
		if d.toks[qe].Paragraph == p {
			if q.Speaker == nil || q.Kind != kent.QuoteDirect || d.toks[qe].Sentence != lastSent {
				return nil
			}
			return q.Speaker
		}
	}
	return nil
}

// paraStart is the first token of paragraph p (tokens are in paragraph
// order).
func (d *doc) paraStart(p int) int {
	return sort.Search(len(d.toks), func(i int) bool { return d.toks[i].Paragraph >= p })
}

func (d *doc) paraEnd(p int) int { return d.paraStart(p + 1) }

// roleOfSource reports whether token k, before a frame's source at first,
// belongs to the source's description: an article or a role word, or a
// word a role word follows within two ("That is what the political
// scientist Alexander Rahr told reporters"), so the anaphor still points
// back.
func (d *doc) roleOfSource(k, first int, r *rules) bool {
	if r.articles[d.toks[k].Low] {
		return true
	}
	for x := k; x < first && x <= k+2; x++ {
		if !d.toks[x].Word {
			return false
		}
		if r.roleWords.has(d.toks[x].Low) {
			return true
		}
	}
	return false
}

// describers reports whether tokens [from, to) are only role or
// organisation words ("agencja" of "agencja Bloomberg", "газета") and
// phrases of time and place.
func (d *doc) describers(from, to int, r *rules) bool {
	for k := from; k < to; k++ {
		if e := d.adverbialEnd(k, to, r); e > k {
			k = e - 1 // "Poinformował o tym na konferencji ekonomista …"
			continue
		}
		if !d.toks[k].Word || !r.roleWords.has(d.toks[k].Low) && !r.groups.has(d.toks[k].Low) && !r.orgWords.has(d.toks[k].Low) {
			return false
		}
	}
	return true
}

// adverbialReach is how many words a prepositional phrase between an
// anaphor and its reporting verb may have after the preposition: "в
// интервью РИА Новости", "na konferencji prasowej".
const adverbialReach = 3

// adverbialEnd returns the end of a time word or a short prepositional
// phrase opening at k, before limit ("на брифинге", "в интервью РИА
// Новости", "am Montag", "auf einer Konferenz"), or k when none opens
// there: such a phrase between an anaphor and its verb says where or when
// it was said, not what.
func (d *doc) adverbialEnd(k, limit int, r *rules) int {
	t := d.toks[k]
	if !t.Word || d.inQuote[k] >= 0 {
		return k
	}
	if d.e.calendar[t.Low] {
		return k + 1 // "в понедельник" is a phrase; "Montag" after "am" is its word
	}
	if !r.function[t.Low] || r.determiners[t.Low] || r.conj[t.Low] || r.pronouns[t.Low] || r.complementizers[t.Low] || r.aux[t.Low] || r.anaphors.Len(d.toks[:limit], k) > 0 {
		return k
	}
	e, n := k+1, 0
	for e < limit && d.toks[e].Word && d.inQuote[e] < 0 && n < adverbialReach {
		if r.articles[d.toks[e].Low] || r.determiners[d.toks[e].Low] {
			e++
			continue
		}
		if r.function[d.toks[e].Low] || r.roleWords.has(d.toks[e].Low) {
			break // a new phrase, or the source's role ("заявил экономист")
		}
		e++
		n++
	}
	if n == 0 {
		return k
	}
	return e
}
