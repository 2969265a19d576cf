package question

import (
	"cmp"
	"strings"
	"sync"
)

// memoBound is how many entries a memo keeps before it starts afresh
// unless its bound says otherwise: a bound, not an eviction policy, so a
// long-lived matcher (ingest keys every judgement with one) holds some
// megabytes at most.
const memoBound = 100000

// memo remembers a pure function's results by their string argument; safe
// for concurrent use (relevance runs on all cores). Results are shared:
// callers must not change them.
type memo[V any] struct {
	mu    sync.RWMutex
	m     map[string]V
	bound int // 0: memoBound
}

func (c *memo[V]) get(k string) (V, bool) {
	c.mu.RLock()
	v, ok := c.m[k]
	c.mu.RUnlock()
	return v, ok
}

func (c *memo[V]) put(k string, v V) {
	c.mu.Lock()
	if c.m == nil || len(c.m) >= cmp.Or(c.bound, memoBound) {
		c.m = make(map[string]V, 1024)
	}
	// The key is copied: a word is a slice of its sentence, or at ingest
	// of its article's text, which it would keep alive.
	c.m[strings.Clone(k)] = v
	c.mu.Unlock()
}

// textConcepts returns the event concepts a text's words name
// (m.events.Concepts of its lowered words), remembered by text: a brief
// asks it of every judgement's sentence and of every article's title, and
// a parse of each was a tenth of a brief over a large store. The slice is
// shared: callers must not change it.
func (m *Matcher) textConcepts(text string) []string {
	if cs, ok := m.conceptsOf.get(text); ok {
		return cs
	}
	cs := m.events.Concepts(lower(fields(text)))
	m.conceptsOf.put(text, cs)
	return cs
}
