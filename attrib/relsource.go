package attrib

// sourceViaRelative reads a source cue whose source is a relative pronoun
// ("…, secondo cui Putin potrebbe …", "…, по словам которого …",
// "…, according to whom …"): the pronoun stands for the noun phrase
// before its comma, which holds what the clause goes on to say. The frame
// covers the cue and the pronoun; nil when no speaker stands before the
// comma.
func (d *doc) sourceViaRelative(i, s, ss, se int, r *rules) (*frame, int) {
	m := r.relativeSources.Len(d.toks[:se], i)
	if m == 0 || i-1 <= ss || d.toks[i-1].Text != "," {
		return nil, i
	}
	n := d.someone(d.parseBefore(i, ss, r))
	if !n.ok() {
		n = d.someone(d.parseBefore(i-1, ss, r))
	}
	if !n.ok() || n.kind == "pronoun" {
		return nil, i
	}
	n.tail = i + m // what it says follows the pronoun, not the name
	return &frame{cueStart: i, cueEnd: i + m, cue: d.text(i, i+m), np: n, source: true, npAfter: true, sent: s}, i + m - 1
}
