// "One of them said": a speaker who is one of the group named before.

package attrib

import "github.com/kentnews/kent"

// partitiveSpeaker reads a partitive ("one of them", "einer von ihnen",
// "jeden z nich", "один из них") as the speaker of the reporting verb at
// tokens [i, i+m): right before it, past any auxiliary ("L'un d'eux a
// déclaré"), or right after it ("sagte einer von ihnen").
func (d *doc) partitiveSpeaker(i, m, ss, se int, r *rules) (np, bool) {
	if l := r.partitives.Len(d.toks[:se], i+m); l > 0 {
		if e := i + m + l; e+1 < se && d.toks[e].Text == "," && d.isCap(d.toks[e+1]) {
			n := d.someone(d.parseAfter(e+1, se, r))
			return n, n.ok() // "said one of them, Anna Berg": the name holds
		}
		return np{start: i + m, end: i + m + l, kind: partitive}, true
	}
	j := i
	for j > ss && d.toks[j-1].Word && r.aux[d.toks[j-1].Low] {
		j--
	}
	for b := j - 1; b >= ss && b >= j-5; b-- {
		if l := r.partitives.Len(d.toks[:j], b); b+l == j && l > 0 {
			return np{start: b, end: j, kind: partitive}, true
		}
	}
	return np{}, false
}

// partitive is the kind of a mention that stands for one of a group.
const partitive = "partitive"

// groupBefore finds the group a partitive at token k stands for: the
// latest plural group noun in its sentence or the two before it
// ("Analysts at Nordbank are divided. One of them said …"), with the
// words that open its phrase and the capitalised name after it, with or
// without a preposition ("at Nordbank", "Nordbanku", "der Nordbank").
func (d *doc) groupBefore(k int) (b, e int, ok bool) {
	s := d.toks[k].Sentence
	for x := k - 1; x >= 0 && s-d.toks[x].Sentence <= 2; x-- {
		t := d.toks[x]
		r := d.rules(x)
		if !t.Word || d.inQuote[x] >= 0 || !r.groups.has(t.Low) || r.roleWords.has(t.Low) && !d.pluralWord(x) {
			continue
		}
		ss := d.sentTok[t.Sentence][0]
		se := d.sentTok[t.Sentence][1]
		b, e = d.groupStart(x, ss, r), x+1
		for y := e; y < se && y < x+4 && d.toks[y].Word && d.inQuote[y] < 0; y++ {
			if d.isCap(d.toks[y]) {
				e = y + 1
				continue
			}
			if !r.affPreps[d.toks[y].Low] && !r.articles[d.toks[y].Low] && !r.determiners[d.toks[y].Low] && !r.connectors[d.toks[y].Low] {
				break
			}
		}
		for e > x+1 && !d.isCap(d.toks[e-1]) {
			e--
		}
		return b, e, true
	}
	return 0, 0, false
}

// partitiveHolder fills sp from the group a partitive stands for; false
// when the article names no group before it.
func (d *doc) partitiveHolder(sp *kent.Speaker, n np) bool {
	b, e, ok := d.groupBefore(n.start)
	if !ok {
		return false
	}
	sp.Name, sp.Kind = trimPossessive(d.text(b, e)), kent.SpeakerGroup
	return true
}
