package estimate

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent"
)

// Reported speech goes on past its frame. Wire copy names a source once and
// keeps reporting it in the sentences that follow in the same paragraph:
// "The withdrawal has begun, the institute says. Russian forces likely
// intend to continue it", "…, sagte Braun. Ein Bruch der Koalition sei
// sehr unwahrscheinlich", "Однако, пишет Петров, это не конец истории.
// Так что до развязки еще далеко". A judgement that finds no holder of its
// own in such a sentence is the source's, not the article's.
//
// Only a sentence whose indirect speech has a named speaker in a frame
// after its first words ("…, X says.", "– pisze X.", "Однако, пишет X,
// …") hands one on,
// only within its paragraph, and only to sentences that name no speaker of
// their own; a sentence that took a carried holder hands it on in turn,
// so a run of reported sentences stays with its source until the
// paragraph ends or another source speaks.

// framedSpeaker returns the named speaker of the last reported speech
// that lies in the sentence span sent (its words and its frame both) and
// that keep accepts (a capitalised common noun is no one: "Regierung
// werde"); nil when there is none. A quote that only passes another's
// words on (channel) hands on nothing: "…, Trump confirmed, Reuters
// reported".
func framedSpeaker(quotes []kent.Quote, sent kent.Span, keep func(*kent.Speaker) *kent.Speaker) *kent.Speaker {
	var cands []int
	for i := range quotes {
		q := &quotes[i]
		if q.Speaker == nil || q.Speaker.Name == "" || q.Kind != kent.QuoteIndirect && q.Kind != kent.QuoteMixed {
			continue // quote marks close a speaker's own words: what follows them is the writer's
		}
		if q.Span.Start < sent.Start || q.Span.End > sent.End || q.CueSpan.Start < sent.Start || q.CueSpan.End > sent.End {
			continue
		}
		if q.CueSpan.Start <= q.Span.Start {
			// A frame that opens its sentence ("Scholz zapowiedział, że
			// …", "Ms Sturgeon says she will …") reports one statement;
			// the writer takes the next sentence back.
			continue
		}
		if !channel(quotes, i) {
			cands = append(cands, i)
		}
	}
	// The latest first: the speech that ends the sentence goes on, its
	// frame included ("…, sagte der Politologe Peter Braun"); of two that
	// end together, the one whose speaker is named later.
	end := func(q kent.Quote) int { return max(q.Span.End, q.CueSpan.End, q.Speaker.MentionSpan.End) }
	sort.SliceStable(cands, func(a, b int) bool {
		qa, qb := quotes[cands[a]], quotes[cands[b]]
		if ea, eb := end(qa), end(qb); ea != eb {
			return ea > eb
		}
		return qa.Speaker.MentionSpan.Start > qb.Speaker.MentionSpan.Start
	})
	for _, i := range cands {
		h := *quotes[i].Speaker
		if k := keep(&h); k != nil {
			return k
		}
	}
	return nil
}

// namesSpeaker reports whether some reported speech in the sentence span
// sent has a speaker of its own, so no earlier one goes on into it.
func namesSpeaker(quotes []kent.Quote, sent kent.Span) bool {
	for _, q := range quotes {
		if q.Speaker != nil && q.Speaker.Name != "" && q.Span.Start >= sent.Start && q.Span.Start < sent.End {
			return true
		}
	}
	return false
}

// carriable returns the holder a sentence's framed speaker hands on, as
// this sentence resolves it, and nil for one that names no one or only
// describes ("заключает автор", "the official said"): a description
// going on past its sentence is as likely the writer's own voice.
func (s *sentence) carriable(h *kent.Speaker) *kent.Speaker {
	h = s.resolve(s.someone(h))
	if h == nil {
		return nil
	}
	for _, w := range strings.Fields(h.Name) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			return h
		}
	}
	return nil
}
