package question

import (
	"hash/maphash"
	"reflect"

	"github.com/kentnews/kent"
)

// Decided remembers how each distinct judgement stands to one question, by
// itself and read in an article whose topic is the question's subject
// (relevance, its one argument besides the judgement), so that a caller
// that decides the same judgements twice decides each once: a brief
// decides the judgements on the question's event alone while it reads the
// subject's articles, and then every judgement it pools, those again among
// them. What Relevances adds from the other hits (the articles' topics,
// their titles' events, times apart) is decided afresh in each call: it
// depends on which hits are there.
type Decided struct {
	m    *Matcher
	q    Question
	seed maphash.Seed
	by   map[uint64][]decision // by judgementHash
}

type decision struct {
	j     kent.Judgement
	topic bool
	r     Relevance
}

// Decided returns an empty memory of decisions on q; pass it to
// RelevancesWith and Options.Decided for the same question.
func (m *Matcher) Decided(q Question) *Decided {
	return &Decided{m: m, q: q, seed: maphash.MakeSeed(), by: map[uint64][]decision{}}
}

// of returns d if it holds decisions of m on q, else nil: a memory of
// another question or matcher is not used.
func (d *Decided) of(m *Matcher, q Question) *Decided {
	if d == nil || d.m != m || !reflect.DeepEqual(d.q, q) {
		return nil
	}
	return d
}

// find returns the decision on j (its hash h) read with topic, if made.
func (d *Decided) find(h uint64, j *kent.Judgement, topic bool) (Relevance, bool) {
	for k := range d.by[h] {
		if e := &d.by[h][k]; e.topic == topic && sameJudgement(&e.j, j) {
			return e.r, true
		}
	}
	return Relevance{}, false
}

// add remembers the decision r on j (its hash h) read with topic.
func (d *Decided) add(h uint64, j kent.Judgement, topic bool, r Relevance) {
	if len(d.by[h]) < maxSameHash {
		d.by[h] = append(d.by[h], decision{j: j, topic: topic, r: r})
	}
}
