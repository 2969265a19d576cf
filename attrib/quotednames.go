package attrib

import "github.com/kentnews/kent"

// quotedNameReach is how many words a name in quote marks may have:
// "„Rzeczpospolita”", "«Коммерсантъ»", "„The Globe and Mail”".
const quotedNameReach = 5

// quotedNameBefore reads the subject of the speech verb at i when it is a
// name in quote marks right before it, as Polish, Russian, Ukrainian and
// German news write the titles of papers, parties and agencies:
// "„Rzeczpospolita” podała, że …", "«Коммерсантъ» пишет, что …", "Die
// „Süddeutsche Zeitung“ berichtet, …". The quoted words are a name, not a
// quote: short, opening with a capital, with no comma or stop before the
// verb. An outlet noun or article before the marks ("Dziennik", "газета",
// "Die") is not part of the name. Only read where no subject follows the
// verb: in '"We will win" said Smith' the quote is what Smith said.
func (d *doc) quotedNameBefore(i, ss int) np {
	c := i - 1
	if c <= ss || !isMarkToken(d.toks[c].Text) {
		return np{}
	}
	o, words := c-1, 0
	for o >= ss && !isMarkToken(d.toks[o].Text) {
		if d.toks[o].Word {
			words++
		} else if t := d.toks[o].Text; t == "," || t == "." || t == ":" || t == ";" || t == "!" || t == "?" {
			return np{}
		}
		o--
	}
	if o < ss || words == 0 || words > quotedNameReach || o+1 >= c || !d.toks[o+1].Word || !startsUpper(d.toks[o+1].Text) {
		return np{}
	}
	return np{start: o + 1, end: c, kind: kent.SpeakerOrganisation}
}
