package attrib

import (
	"strings"

	"github.com/kentnews/kent"
)

// Reported speech by mood alone. German reports speech in the present
// subjunctive (Konjunktiv I) and keeps it up over several sentences with
// no verb of saying: "Anna Berg sagte, die Reform sei gescheitert. Die
// Kassen seien leer. Man müsse jetzt handeln." The sentences after the
// report are hers. A sentence goes on in the voice of the sentence before
// it when that one names exactly one speaker (a frame, whether or not it
// reported a clause: "Berg hat vor dem Ausschuss gesprochen."), it is in
// the same paragraph, has no frame or quote of its own, and its main verb
// is in the reporting mood: Konjunktiv I in a language that marks reported
// speech so (lexicon reported_subjunctive), or a parser's quotative mood.

// moodQuotes adds the sentences in the reporting mood after a speaker's
// sentence as that speaker's indirect quotes.
func (d *doc) moodQuotes() {
	var speaker *kent.Speaker // the voice the next sentence may go on in
	para := -1
	for s := range d.sentTok {
		ss, se := d.sentTok[s][0], d.sentTok[s][1]
		if ss < 0 || ss >= se {
			speaker = nil
			continue
		}
		if p := d.toks[ss].Paragraph; p != para {
			para, speaker = p, nil
		}
		if one, n := d.sentSpeaker(s); n > 0 {
			speaker = one // nil when two speakers share it
			continue
		}
		if speaker == nil || d.quoteIn(ss, se) || !d.reportingMood(s) {
			speaker = nil
			continue
		}
		end := se
		for end > ss && !d.toks[end-1].Word {
			end--
		}
		d.addQuote(ss, end, kent.QuoteIndirect, speaker, "", kent.Span{})
	}
}

// sentSpeaker returns the speaker of sentence s's frames and how many
// frames have one; the speaker is nil when they name different people.
func (d *doc) sentSpeaker(s int) (*kent.Speaker, int) {
	var one *kent.Speaker
	n := 0
	for _, f := range d.sentFrames(s) {
		if f.void || f.speaker == nil {
			continue
		}
		if n > 0 && one != nil && one.Name != f.speaker.Name {
			one = nil
		} else if n == 0 {
			one = f.speaker
		}
		n++
	}
	return one, n
}

// quoteIn reports whether a quote already covers a word of tokens [ss, se).
func (d *doc) quoteIn(ss, se int) bool {
	from, to := d.toks[ss].Start, d.toks[se-1].End
	for _, q := range d.quotes {
		if q.Span.Start < to && q.Span.End > from {
			return true
		}
	}
	return false
}

// reportingMood reports whether sentence s's main verb is in the
// reporting mood: its root's finite verb (the root, or the auxiliary or
// copula on it) is quotative, or a present subjunctive where the
// language reports speech so.
func (d *doc) reportingMood(s int) bool {
	p := d.parseOf(s)
	if p == nil {
		return false
	}
	for x := p.base; x < p.base+len(p.words); x++ {
		if p.head(x) >= 0 {
			continue
		}
		fin := p.finite(x)
		if fin < 0 {
			return false
		}
		f := p.feats(fin)
		if strings.Contains(f, "Mood=Qot") {
			return true
		}
		return d.rules(fin).reportedSubj && strings.Contains(f, "Mood=Sub") && !strings.Contains(f, "Person=1") && d.presentSubjunctive(p, fin)
	}
	return false
}

// presentSubjunctive tells Konjunktiv I from Konjunktiv II, which the
// parser's Mood=Sub does not: the present subjunctive is the infinitive's
// stem with -e ("komme", "müsse", "habe", "werde"), or a form of "sein"
// ("sei", "seien"); "käme", "müsste", "hätte", "würde" are the past
// subjunctive, which the writer's own voice uses too ("es wäre besser").
func (d *doc) presentSubjunctive(p *sentParse, x int) bool {
	form, lemma := d.toks[x].Low, strings.ToLower(p.words[x-p.base].Lemma)
	if lemma == "sein" {
		return strings.HasPrefix(form, "sei")
	}
	return strings.HasSuffix(lemma, "en") && form == strings.TrimSuffix(lemma, "n")
}
