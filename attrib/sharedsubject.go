package attrib

import (
	"github.com/kentnews/kent"
)

// A speech or belief verb joined by "and" to the clause before it, with
// no subject of its own, shares that clause's subject: "Hennes kollega
// Erik Holm är docent vid Lunds universitet och tror inte att …", "Ihr
// Kollege Erik Holm ist Dozent an der Universität Kiel und hält … für
// unwahrscheinlich". Read from the verb back or forth, the nearest noun
// is the first clause's object or a place ("docent", "Universität Kiel"),
// or, in a verb-second language, the verb's own object ("hält eine
// Zinssenkung"), never the speaker.

// sharedReach is the most tokens the first clause may have between its
// subject and the coordinator.
const sharedReach = 14

// sharedSubject returns the person whose name opens the sentence when a
// coordinator stands right before the verb at i and the clause it
// continues has no punctuation, second coordinator, clause or reporting
// verb after the name; ok is false otherwise.
func (d *doc) sharedSubject(i, s, ss int, r *rules) (np, bool) {
	c := i - 1
	if c-ss < 3 || !d.toks[c].Word || !r.conj[d.toks[c].Low] || d.isCap(d.toks[c]) {
		return np{}, false
	}
	b, e := d.openingName(s, ss, c, r)
	if b < 0 || c-e > sharedReach || c == e {
		return np{}, false
	}
	for j := e; j < c; j++ {
		t := d.toks[j]
		switch {
		case d.inQuote[j] >= 0:
			return np{}, false
		case !t.Word && t.Text != "-":
			return np{}, false // a comma or a quote: another clause may have begun
		case !t.Word:
		case r.conj[t.Low] || r.pronouns[t.Low] || r.complementizers[t.Low] || r.verbs.Len(d.toks[:c], j) > 0:
			return np{}, false // "Anna Berg und Peter Lund …", "X sagte, dass … und glaubt"
		}
	}
	return np{start: b, end: e, kind: kent.SpeakerPerson}, true
}

// openingName finds the person's name that opens sentence s before
// limit: two to four capitalised words within its first four tokens,
// only words before them. A word the parse reads as no proper noun opens
// no name ("Ihr Kollege Erik Holm" is Erik Holm); without a parse, titles
// and role words are left out. It returns -1, -1 when there is none.
func (d *doc) openingName(s, ss, limit int, r *rules) (from, to int) {
	p := d.parseOf(s)
	for k := ss; k < ss+4 && k < limit; k++ {
		if !d.toks[k].Word || d.inQuote[k] >= 0 {
			return -1, -1
		}
		if !d.isCap(d.toks[k]) {
			continue
		}
		e := k
		for e < limit && e < k+5 && d.toks[e].Word && d.isCap(d.toks[e]) {
			e++
		}
		x := e
		for x < limit && x < e+3 && d.toks[x].Word && (d.particle(x) || r.connectors[d.toks[x].Low]) {
			x++
		}
		if e-k >= 2 && x > e && x < limit && d.isCap(d.toks[x]) {
			return -1, -1 // "Ursula von der Leyen": particles go on with the name
		}
		b := d.stripTitles(k, e, r)
		if p != nil {
			for b < e && p.words[b-p.base].UPOS != "PROPN" {
				b++
			}
		}
		if n := e - b; n >= 2 && n <= 4 && d.nameKind(b, e, r) == kent.SpeakerPerson && !d.hasPlace(b, e) {
			return b, e
		}
		if e-k > 1 {
			return -1, -1 // a capitalised run that is no person's name opens the sentence
		}
	}
	return -1, -1
}
