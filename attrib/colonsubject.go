package attrib

import "github.com/kentnews/kent"

// colonReachWords is the most words the clause before a colon may have for
// the person it names to speak the quote after the colon.
const colonReachWords = 16

// colonSubject reads the speaker of a quote that a colon opens after a
// clause about one person: "Kaja Kallas was realistic: “…”", "His
// Estonian counterpart Kaja Kallas agreed, but admitted it would be
// harder: “…”". The clause, in the colon's sentence, must name exactly
// one person (a run of two or more capitalised words that names a
// person) and carry no frame of its own that has a speaker.
func (d *doc) colonSubject(colon, s, ss int, r *rules) (np, bool) {
	if d.wordsIn(ss, colon) > colonReachWords {
		return np{}, false
	}
	for _, f := range d.byFrameOf(s) {
		if f.cueStart < colon && f.np.ok() {
			return np{}, false // "Kallas admitted …:" — that frame speaks
		}
	}
	var found np
	for k := ss; k < colon; k++ {
		if d.inQuote[k] >= 0 {
			return np{}, false
		}
		if !d.toks[k].Word || !d.isCap(d.toks[k]) || r.function[d.toks[k].Low] || r.articles[d.toks[k].Low] {
			continue // "His Estonian counterpart Kaja Kallas": a capitalised function word opens no name
		}
		j := d.nameRun(k, colon)
		if j-k >= 2 {
			b := d.stripTitles(k, j, r)
			if j-b >= 2 && d.nameKind(b, j, r) == kent.SpeakerPerson {
				if found.ok() {
					return np{}, false // two people: whose words is unclear
				}
				found = np{start: b, end: j, kind: kent.SpeakerPerson}
			}
		}
		if j > k {
			k = j - 1
		}
	}
	return found, found.ok()
}

// byFrameOf returns the frames found so far in sentence s (before the
// index is built).
func (d *doc) byFrameOf(s int) []*frame {
	var out []*frame
	for _, f := range d.frames {
		if f.sent == s {
			out = append(out, f)
		}
	}
	return out
}
