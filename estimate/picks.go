package estimate

import (
	"unicode/utf8"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/tokens"
)

// Picks: a forecaster who names when the event comes ("Daiwa tippte auf
// März", "the remaining 12 selected 2025 or later", "most economists
// expect September") judges that it comes then. The event is the one the
// article is about; the proposition is the time picked, which the
// question's relevance compares with its own bound.

// pickReach is how many words (articles, "the", "den") may stand between
// the verb and the time it picks.
const pickReach = 2

// pick reads an expecting or picking verb at token i whose object is a
// time — a month or a year, a year after it ("März 2024"), and "or later"
// ("2025 oder später") — with no event word of its own: a likely judgement
// held by the verb's subject, and the time span [from, to) it picks.
// n = 0 when there is none.
func (s *sentence) pick(i int) (j *kent.Judgement, n, from, to int) {
	r, toks := s.r, s.toks
	if len(r.months) == 0 {
		return nil, 0, 0, 0
	}
	n = r.picks.Len(toks, i)
	if n == 0 {
		n = r.expect.Len(toks, i)
	}
	if n == 0 {
		return nil, 0, 0, 0
	}
	k := i + n
	for skipped := 0; k < len(toks) && skipped < pickReach && !s.timeWord(k); skipped++ {
		if toks[k].Word && !r.function[toks[k].Low] || !toks[k].Word && !tokens.IsQuoteMark(toks[k].Low) {
			break // "selected “2025 or later”": a quote mark may open the pick
		}
		k++
	}
	if k >= len(toks) || !toks[k].Word || !s.timeWord(k) {
		return nil, 0, 0, 0
	}
	from, to = k, k+1
	if to < len(toks) && toks[to].Word && isYear(toks[to].Low) {
		to++ // "März 2024"
	}
	if isYear(toks[to-1].Low) && to < len(toks) && toks[to].Word && utf8.RuneCountInString(toks[to].Low) <= 5 && !r.function[toks[to].Low] && r.orLater.Len(toks, to) == 0 {
		to++ // "2025 год", "2025 roku"
	}
	if m := r.orLater.Len(toks, to); m > 0 {
		to += m // "2025 oder später"
	}
	// The time ends the verb's clause ("tippten auf März.", "chose April,
	// …", "valde april och …"): in "the data expected in March will show"
	// it is the setting of another predicate.
	if to < len(toks) && toks[to].Word && !r.conjunctions[toks[to].Low] {
		return nil, 0, 0, 0
	}
	j = &kent.Judgement{Cue: s.a.Text[toks[i].Start:toks[i+n-1].End], CueSpan: kent.Span{Start: toks[i].Start, End: toks[i+n-1].End}, Scale: r.scale.Name}
	setBand(j, r.scale.Middle().Step(1))
	return j, n, from, to
}

// timeWord reports whether toks[k] names a time a forecaster may pick: a
// month word or a year.
func (s *sentence) timeWord(k int) bool {
	w := s.toks[k].Low
	return s.r.months[w] || isYear(w)
}

// pickedTime makes the picked time the judgement's proposition: the
// event is the article's, its time the pick.
func (s *sentence) pickedTime(j kent.Judgement, from, to int) kent.Judgement {
	toks := s.toks
	j.Proposition = kent.Proposition{
		Span: kent.Span{Start: toks[from].Start, End: toks[to-1].End},
		Text: s.a.Text[toks[from].Start:toks[to-1].End],
	}
	j.TimeFrame = j.Proposition.Text
	return j
}
