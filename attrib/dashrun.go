package attrib

import "github.com/kentnews/kent/tokens"

// dashRunReach is how many sentences after the one a mid-paragraph speech
// dash opens may still belong to its quote.
const dashRunReach = 3

// dashRunEnd returns the last token of a speech-dash quote that opens the
// sentence rng inside a paragraph and closes in a later sentence of it
// with its frame after a dash: "Czy to koniec wojny? – Zdecydowanie nie,
// do niego jeszcze daleko. To tylko chwilowy oddech – mówi Krzyżanowski."
// Polish, Russian and Ukrainian write one dash before the speech and one
// before its frame, however many sentences lie between. With no such frame
// (or another speech dash first) the quote is its own sentence: last.
func (d *doc) dashRunEnd(rng [2]int, last int) int {
	pi := d.toks[rng[0]].Paragraph
	s := d.toks[rng[0]].Sentence
	for k := s + 1; k < len(d.sentTok) && k <= s+dashRunReach; k++ {
		ss, se := d.sentTok[k][0], d.sentTok[k][1]
		if ss < 0 || ss >= se || d.toks[ss].Paragraph != pi || tokens.IsDash(d.toks[ss].Text) {
			return last
		}
		for _, f := range d.framesIn(k, k) {
			if f.source || f.cueStart < ss || f.cueStart >= se {
				continue
			}
			if st := f.first(); st > ss && tokens.IsDash(d.toks[st-1].Text) {
				return se - 1
			}
		}
		for x := ss; x < se; x++ {
			if tokens.IsDash(d.toks[x].Text) {
				return last // a dash with no frame after it: a pause, not the quote's end
			}
		}
	}
	return last
}
