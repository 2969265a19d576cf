package estimate

import (
	"github.com/kentnews/kent"
	"github.com/kentnews/kent/tokens"
)

// A judgement's holder from the quotes around it, a holder carried from
// the sentence before, and who holds a forecast read inside a belief.

// carryHolder gives a stated number without a holder the holder of the
// number before it: "Polymarket gives Biden a 55% chance … The day after
// the debate the probability jumped to 63%." A judgement in words without
// a holder is the article's own voice again, and ends the run.
func carryHolder(j *kent.Judgement, carry *kent.Speaker) *kent.Speaker {
	switch {
	case j.Scale != "numeric":
		if j.Holder == nil {
			return nil
		}
		return carry
	case j.Holder != nil:
		return j.Holder
	case carry != nil:
		h := *carry
		j.Holder = &h
	}
	return carry
}

// holder returns the speaker of the innermost quote containing span, else
// of the quote whose reporting cue span is ("X doubts", "economists
// expect": the belief verb is the judgement). Nil is the article's voice.
func holder(quotes []kent.Quote, span kent.Span) *kent.Speaker {
	var best *kent.Quote
	for i := range quotes {
		q := &quotes[i]
		if q.Speaker == nil || q.Speaker.Name == "" || q.Span.Start > span.Start || q.Span.End < span.End {
			continue
		}
		if best == nil || q.Span.Len() < best.Span.Len() {
			best = q
		}
	}
	for i := range quotes {
		if q := &quotes[i]; best == nil && q.Speaker != nil && q.Speaker.Name != "" && q.CueSpan.Start < span.End && span.Start < q.CueSpan.End {
			best = q
		}
	}
	if best == nil {
		return nil
	}
	s := *best.Speaker
	return &s
}

// beliefHolders gives a forecast inside a belief's clause the belief's
// holder: in "coinciden en que el BCE recortará", "считает, что Харрис
// проиграет", the forecast is read at its verb but held by whoever
// believes it, not by the clause's subject.
func beliefHolders(forecasts, beliefs []kent.Judgement) []kent.Judgement {
	for fi := range forecasts {
		f := &forecasts[fi]
		for _, b := range beliefs {
			if b.Holder != nil && b.CueSpan.End <= f.CueSpan.Start && f.CueSpan.Start-b.CueSpan.End < beliefSpan {
				h := *b.Holder
				f.Holder = &h
			}
		}
	}
	return forecasts
}

// bareBelief reports whether the lexicon cue at [i, end) is a belief ("I
// think", "ich glaube", "myślę") that believes nothing: its clause ends
// right after it, and nothing but function words and names comes before
// it ("“I think,” he said", "– Myślę – powiedział Kowalski"). Such a
// belief has no proposition and judges nothing; "I think so", "I don't
// think it will be there" and "Russia will default, I think" do.
func (s *sentence) bareBelief(i, end int) bool {
	r, toks := s.r, s.toks
	belief := false
	for k := i; k < end && !belief; k++ {
		belief = toks[k].Word && r.beliefs.Len(toks, k) > 0
	}
	if !belief {
		return false
	}
	k := end
	for k < len(toks) && tokens.IsQuoteMark(toks[k].Low) {
		k++
	}
	if k < len(toks) && toks[k].Word {
		return false // a clause follows
	}
	if k < len(toks) && toks[k].Low == "," {
		for k++; k < len(toks) && tokens.IsQuoteMark(toks[k].Low); k++ {
		}
		// After a comma a complementizer or any content word opens
		// the believed clause ("Не думаю, что …"); the reporting verb,
		// a pronoun or a name close the quote ("“I think,” he said").
		for ; k < len(toks) && toks[k].Word; k++ {
			switch {
			case r.complementizers.Len(toks, k) > 0:
				return false
			case r.reporting.Len(toks, k) > 0:
				return true
			case !r.function[toks[k].Low] && !isCapitalised(toks[k].Text):
				return false // "Myślę, Ukraina nie wstąpi …"
			}
		}
	}
	for k := 0; k < i; k++ {
		if toks[k].Word && !r.function[toks[k].Low] && !isCapitalised(toks[k].Text) {
			return false // "Russia will default, I think"
		}
	}
	return true
}
