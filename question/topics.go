package question

import (
	"runtime"
	"sync"

	"github.com/kentnews/kent"
)

// Relevances decides how each judgement stands to the question, on all
// cores: it is most of a brief's work after reading the store. An article
// whose topic is the question's subject lends it to propositions on the
// question's event that name no other (see relevance); only articles with
// such a proposition are read for their topic.
func (m *Matcher) Relevances(q Question, hits []kent.JudgementHit) []Relevance {
	rel := make([]Relevance, len(hits))
	m.parallel(len(hits), func(i int) { rel[i] = m.relevance(q, hits[i].Judgement, false) })
	need := map[string]bool{}
	for i, r := range rel {
		if r.Family && !r.Subject {
			need[hits[i].ArticleID] = true
		}
	}
	if len(need) == 0 {
		return rel
	}
	topic := m.topics(q, hits, need)
	for i, h := range hits {
		if topic[h.ArticleID] && rel[i].Family && !rel[i].Subject {
			rel[i] = m.relevance(q, h.Judgement, true)
		}
	}
	m.apart(q, hits, rel)
	return rel
}

// apart marks the judgements about the question's event that are shown
// apart from the pool, with why: those on an implying event said to be
// unlikely (a coalition that holds may still fall to early elections
// another way), and those that expect the event at another time than the
// question's bound (timeApart).
func (m *Matcher) apart(q Question, hits []kent.JudgementHit, rel []Relevance) {
	for i, h := range hits {
		r := &rel[i]
		if !r.About {
			continue
		}
		p := h.Value
		if h.Proposition.Negated != r.Invert {
			p = 1 - p
		}
		switch {
		case r.Implied != "" && p < 0.5:
			r.Apart = r.Implied + " implies " + q.Family + ", but it is held unlikely here: that says little of " + q.Family + ", which may come about otherwise"
		default:
			r.Apart = m.timeApart(q, h.Judgement, h.Published, r.Invert)
		}
	}
}

// parallel runs f(0..n-1) on all cores.
func (m *Matcher) parallel(n int, f func(i int)) {
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < n; i += workers {
				f(i)
			}
		}()
	}
	wg.Wait()
}

// topics returns which of the needed articles have the question's subject
// as topic: their title or a judgement's sentence names it.
func (m *Matcher) topics(q Question, hits []kent.JudgementHit, need map[string]bool) map[string]bool {
	out := map[string]bool{}
	seen := map[string]bool{}
	for _, h := range hits {
		if !need[h.ArticleID] || out[h.ArticleID] {
			continue
		}
		if !seen[h.ArticleID] {
			seen[h.ArticleID] = true
			if t := fields(h.Title); m.names(q, t) || m.namesOffice(q, t) {
				out[h.ArticleID] = true
				continue
			}
		}
		if m.names(q, fields(h.Words)) {
			out[h.ArticleID] = true
		}
	}
	return out
}
