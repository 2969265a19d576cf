package question

import (
	"hash/maphash"
	"slices"

	"github.com/kentnews/kent"
)

// sameAs returns, for each hit, the index of the first hit whose
// judgement is the same in every field (its own index when none before it
// is). A judgement's relevance is a function of the judgement alone, and a
// store repeats judgements: the same wire copy printed by several outlets,
// an article stored under two addresses. So a brief decides each distinct
// judgement once and hands the result to its copies: over a store of
// 100,000 articles that was most of the relevance work. Judgements that
// differ in anything, even a span's offset, are decided apart.
func sameAs(hits []kent.JudgementHit) []int32 {
	same := make([]int32, len(hits))
	seed := maphash.MakeSeed()
	first := make(map[uint64]int32, len(hits))
	for i := range hits {
		same[i] = int32(i)
		j := &hits[i].Judgement
		h := judgementHash(seed, j)
		k, ok := first[h]
		switch {
		case !ok:
			first[h] = int32(i)
		case sameJudgement(&hits[k].Judgement, j):
			same[i] = k
		}
		// A hash shared by different judgements (rare) leaves the later
		// one to be decided on its own.
	}
	return same
}

// judgementHash hashes the fields that tell most judgements apart; equal
// judgements have equal hashes, and sameJudgement decides the rest.
func judgementHash(seed maphash.Seed, j *kent.Judgement) uint64 {
	var h maphash.Hash
	h.SetSeed(seed)
	h.WriteString(j.Words)
	h.WriteByte(0)
	h.WriteString(j.Proposition.Text)
	h.WriteByte(0)
	h.WriteString(j.Cue)
	return h.Sum64() ^ uint64(j.CueSpan.Start)<<32 ^ uint64(j.Proposition.Span.Start)
}

// sameJudgement reports whether two judgements are equal in every field,
// the holder's too. A field added to kent.Judgement, kent.Proposition or
// kent.Speaker must be compared here: TestSameJudgementEveryField fails
// until it is.
func sameJudgement(a, b *kent.Judgement) bool {
	return a.Cue == b.Cue && a.CueSpan == b.CueSpan && a.Sentence == b.Sentence && a.Language == b.Language &&
		a.Headline == b.Headline && a.Words == b.Words && a.Band == b.Band &&
		a.Value == b.Value && a.Low == b.Low && a.High == b.High && a.Scale == b.Scale &&
		a.Negated == b.Negated && a.Modal == b.Modal && a.Categorical == b.Categorical &&
		a.Trend == b.Trend && a.TimeFrame == b.TimeFrame && a.Past == b.Past && a.Condition == b.Condition &&
		sameSpeaker(a.Holder, b.Holder) && sameProposition(&a.Proposition, &b.Proposition) &&
		(a.Keys == nil) == (b.Keys == nil) && slices.Equal(a.Keys, b.Keys)
}

func sameSpeaker(a, b *kent.Speaker) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

func sameProposition(a, b *kent.Proposition) bool {
	return a.Text == b.Text && a.Span == b.Span && a.Negated == b.Negated &&
		(a.Entities == nil) == (b.Entities == nil) && slices.Equal(a.Entities, b.Entities) &&
		(a.Events == nil) == (b.Events == nil) && slices.Equal(a.Events, b.Events)
}
