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
