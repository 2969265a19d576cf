package attrib

import "strings"

// Clauses read as appositions. After a verb-second frame with its subject
// after the verb ("Im Januar erklärte Berg, die Lage sei ernst", "Am
// Dienstag sagte Schulz, er halte …") the comma after the name opens what
// was said, not who the speaker is: an apposition is a noun phrase ("Berg,
// die Ministerin,"), and the words after this comma run to the end of the
// sentence with a finite verb of their own. Such an apposition is dropped,
// so the clause is the reported speech; the parse tells the finite verb.

// clauseApposition drops the apposition of frame f's subject after its
// verb when no comma closes it and the parse finds a finite verb in it.
func (d *doc) clauseApposition(f *frame) {
	n := &f.np
	if !f.npAfter || f.source || !n.hasApposite || d.toks[n.appEnd-1].Text == "," {
		return
	}
	p := d.parseOf(f.sent)
	if p == nil {
		return
	}
	for x := max(n.appStart, p.base); x < n.appEnd && x < p.base+len(p.words); x++ {
		if u := p.upos(x); (u == "VERB" || u == "AUX") && strings.Contains(p.feats(x), "VerbForm=Fin") {
			d.dropApposition(n, d.rules(n.appStart))
			return
		}
	}
}
