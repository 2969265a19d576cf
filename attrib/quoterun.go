package attrib

import "github.com/kentnews/kent"

// quoteRunReach is how many sentences may stand between a quote with a
// speaker and the next quote of the same paragraph that goes on with it.
const quoteRunReach = 2

// runsOn reports whether the words between a quote with a speaker (its
// frame ends at token from) and a quote opening at token to, in one
// paragraph, only go on with the same speaker: “…,” said X. The group is
// serious now, he added. “We hope …” — at most quoteRunReach sentences,
// no quote marks, no frame of anyone else and no person named as a
// clause's subject.
func (d *doc) runsOn(sp *kent.Speaker, from, to int) bool {
	if sp == nil || from < 0 || to <= from || d.toks[from].Sentence+quoteRunReach < d.toks[to].Sentence {
		return false
	}
	for k := from; k < to; k++ {
		if d.inQuote[k] >= 0 || isMarkToken(d.toks[k].Text) {
			return false
		}
	}
	for _, f := range d.frames {
		if f.void || f.first() < from || f.first() >= to {
			continue
		}
		if f.speaker == nil || f.speaker.Name != sp.Name {
			return false // someone else speaks between
		}
	}
	for _, m := range d.subjects {
		if m.tok >= from && m.tok < to && m.p != nil && m.p.kind == kent.SpeakerPerson && d.reg.display(m.p) != sp.Name {
			return false // "Y disagreed.": a new person the next quote may be from
		}
	}
	return true
}

// reportedBefore returns the speaker a quote that is a sentence of its own
// (marks oi and ci, nothing but punctuation around them) goes on with: the
// one whose words the sentence right before it in the paragraph reports
// ("Anna Berg sagte, die Lage sei ernst. „Eine Senkung ist
// unwahrscheinlich.“", "Анна Берг заявила, что … . «…»"). Journalists
// attribute a bare quote to whoever spoke last; with two speakers in that
// sentence, or none, it is no one's.
func (d *doc) reportedBefore(oi, ci int) *kent.Speaker {
	so, sc := d.toks[oi].Sentence, d.toks[ci].Sentence
	if so == 0 || d.sentTok[so][0] < 0 || d.sentTok[sc][0] < 0 {
		return nil
	}
	ss, se := d.sentTok[so][0], d.sentTok[sc][1]
	if !d.onlyPunct(ss, oi) || !d.onlyPunct(ci+1, se) {
		return nil // the quote shares its sentence with words of the writer's
	}
	ps := d.sentTok[so-1][0]
	if ps < 0 || d.toks[ps].Paragraph != d.toks[oi].Paragraph {
		return nil
	}
	var sp *kent.Speaker
	for _, f := range d.byFrame[so-1] {
		if f.void || f.speaker == nil || f.speaker.Name == "" {
			continue
		}
		if sp != nil && sp.Name != f.speaker.Name {
			return nil
		}
		sp = f.speaker
	}
	return sp
}
