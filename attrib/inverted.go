package attrib

import (
	"github.com/kentnews/kent"
	"github.com/kentnews/kent/tokens"
)

// invertedAfter reports whether a speech verb right after a comma or a
// dash has its subject after it: "The government will hold until autumn,
// says political scientist Paul Grant", "Rząd przetrwa do jesieni –
// ocenia politolog Jan Nowak", "Il governo reggerà, ha detto il
// politologo Paolo Rossi". The clause before the comma is what was said,
// so a group or organisation word opening it ("government", "Rząd") is
// not the speaker when a person is named after the verb. Verb-second
// languages choose between the two in pickSubject.
func (d *doc) invertedAfter(i, ss int, before, after np, r *rules) bool {
	if r.verbSecond || !before.ok() || !after.ok() || after.kind != kent.SpeakerPerson || before.kind == kent.SpeakerPerson || i <= ss {
		return false
	}
	p := d.toks[i-1].Text
	return (p == "," || tokens.IsDash(p)) && before.end <= i
}

// commaBeforeSubject returns the token before the subject of frame f,
// past the article and role words that open the subject's phrase ("…,
// the Institute for the Study of War says in its daily assessment"),
// where only an adjunct (a preposition, not an article: "the union
// demanded a seat") or nothing follows the verb: a comma there makes
// the frame a trailing one. Where more follows ("At the same time, the
// professor said Yoon was …") the token right before the subject.
func (d *doc) commaBeforeSubject(f *frame, end, ss int, r *rules) int {
	start := f.np.start
	k := start - 1
	a := f.cueEnd
	if a < end && a+1 < end && r.addresseeCues[d.toks[a-1].Low] && d.toks[a].Word && !r.function[d.toks[a].Low] && !r.complementizers[d.toks[a].Low] && (!d.toks[a+1].Word || r.function[d.toks[a+1].Low]) {
		a++ // "…, Pashinyan told parliament on Wednesday": the addressee, then the frame's adjuncts
	}
	if a < end && !(d.toks[a].Word && r.function[d.toks[a].Low] && !r.determiners[d.toks[a].Low] && !r.complementizers[d.toks[a].Low] && !d.isCap(d.toks[a])) {
		return k
	}
	for n := 0; n < 3 && k > ss && d.toks[k].Word && (!d.isCap(d.toks[k]) && r.determiners[d.toks[k].Low] || r.roleWords.has(d.toks[k].Low) || d.isCap(d.toks[k]) && r.roleWords.has(d.toks[k+1].Low)); n++ {
		k-- // "the economist", "Prime Minister Nikol Pashinyan": a title before the name
	}
	if d.toks[k].Text == "," {
		return k
	}
	return start - 1
}
