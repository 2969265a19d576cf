package attrib

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/kentnews/kent"
)

// A speech event's message: the clause or object its cue governs, or
// what follows its colon or comma when the parse leaves it out.

// eventMessage finds the message of cue k: its clausal complements
// ("dass …", direct speech after a colon), or failing those its object,
// passive subject or predicative ("sage ich das", "wird verkündet",
// "finde gut"). A noun cue's message is its clause ("die Forderung, … zu
// senken").
func (d *doc) eventMessage(p *sentParse, k int, r *rules) []int {
	clause := map[string]bool{"ccomp": true, "csubj:pass": true, "parataxis": true}
	object := map[string]bool{"obj": true, "nsubj:pass": true, "xcomp": true}
	if p.upos(k) == "NOUN" {
		clause = map[string]bool{"ccomp": true, "acl": true}
		object = nil
	}
	for _, rels := range []map[string]bool{clause, object} {
		var out []int
		for x := p.base; x < p.base+len(p.words); x++ {
			// a relation's subtype counts as the relation ("ccomp:obj" in
			// Polish), but "acl:relcl" is no message of a noun
			rel := p.rel(x)
			if base, _, _ := strings.Cut(rel, ":"); p.head(x) == k && (rels[rel] || rels[base] && rel != "acl:relcl" && rel != "nsubj:pass") && !d.notMessage(p, x, r) {
				out = append(out, x)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	if p.upos(k) != "NOUN" {
		if out := d.looseClause(p, k, r); out != nil {
			return out
		}
		return nil
	}
	return d.nounComplement(p, k, r)
}

// nounComplement is the message of noun cue k given by a noun phrase
// after it: a genitive that can hold no view ("die Idee einer
// Sippenhaft", "идея перемирия") and the quoted term of "das Wort
// „Frieden“". A genitive that can hold a view is the source instead ("die
// Forderung der Union"); prepositional phrases ("Zweifel an …", "der
// Dialog mit Russland") are left out, as they tell topics, partners and
// places as often as contents.
func (d *doc) nounComplement(p *sentParse, k int, r *rules) []int {
	for x := k + 1; x < p.base+len(p.words); x++ {
		if p.head(x) != k || p.rel(x) != "nmod" && p.rel(x) != "appos" && p.rel(x) != "flat" {
			continue
		}
		if u := p.upos(x); u != "NOUN" && u != "PROPN" && u != "NUM" {
			continue
		}
		if (p.genitive(x) || d.agentMarked(p, x, r) || p.rel(x) != "nmod" && !d.quoted(x)) && d.holderNoun(p, x, r) {
			continue
		}
		if p.rel(x) != "nmod" && !d.quoted(x) {
			continue // an apposition names the cue's holder or restates it
		}
		if p.hasPrep(x) && !d.quoted(x) {
			continue // "der Dialog mit Russland", "das Gesetz im Kern": a preposition tells a topic, a partner or a place as often as a content
		}
		return []int{x}
	}
	// the parser hung the genitive elsewhere: "lehnt die Idee einer
	// Waffenruhe ab", "отвергло требование перемирия"
	end := p.base + len(p.words)
	j := k + 1
	if j < end && p.upos(j) == "DET" && strings.Contains(p.feats(j), "Case=Gen") {
		for j++; j < end && p.upos(j) == "ADJ"; j++ {
		}
		if j < end && (p.upos(j) == "NOUN" || p.upos(j) == "PROPN") && !d.holderNoun(p, j, r) {
			return []int{j}
		}
		return nil
	}
	if j < end && p.upos(j) == "NOUN" && strings.Contains(p.feats(j), "Case=Gen") && !d.holderNoun(p, j, r) && p.head(j) != k {
		return []int{j}
	}
	return nil
}

// quoted reports whether token x stands right after an opening quote
// mark: "das Wort „Frieden“".
func (d *doc) quoted(x int) bool {
	if x == 0 || d.toks[x-1].Word {
		return false
	}
	r, _ := utf8.DecodeRuneInString(d.toks[x-1].Text)
	return closers[r] != nil
}

// addressees are the indirect objects of a verb cue, and its datives
// with no preposition ("sage Ihnen", "told reporters").
func (p *sentParse) addressees(k int) []int {
	if p.upos(k) == "NOUN" {
		return nil
	}
	var out []int
	for x := p.base; x < p.base+len(p.words); x++ {
		if p.head(x) != k {
			continue
		}
		if p.rel(x) == "iobj" || strings.HasPrefix(p.rel(x), "obl") && strings.Contains(p.feats(x), "Case=Dat") && len(p.children(x, "case")) == 0 {
			out = append(out, x)
		}
	}
	return out
}

// isClause reports whether one of the message heads xs is a clause: a
// verb or a predicate with a subject, complementizer or copula of its own.
func (p *sentParse) isClause(xs []int) bool {
	for _, x := range xs {
		if p.upos(x) == "VERB" || p.upos(x) == "AUX" {
			return true
		}
		for y := p.base; y < p.base+len(p.words); y++ {
			if p.head(y) == x && (p.rel(y) == "mark" || p.rel(y) == "cop" || strings.HasPrefix(p.rel(y), "nsubj")) {
				return true
			}
		}
	}
	return false
}

// looseClause finds a complement clause the parser hung on the cue by
// another relation: a clause after the cue that opens with a
// complementizer ("dass", "that") or, after a comma, with a question word
// ("weiß ich nicht, was …").
func (d *doc) looseClause(p *sentParse, k int, r *rules) []int {
	for x := k + 1; x < p.base+len(p.words); x++ {
		if p.head(x) != k {
			continue
		}
		switch p.rel(x) {
		case "acl", "advcl", "dep", "punct", "conj", "obl", "advmod":
		default:
			continue
		}
		switch p.upos(x) {
		case "VERB", "ADJ", "AUX", "NOUN":
		default:
			continue
		}
		first := x
		for y := k + 1; y < x; y++ {
			if p.under(y, x) && d.toks[y].Word {
				first = y
				break
			}
		}
		comma := first > p.base && d.toks[first-1].Text == ","
		if r.complementizers[d.toks[first].Low] || comma && (p.upos(first) == "PRON" || p.upos(first) == "ADV") && first != x {
			return []int{x}
		}
	}
	return nil
}

// subtrees lists the tokens under any of roots, in order, leaving out the
// cue's own tokens.
func (d *doc) subtrees(p *sentParse, roots, cue []int) []int {
	if len(roots) == 0 {
		return nil
	}
	var out []int
	for x := p.base; x < p.base+len(p.words); x++ {
		if slices.Contains(cue, x) {
			continue
		}
		for _, r := range roots {
			if p.under(x, r) && !p.underAny(x, r, cue) {
				out = append(out, x)
				break
			}
		}
	}
	return out
}

// underAny reports whether x reaches one of cue on its way up to root: a
// word hanging on the cue belongs to the cue's event, not to the role.
func (p *sentParse) underAny(x, root int, cue []int) bool {
	for steps := 0; x >= 0 && x != root && steps < len(p.words); steps++ {
		if slices.Contains(cue, x) {
			return true
		}
		x = p.head(x)
	}
	return false
}

// pieces turns sorted token indices into spans of consecutive tokens,
// without punctuation at either edge of a piece.
func (d *doc) pieces(ts []int) []kent.Span {
	var out []kent.Span
	for i := 0; i < len(ts); {
		j := i + 1
		for j < len(ts) && ts[j] == ts[j-1]+1 {
			j++
		}
		b, e := ts[i], ts[j-1]+1
		for b < e && !d.toks[b].Word {
			b++
		}
		for e > b && !d.toks[e-1].Word {
			e--
		}
		if b < e {
			b, e = d.withPartnerMarks(b, e, ts[i], ts[j-1]+1)
			out = append(out, d.span(b, e))
		}
		i = j
	}
	return out
}

// withPartnerMarks widens the words [b, e) by a quote mark whose partner
// is inside them, as attribution corpora mark a quotation with its marks
// ("das Wort „Frieden“", „Die Dilettanten …“ - …): the mark before b
// (within lo) that opens one they close, the mark at e (before hi, or
// right after it) that closes one they open.
func (d *doc) withPartnerMarks(b, e, lo, hi int) (int, int) {
	open := func(t int) bool {
		r, _ := utf8.DecodeRuneInString(d.toks[t].Text)
		return len(d.toks[t].Text) == utf8.RuneLen(r) && closers[r] != nil
	}
	var stack []rune
	unclosed, unopened := false, false
	for t := b; t < e; t++ {
		if d.toks[t].Word {
			continue
		}
		r, _ := utf8.DecodeRuneInString(d.toks[t].Text)
		glued := t > 0 && d.toks[t-1].Word && d.toks[t-1].End == d.toks[t].Start
		if n := len(stack); n > 0 && slices.Contains(closers[stack[n-1]], r) {
			stack = stack[:n-1]
		} else if open(t) && r != '"' && r != '\'' && !(glued && isCloser(r)) {
			stack = append(stack, r)
		} else if isCloser(r) {
			unopened = true
		}
	}
	unclosed = len(stack) > 0
	if unclosed && e < len(d.toks) && e <= hi && !d.toks[e].Word && d.toks[e].Paragraph == d.toks[e-1].Paragraph {
		if r, _ := utf8.DecodeRuneInString(d.toks[e].Text); slices.Contains(closers[stack[len(stack)-1]], r) {
			e++
		}
	}
	if unopened && b > lo && open(b-1) {
		b--
	}
	return b, e
}

// isCloser reports whether r closes a quotation in some language.
func isCloser(r rune) bool {
	for _, cs := range closers {
		if slices.Contains(cs, r) {
			return true
		}
	}
	return false
}

// afterColon is what a colon after the cue's clause opens, to the end of
// the sentence: the message, or its second piece after a pronoun that
// points ahead ("Sie haben es gesagt: Erst seit Februar ist klar, …",
// "Man kann das verstehen: …", "She said it plainly: …"). Only where
// nothing but the cue's own words and message stands between cue k and
// the colon (no other finite verb), and the colon opens words; nil
// otherwise.
func (d *doc) afterColon(p *sentParse, k int, msg, cue []int) []int {
	end := p.base + len(p.words)
	from := k
	for _, t := range append(slices.Clone(msg), cue...) {
		from = max(from, t)
	}
	colon := -1
	for t := from + 1; t < end; t++ {
		if d.toks[t].Text == ":" {
			colon = t
			break
		}
		if !d.toks[t].Word {
			continue
		}
		if strings.Contains(p.feats(t), "VerbForm=Fin") && !slices.Contains(cue, p.head(t)) && !slices.Contains(cue, t) {
			return nil // another clause's verb: the colon is not the cue's
		}
	}
	if colon < 0 {
		return nil
	}
	last := end
	for last > colon+1 && !d.toks[last-1].Word && !closingMark(d.toks[last-1].Text) {
		last-- // the sentence's full stop
	}
	var out []int
	for t := colon + 1; t < last; t++ {
		out = append(out, t)
	}
	if len(out) == 0 || !slices.ContainsFunc(out, func(t int) bool { return d.toks[t].Word }) {
		return nil
	}
	return out
}

// closingMark reports whether s closes a quotation or bracket, which a
// message keeps.
func closingMark(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	switch r {
	case '"', '“', '”', '»', '«', '’', ')', '\'':
		return true
	}
	return false
}

// nextSentence is the whole of the sentence after s when s ends with a
// colon, else nil.
func (d *doc) nextSentence(s int) []kent.Span {
	ss, se := d.sentTok[s][0], d.sentTok[s][1]
	if ss < 0 || d.toks[se-1].Text != ":" || s+1 >= len(d.sentTok) || d.sentTok[s+1][0] < 0 {
		return nil
	}
	ns, ne := d.sentTok[s+1][0], d.sentTok[s+1][1]
	idx := make([]int, 0, ne-ns)
	for k := ns; k < ne; k++ {
		idx = append(idx, k)
	}
	return d.pieces(idx)
}

// clauseToEnd runs a clause message that follows its cue on to the end of
// the sentence: reported speech ends where the sentence does, but a parser
// often hangs the clause's last words on the cue ("fürchten, dass der
// Prozess, in dem …, gefährdet sei"; "weiß, dass …, weil …"). It stops
// where the reporting clause goes on: a conjunct of the cue ("fordern,
// den Antrag abzulehnen, und werden das auch tun"), a vocative ("…,
// meine Damen und Herren"), the source, or a semicolon,
// colon or dash after a clause that the colon did not open.
func (d *doc) clauseToEnd(p *sentParse, k int, msg, cue, src []int, r *rules) []int {
	if len(msg) == 0 {
		return msg
	}
	last, end := msg[len(msg)-1], p.base+len(p.words)
	for _, c := range cue {
		if c > msg[0] {
			return msg // the cue is inside or after the message
		}
	}
	colon := msg[0] > p.base && d.toks[msg[0]-1].Text == ":"
	heads := p.cueHeads(k, k+1)
	stop := end
	for t := last + 1; t < end; t++ {
		if slices.Contains(cue, t) || slices.Contains(src, t) {
			stop = t
			break
		}
		w := d.toks[t]
		if !w.Word {
			if !colon && (w.Text == ";" || w.Text == ":" || w.Text == "–" || w.Text == "—" || w.Text == "-" && t+1 < end && d.toks[t+1].Text != "") {
				stop = t
				break
			}
			continue
		}
		if p.rel(t) == "conj" && slices.Contains(heads, p.head(t)) && len(p.children(t, "cc")) > 0 || p.rel(t) == "vocative" || d.trailingVocative(p, t, msg) {
			// the conjunct's or vocative's own words before it ("und", "meine")
			stop = t
			for b := t - 1; b > last && p.under(b, t); b-- {
				stop = b
			}
			break
		}
	}
	for stop > last+1 && (!d.toks[stop-1].Word || r.conj[d.toks[stop-1].Low]) {
		stop-- // no comma, "und" or closing mark at the edge
	}
	out := make([]int, 0, stop-msg[0])
	for t := msg[0]; t < stop; t++ {
		// the gaps too: words the parser hung on the cue inside the clause
		if t <= last && !slices.Contains(msg, t) && (slices.Contains(cue, t) || slices.Contains(src, t)) {
			continue
		}
		out = append(out, t)
	}
	return out
}

// trailingVocative reports whether nominal t, after a comma, opens an
// address to the audience that ends the sentence or runs to the next
// comma ("…, meine Damen und Herren.", "…, ladies and gentlemen."): a
// noun phrase with no verb that the parse does not put inside the
// message msg.
func (d *doc) trailingVocative(p *sentParse, t int, msg []int) bool {
	if u := p.upos(t); u != "NOUN" && u != "PROPN" && u != "DET" && u != "ADJ" || t == p.base || d.toks[t-1].Text != "," {
		return false
	}
	end := p.base + len(p.words)
	for _, m := range msg {
		if p.under(t, m) {
			return false
		}
	}
	for x := t; x < end; x++ {
		if !d.toks[x].Word {
			if d.toks[x].Text == "," || d.toks[x].Text == "!" {
				return true
			}
			continue
		}
		if u := p.upos(x); u == "VERB" || u == "AUX" || u == "SCONJ" || u == "PRON" && x == t {
			return false
		}
	}
	return true
}
