package estimate

// Futures with no hedge that no tagger marks: a verb's future ending
// (-ará, -erà), a bare future verb read as a forecast, and a future at
// the end of a verb-final clause ("…, dass die Ukraine der Nato nicht
// beitreten wird").

import (
	"strings"

	"github.com/kentnews/kent"
)

// futureEnding reports whether a word ends in one of the language's
// future endings (-ará, -erà, -era).
func (r *rules) futureEnding(w string) bool {
	for _, suf := range r.futureSuffixes {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// futureVerbIn reports whether a word in [from, to] is a verb in the
// future: one with a future ending, confirmed by the tagger where the
// ending alone does not tell (Slavic perfectives).
func (s *sentence) futureVerbIn(from, to int) bool {
	r, toks := s.r, s.toks
	for k := from; k <= to && k < len(toks); k++ {
		if !toks[k].Word || r.function[toks[k].Low] || !r.futureEnding(toks[k].Low) {
			continue
		}
		if !r.futureTagged || s.finiteNonPast(k) {
			return true
		}
	}
	return false
}

// bareFuture returns the length of a future at token i that names no
// event: a future auxiliary ("will", "wird", "będzie", "saranno") or a
// word with a future ending where the ending tells ("faranno",
// "anunciará", "disposera"); 0 when there is none. Slavic perfectives,
// which need the tagger for every word, are not read here.
func (r *rules) bareFuture(toks []kent.Token, i int) int {
	if n := r.future.Len(toks, i); n > 0 {
		return n
	}
	if !r.futureTagged && r.futureEnding(toks[i].Low) && !isCapitalised(toks[i].Text) {
		return 1
	}
	return 0
}

// bareForecast reads a future that names no event as a categorical
// forecast, where a named speaker says it in a quote ("«Ce la faranno»",
// "Cingolani ha assicurato che non ci saranno criticità", "Kemp: этого
// не произойдёт"): what it forecasts is for the question to judge, often
// something else (an effect, a third party) and set aside, sometimes the
// question's event itself, referred to by a pronoun. The reporter's own
// futures ("the summit will open on Monday") are no one's judgement and
// are left out, as are an auxiliary the tagger reads as no verb
// ("political will"), a future that leaves a question open ("will come
// down to whether") and one whose clause names an event it did not
// forecast ("the recession will be shallow").
func (s *sentence) bareForecast(i int) (kent.Judgement, bool) {
	n := s.r.bareFuture(s.toks, i)
	if n == 0 {
		return kent.Judgement{}, false
	}
	// The cheap checks first: the quote, then the words after; the
	// tagger last.
	c := s.unhedged(i, i+n)
	if q := holder(s.quotes, c.CueSpan); q == nil || q.Name == "" {
		return kent.Judgement{}, false
	}
	for k := i + n; k < len(s.toks); k++ {
		if s.toks[k].Word && s.r.interrogatives.Len(s.toks, k) > 0 {
			return kent.Judgement{}, false // "it will all come down to whether …" leaves the question open
		}
	}
	for k := clauseStart(s.r, s.toks, i); k < len(s.toks); k++ {
		if s.toks[k].Word && s.r.eventAt(s.toks, k) {
			return kent.Judgement{}, false // an event word: see below, read before the tagger runs
		}
	}
	if n == 1 && s.r.future.Len(s.toks, i) > 0 {
		if w := s.tagAt(i); w.UPOS != "" && w.UPOS != "AUX" && w.UPOS != "VERB" {
			return kent.Judgement{}, false
		}
	}
	j := s.finish(c, i, i+n)
	if len(j.Proposition.Events) > 0 {
		// An event word the forecast did not take is the subject of
		// what it says ("the recession will be shallow"): a forecast of
		// its manner, not of the event.
		return kent.Judgement{}, false
	}
	return j, true
}

// clauseFinalFuture reports whether the future auxiliary of n tokens at i
// closes a that-clause whose event word stands before it, as a verb-final
// language orders a subordinate clause: "sagte, dass die Ukraine der Nato
// nicht beitreten wird", "dat de bank de rente verlagen zal". A clause
// opened by "ob" asks; one with no complementizer (a relative clause, a
// main clause) is left to the forward reading.
func (s *sentence) clauseFinalFuture(i, n int) bool {
	r, toks := s.r, s.toks
	if e := i + n; e < len(toks) && toks[e].Word {
		return false // the clause goes on: not its last verb
	}
	event := false
	for k := i - 1; k >= 0 && k >= i-verbFinalReach; k-- {
		if !toks[k].Word {
			if t := toks[k].Low; t == "," || t == ";" || t == ":" || t == "." {
				return false
			}
			continue
		}
		if r.whether.Len(toks, k) > 0 {
			return false
		}
		if r.complementizers.Len(toks, k) > 0 {
			return event
		}
		if r.eventAt(toks, k) {
			event = true
		}
	}
	return false
}
