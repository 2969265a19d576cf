package attrib

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent"
)

// Spans as attribution corpora mark them (PARC 3.0, PolNeAR; see
// eval/testdata/brat-en/README.md). Who speaks is decided before this
// pass; it only moves the boundaries of each quote's source, cue and
// reported words:
//
//   - the source is the whole noun phrase: its article, title and
//     honorific ("the Treasury", "Sen. Maria Alvarez", "White House
//     spokeswoman Dana Lee"), its apposition (with the closing comma when
//     the cue follows, "Rep. Jane Doe, a Democrat from Ohio,"; up to the
//     sentence's end when the cue comes first, "said Brown, a former bus
//     driver."), never the sentence's final stop;
//   - the cue is the reporting verb with its auxiliaries and adverbs ("has
//     warned", "have long warned", "also said"), not its addressee or
//     medium ("told reporters", "said in a statement": told, said);
//   - reported words start after what stands between the cue and the
//     complementizer ("said on Thursday that …", "told the Ledger that …")
//     and stop before another attribution's frame in their sentence ("…,
//     while the Treasury expects …", "…, adding that …").

// IsComplementizer reports whether word (lower case) introduces reported
// speech in language lang: "that", "dass", "że". Evaluations use it to mark
// content as attribution corpora do, the complementizer included.
func (e *Extractor) IsComplementizer(lang, word string) bool {
	return e.rulesFor(lang).complementizers[word]
}

// corpusSpans sets the quotes' span boundaries as corpora mark them.
func (d *doc) corpusSpans() {
	d.splitParticiples()
	cues := make([]int, len(d.quotes)) // where each quote's cue ends, -1 for none
	for i := range d.quotes {
		cues[i] = -1
		q := &d.quotes[i]
		if q.Speaker == nil {
			continue
		}
		if q.CueSpan.End <= q.CueSpan.Start {
			d.trimSource(q.Speaker) // a quote going on after its frame's
			continue
		}
		cs, ce := d.tokenAt(q.CueSpan.Start), d.tokenEnd(q.CueSpan.End)
		if cs >= ce {
			continue
		}
		r := d.rules(cs)
		cs, ce = d.cueBounds(cs, ce, r)
		q.CueSpan = d.span(cs, ce)
		if m := q.Speaker.MentionSpan; m.End > m.Start {
			ms, me := d.tokenAt(m.Start), d.tokenEnd(m.End)
			if ms < me {
				ms, me = d.sourceBounds(ms, me, cs, ce, q.Span.End <= q.CueSpan.Start, r)
				if ms < me {
					q.Speaker.MentionSpan = d.span(ms, me)
				}
			}
			possessiveOff(d.a.Text, q.Speaker)
		}
		cues[i] = ce
	}
	// Reported words last: where they stop depends on the other frames'
	// final spans.
	// Frames by the sentence of their cue, so each quote looks at its own
	// sentences' frames only: linear in the article.
	bySent := map[int][]int{}
	for i, ce := range cues {
		if ce >= 0 {
			s := d.toks[ce-1].Sentence
			bySent[s] = append(bySent[s], i)
		}
	}
	for i, ce := range cues {
		if ce >= 0 && d.quotes[i].Kind == kent.QuoteIndirect {
			d.contentBounds(i, ce, d.rules(ce-1), bySent)
		}
	}
}

// tokenEnd is the index after the last token ending at or before off.
func (d *doc) tokenEnd(off int) int {
	k := d.tokenAt(off)
	if k < len(d.toks) && d.toks[k].Start < off {
		k++ // off is inside the last token
	}
	for k > 0 && d.toks[k-1].End > off {
		k--
	}
	return k
}

// cueBounds widens a cue over the auxiliaries and adverbs right before it
// ("has warned", "also said") and cuts an adjunct the lexicon's phrase
// carries ("said in a statement", "told reporters").
func (d *doc) cueBounds(cs, ce int, r *rules) (int, int) {
	low := strings.ToLower(d.text(cs, ce))
	for _, a := range r.cueAdjuncts {
		if strings.HasSuffix(low, " "+a) {
			n := len(strings.Fields(a))
			if ce-n > cs {
				ce -= n
			}
			break
		}
	}
	for cs > 0 && d.toks[cs-1].Word && d.toks[cs-1].Sentence == d.toks[cs].Sentence && d.inQuote[cs-1] < 0 {
		w := d.toks[cs-1].Low
		if !(r.aux[w] || r.negators[w]) || r.verbs.Len(d.toks, cs-1) > 0 {
			break
		}
		cs--
	}
	return cs, ce
}

// sourceBounds gives a source mention [ms, me) the span corpora mark, the
// cue being [cs, ce); contentBefore says the reported words come before
// the cue.
func (d *doc) sourceBounds(ms, me, cs, ce int, contentBefore bool, r *rules) (int, int) {
	// Never inside the cue: "according to officials", "Economists have
	// long warned".
	if ms < ce && me > cs {
		if ms >= cs {
			ms = ce
		} else {
			me = cs
		}
	}
	after := ms >= ce
	sent := d.toks[ms].Sentence
	for me > ms && !d.toks[me-1].Word && (d.toks[me-1].Text != "," || after) {
		me-- // the sentence's stop, or a comma when the cue came first
	}
	if after && contentBefore {
		me = d.tailApposition(ms, me, r) // not over the reported words: "according to officials, the army …"
	}
	// A role set off before the name: "The opposition leader, Eva Lind,".
	if !after && ms >= 2 && me < cs && d.toks[ms-1].Text == "," && d.toks[me].Text == "," && me+1 == cs {
		b := ms - 1
		role := false
		for b > 0 && b > ms-8 && d.toks[b-1].Word && d.toks[b-1].Sentence == sent && d.inQuote[b-1] < 0 {
			b--
			role = role || r.roleWords.has(d.toks[b].Low)
		}
		if role && b < ms-2 && (b == d.sentTok[sent][0] || d.toks[b-1].Text == ",") {
			return b, me + 1
		}
	}
	// A relative clause, an age or a description set off between the name
	// and the cue: "John Smith, who has lived here for decades, said".
	if !after && me+1 < cs && d.toks[me].Text == "," && d.toks[cs-1].Text == "," && cs-me <= 16 && d.setOff(me+1, cs-1, r) {
		me = cs
	}
	// Leftwards: titles and honorifics ("Sen.", "Lt. Gov."), capitalised
	// words before a role ("White House spokeswoman"), roles ("Green
	// Party leader"), then an article ("The Hospital Association").
	role := false
	for k := ms; k < me; k++ {
		role = role || r.roleWords.has(d.toks[k].Low) || r.groups.has(d.toks[k].Low)
	}
	// After the cue, nothing up to it is quoted (a dash quote's marks may
	// run to the paragraph's end); before it, a quote ends the source.
	for ms > 0 && (after && ms-1 >= ce || !after && d.inQuote[ms-1] < 0) && d.toks[ms-1].Sentence == sent {
		k := ms - 1
		t := d.toks[k]
		switch {
		case t.Text == "." && k > 0 && d.isTitle(d.toks[k-1]):
			ms = k - 1
			role = true
			continue
		case t.Word && r.roleWords.has(t.Low):
			ms, role = k, true
			continue
		case t.Word && (d.isCap(t) || upperInitial(t) && d.isCap(d.toks[ms])) && (role || after || r.orgWords[d.toks[ms].Low]) && !r.function[t.Low]:
			// (a first name may look like a month's abbreviation: "Jan")
			ms = k // "Jan Kowalski" after its cue, "White House spokeswoman"
			continue
		case t.Word && !d.isCap(t):
			// A role's lower-case complement: "министр обороны Иван
			// Петров", "minister obrony Jan Kowalski".
			if j := d.roleBefore(k, sent, r); j >= 0 && (!after || j >= ce) {
				ms, role = j, true
				continue
			}
		}
		break
	}
	if (!after || ms-1 >= ce) && ms > 0 && d.toks[ms-1].Sentence == sent && r.determiners[d.toks[ms-1].Low] && (!d.isCap(d.toks[ms]) || d.orgLike(ms, me, r)) {
		ms--
	}
	return ms, me
}

// isTitle accepts a short capitalised abbreviation before a dot: "Sen",
// "Gov", "Lt", "Dr", "Rep".
func (d *doc) isTitle(t kent.Token) bool {
	n := utf8.RuneCountInString(t.Text)
	r, _ := utf8.DecodeRuneInString(t.Text)
	return t.Word && n >= 2 && n <= 4 && unicode.IsUpper(r) && t.Text != strings.ToUpper(t.Text)
}

// orgLike: a capitalised name of an organisation ("Hospital Association",
// "Treasury") takes its article; a person's name does not.
func (d *doc) orgLike(ms, me int, r *rules) bool {
	if !d.isCap(d.toks[ms]) {
		return false
	}
	for k := ms; k < me; k++ {
		if r.orgWords[d.toks[k].Low] || r.groups.has(d.toks[k].Low) {
			return true
		}
	}
	return me-ms == 1
}

// tailApposition widens a source that follows its cue over what describes
// it up to the sentence's end: "said Brown, a former bus driver.", "said a
// spokesman for the company.".
func (d *doc) tailApposition(ms, me int, r *rules) int {
	sent := d.toks[ms].Sentence
	end := d.sentTok[sent][1]
	for end > me && !d.toks[end-1].Word {
		end--
	}
	if end <= me || end-me > 12 {
		return me
	}
	opens := d.toks[me].Text == "," && me+1 < end && (r.function[d.toks[me+1].Low] || r.relatives[d.toks[me+1].Low]) || r.affPreps[d.toks[me].Low]
	if !opens {
		return me
	}
	for k := me; k < end; k++ {
		if d.inQuote[k] >= 0 || !d.toks[k].Word && d.toks[k].Text != "," && d.toks[k].Text != "." && d.toks[k].Text != "-" ||
			d.toks[k].Text == "," && k > me || r.verbs.Len(d.toks, k) > 0 || r.complementizers[d.toks[k].Low] {
			return me
		}
	}
	return end
}

// contentBounds moves the start of reported speech i past what stands
// between its cue (ending at ce) and a complementizer, and its end before
// another attribution's frame in the sentence.
func (d *doc) contentBounds(i, ce int, r *rules, bySent map[int][]int) {
	q := &d.quotes[i]
	qs, qe := d.tokenAt(q.Span.Start), d.tokenEnd(q.Span.End)
	if qs >= qe {
		return
	}
	if qs == ce && qs+3 < qe && d.e.calendar[d.toks[qs].Low] {
		qs++ // "said Tuesday the talks would resume"
	}
	if qs == ce && r.addresseeCues[d.toks[ce-1].Low] {
		// "told CNN the talks were over": the addressee is not what was said.
		k := qs
		for k < qe && k < qs+4 && d.isCap(d.toks[k]) {
			k++
		}
		if k > qs && k+2 < qe && (r.function[d.toks[k].Low] || r.pronouns[d.toks[k].Low]) && !r.complementizers[d.toks[k].Low] {
			qs = k
		}
	}
	if qs >= ce && qs-ce <= 2 && d.toks[qs].Text == "," && qs+3 < qe {
		qs++ // "sagte am Montag, …": the comma after a time is not what was said
	}
	if f := d.toks[qs]; qs >= ce && qs-ce <= 5 && f.Word && (r.timeNouns[f.Low] || r.function[f.Low] && !r.articles[f.Low] && !r.determiners[f.Low] && !r.pronouns[f.Low] && !r.conj[f.Low]) {
		// "sagte am Montag in Berlin, ein Beitritt sei …", "said on
		// Monday in Kyiv, the talks …": a short adverbial after the cue,
		// opened by a preposition or a time and closed by a comma, is
		// not what was said ("said the Kremlin, which …, would" is).
		for k := qs; k < qe && k < qs+5; k++ {
			t := d.toks[k]
			if t.Text == "," {
				if k+3 < qe {
					qs = k + 1
				}
				break
			}
			if !t.Word || d.inQuote[k] >= 0 || r.complementizers[t.Low] || !(r.function[t.Low] || d.isCap(t) || r.timeNouns[t.Low]) {
				break
			}
		}
	}
	if qs == ce || qs > ce && qs-ce <= 5 {
		for k := qs; k < qe && k < qs+5; k++ {
			t := d.toks[k]
			if !t.Word {
				break
			}
			if r.complementizers[t.Low] {
				if k > qs && k+3 < qe {
					qs = k + 1
				}
				break
			}
			if !(r.function[t.Low] || d.isCap(t) || d.e.calendar[t.Low] || r.groups.has(t.Low) || r.speechLemmas[t.Low]) {
				break
			}
		}
	}
	others := []int{i}
	for s := d.toks[qs].Sentence; s <= d.toks[qe-1].Sentence; s++ {
		others = append(others, bySent[s]...)
	}
	for _, j := range others {
		o := &d.quotes[j]
		if o.Speaker == nil {
			continue // (its own frame too: "The army is ready, the ministry said")
		}
		at := o.CueSpan.Start
		if m := o.Speaker.MentionSpan; m.End > m.Start && m.Start < at {
			at = m.Start
		}
		if at <= d.toks[qs].Start || at >= q.Span.End || j != i && o.Span.Start < q.Span.End && o.Span.End > q.Span.Start && o.Span.Start <= d.toks[qs].Start {
			continue
		}
		if j == i && !d.endsWithFrame(o, qe) {
			continue // a frame inside its own words: "Однако, как считает Кемп, этого не произойдёт"
		}
		k := d.tokenAt(at)
		for k > qs && d.toks[k-1].Word && r.function[d.toks[k-1].Low] {
			k--
		}
		if k-2 > qs && d.toks[k-1].Word && d.toks[k-2].Text == "," {
			k-- // a conjunction between: "…, while the Treasury expects …"
		}
		comma := false
		for k > qs && !d.toks[k-1].Word {
			comma = comma || d.toks[k-1].Text == ","
			k--
		}
		if comma && k > qs && k < qe {
			qe = k
		}
	}
	span := d.span(qs, qe)
	if span != q.Span && span.End > span.Start {
		q.Span, q.Text = span, d.a.Text[span.Start:span.End]
	}
}

// possessiveOff ends a source before its possessive ending: "Osei's
// claim" has the source Osei.
func possessiveOff(text string, sp *kent.Speaker) {
	m := &sp.MentionSpan
	for _, e := range []string{"'s", "’s"} {
		if strings.HasSuffix(text[m.Start:m.End], e) && m.End-len(e) > m.Start && !strings.HasSuffix(sp.Name, e) {
			m.End -= len(e)
			return
		}
	}
}

// titleDot reports whether token k, after i and before e, is the dot of a
// title before a name: "said Dr. Alan Price", "Lt. Gov. Sarah Kim".
func (d *doc) titleDot(k, i, e int) bool {
	if k <= i || k+1 >= e || d.toks[k].Text != "." || !d.isCap(d.toks[k+1]) {
		return false
	}
	// "Dr.", or a role the language abbreviates in lower case: "gen.
	// Mieczysław Bieniek", "prof. Jan Nowak".
	r := d.rules(k)
	return d.isTitle(d.toks[k-1]) || d.toks[k-1].Word && r.abbrevs[d.toks[k-1].Low] && r.roleWords[d.toks[k-1].Low]
}

// trimSource ends a source mention before the sentence's stop.
func (d *doc) trimSource(sp *kent.Speaker) {
	m := sp.MentionSpan
	if m.End <= m.Start {
		return
	}
	ms, me := d.tokenAt(m.Start), d.tokenEnd(m.End)
	for me > ms+1 && !d.toks[me-1].Word {
		me--
	}
	if ms < me {
		sp.MentionSpan = d.span(ms, me)
	}
}

// splitParticiples makes "X said A, adding that B" two attributions of X:
// reported words that run over a comma and a participle of a reporting
// verb stop before the comma, and what follows the participle (and its
// complementizer) is X's second quote, the participle its cue.
func (d *doc) splitParticiples() {
	n := len(d.quotes)
	for i := 0; i < n; i++ {
		q := &d.quotes[i]
		if q.Kind != kent.QuoteIndirect || q.Speaker == nil {
			continue
		}
		qs, qe := d.tokenAt(q.Span.Start), d.tokenEnd(q.Span.End)
		for k := qs + 2; k < qe-2; k++ {
			r := d.rules(k)
			if d.toks[k-1].Text != "," || !r.cueParticiples[d.toks[k].Low] || d.inQuote[k] >= 0 {
				continue
			}
			from := k + 1
			if r.complementizers[d.toks[from].Low] {
				from++
			}
			if from >= qe {
				break
			}
			sp := *q.Speaker
			span, cue := d.span(from, qe), d.span(k, k+1)
			d.quotes = append(d.quotes, kent.Quote{
				Text: d.a.Text[span.Start:span.End], Span: span, Kind: kent.QuoteIndirect, Speaker: &sp,
				Cue: d.toks[k].Text, CueSpan: cue, Sentence: q.Sentence, Language: q.Language,
			})
			q = &d.quotes[i]
			head := d.span(qs, k-1)
			q.Span, q.Text = head, d.a.Text[head.Start:head.End]
			break
		}
	}
	if len(d.quotes) > n {
		sort.SliceStable(d.quotes, func(i, j int) bool { return d.quotes[i].Span.Start < d.quotes[j].Span.Start })
	}
}

// roleBefore returns the role word at most two lower-case words before and
// including k ("министр обороны"), or -1.
func (d *doc) roleBefore(k, sent int, r *rules) int {
	for j := k; j >= 0 && j > k-2 && d.toks[j].Sentence == sent && d.toks[j].Word; j-- {
		t := d.toks[j]
		if r.roleWords.has(t.Low) {
			return j
		}
		if d.isCap(t) || r.function[t.Low] || r.verbs.Len(d.toks, j) > 0 {
			return -1
		}
	}
	return -1
}

func upperInitial(t kent.Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return t.Word && unicode.IsUpper(r)
}

// endsWithFrame reports whether nothing but q's own source, cue and
// punctuation stands between them and token qe, the end of q's words.
func (d *doc) endsWithFrame(q *kent.Quote, qe int) bool {
	end := q.CueSpan.End
	if m := q.Speaker.MentionSpan; m.End > end {
		end = m.End
	}
	for k := d.tokenEnd(end); k < qe; k++ {
		if d.toks[k].Word {
			return false
		}
	}
	return true
}

// setOff reports whether [a, z) reads as a clause or phrase set off after a
// name: it opens with a relative pronoun, an article or an age, and holds
// no quote mark and no reporting verb.
func (d *doc) setOff(a, z int, r *rules) bool {
	if a >= z {
		return false
	}
	first := d.toks[a].Low
	if !r.relatives[first] && !r.determiners[first] && !isAge(first) {
		return false
	}
	for k := a; k < z; k++ {
		if d.inQuote[k] >= 0 || isMarkToken(d.toks[k].Text) || r.verbs.Len(d.toks, k) > 0 {
			return false
		}
	}
	return true
}
