package pipeline

import (
	"context"
	"sync"
)

// inFlightText is how much article text (bytes) may be processed and not
// yet stored at once: waiting for the writer, in its channel or in its
// pending batch. A processed article holds several times its text (blocks,
// paragraphs, sentences, quotes, mentions, judgements), and the batch and
// hand-over are counted in articles (up to 500 each), so articles near the
// 2 MB text bound, or a writer held up by another process's write lock,
// could keep gigabytes waiting; with this bound they keep at most a few
// tens of MB. News articles (2–20 KB) fill a batch of 500 well within it.
const inFlightText = 8 << 20

// textBudget counts the bytes of text in flight between the workers and the
// writer: a worker takes an article's share before handing it over and the
// writer gives it back once the article is stored (or found stored).
type textBudget struct {
	mu   sync.Mutex
	cond sync.Cond
	free int
	size int
}

func newTextBudget(size int) *textBudget {
	b := &textBudget{free: size, size: size}
	b.cond.L = &b.mu
	return b
}

// share is what an article of n bytes of text takes: an article longer
// than the whole budget takes all of it, so it waits for the others to be
// stored and then goes alone.
func (b *textBudget) share(n int) int { return max(1, min(n, b.size)) }

// take waits until n bytes are free and takes them; it returns false,
// taking nothing, when ctx is done first.
func (b *textBudget) take(ctx context.Context, n int) bool {
	stop := context.AfterFunc(ctx, func() {
		b.mu.Lock()
		b.cond.Broadcast()
		b.mu.Unlock()
	})
	defer stop()
	b.mu.Lock()
	defer b.mu.Unlock()
	for b.free < n {
		if ctx.Err() != nil {
			return false
		}
		b.cond.Wait()
	}
	b.free -= n
	return true
}

// give returns n bytes (nothing to do without a budget).
func (b *textBudget) give(n int) {
	if b == nil || n == 0 {
		return
	}
	b.mu.Lock()
	b.free += n
	b.mu.Unlock()
	b.cond.Broadcast()
}

// full reports whether held bytes are half the budget or more: the
// writer's cue to store its batch.
func (b *textBudget) full(held int) bool { return b != nil && 2*held >= b.size }
