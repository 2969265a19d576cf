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
// 100,000 articles that was most of the relevance work. A copy under
// another header or byline stands at other offsets in its article and in
// another sentence of it: its spans are the same relative to its sentence,
// and relevance reads them only so (from where the sentence begins), never
// the sentence's number, so it is the same judgement (see sameJudgement).
// Judgements that differ in anything else, even one span's place in the
// sentence, are decided apart.
func sameAs(hits []kent.JudgementHit) []int32 {
	same, _ := sameAsSeeded(maphash.MakeSeed(), hits)
	return same
}

// sameAsSeeded is sameAs with each hit's hash under seed (judgementHash).
func sameAsSeeded(seed maphash.Seed, hits []kent.JudgementHit) ([]int32, []uint64) {
	same := make([]int32, len(hits))
	hashes := make([]uint64, len(hits))
	// By hash, the distinct judgements met so far: one sentence quoted in
	// several articles may be read with other holders or entities in each
	// (who "he" is depends on the sentences before), so a hash may stand
	// for a few distinct judgements; each keeps its copies.
	first := make(map[uint64][]int32, len(hits))
	for i := range hits {
		same[i] = int32(i)
		j := &hits[i].Judgement
		h := judgementHash(seed, j)
		hashes[i] = h
		reps := first[h]
		for _, k := range reps {
			if sameJudgement(&hits[k].Judgement, j) {
				same[i] = k
				break
			}
		}
		// A hash shared by many distinct judgements (rare) leaves the
		// later ones to be decided on their own: the comparisons stay few.
		if int(same[i]) == i && len(reps) < maxSameHash {
			first[h] = append(reps, int32(i))
		}
	}
	return same, hashes
}

// maxSameHash is how many distinct judgements of one hash sameAs keeps.
const maxSameHash = 8

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
	if j.Holder != nil {
		h.WriteString(j.Holder.Name)
	}
	h.WriteByte(0)
	// Places in the sentence: a copy elsewhere in an article hashes alike.
	cue, prop, _ := sentenceSpans(j)
	return h.Sum64() ^ uint64(cue.Start)<<32 ^ uint64(prop.Start)
}

// sameJudgement reports whether two judgements are equal in every field,
// the holder's too, but for where their sentence stands: the sentence's
// number, and its offset in the article when both are found (sentenceSpans
// measures the spans from it as relevance reads them). A field added to
// kent.Judgement, kent.Proposition or kent.Speaker must be compared here:
// TestSameJudgementEveryField fails until it is.
func sameJudgement(a, b *kent.Judgement) bool {
	return a.Cue == b.Cue && sameSpans(a, b) && a.Language == b.Language &&
		a.Headline == b.Headline && a.Words == b.Words && a.Band == b.Band &&
		a.Value == b.Value && a.Low == b.Low && a.High == b.High && a.Scale == b.Scale &&
		a.Negated == b.Negated && a.Modal == b.Modal && a.Categorical == b.Categorical &&
		a.Trend == b.Trend && a.TimeFrame == b.TimeFrame && a.Past == b.Past && a.Condition == b.Condition &&
		sameSpeaker(a.Holder, b.Holder) && sameProposition(&a.Proposition, &b.Proposition) &&
		(a.Keys == nil) == (b.Keys == nil) && slices.Equal(a.Keys, b.Keys)
}

// sameSpeaker compares two holders but for where they are named in their
// articles (MentionSpan), which relevance never reads: the same expert
// named a sentence earlier in one copy than in another holds the same.
func sameSpeaker(a, b *kent.Speaker) bool {
	if a == nil || b == nil {
		return a == b
	}
	x, y := *a, *b
	x.MentionSpan, y.MentionSpan = kent.Span{}, kent.Span{}
	return x == y
}

func sameProposition(a, b *kent.Proposition) bool {
	return a.Text == b.Text && a.Negated == b.Negated && a.Actor == b.Actor &&
		(a.Entities == nil) == (b.Entities == nil) && slices.Equal(a.Entities, b.Entities) &&
		(a.Events == nil) == (b.Events == nil) && slices.Equal(a.Events, b.Events)
}

// sameSpans reports whether two judgements' spans are the same within
// their sentences: measured from where each sentence begins when both are
// found there, else as stored.
func sameSpans(a, b *kent.Judgement) bool {
	ac, ap, aok := sentenceSpans(a)
	bc, bp, bok := sentenceSpans(b)
	return aok == bok && ac == bc && ap == bp
}

// sentenceSpans are the judgement's cue and proposition spans counted from
// the start of its sentence in the article, as relevance reads them
// (sentenceStart); ok is false, and the spans are as stored, when the
// sentence is not found where the spans say.
func sentenceSpans(j *kent.Judgement) (cue, prop kent.Span, ok bool) {
	start, ok := sentenceStart(*j)
	if !ok {
		return j.CueSpan, j.Proposition.Span, false
	}
	return kent.Span{Start: j.CueSpan.Start - start, End: j.CueSpan.End - start},
		kent.Span{Start: j.Proposition.Span.Start - start, End: j.Proposition.Span.End - start}, true
}
