package pipeline

import (
	"context"
	"time"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/story"
)

// writer is the single goroutine that stores articles: in batches, and at
// least once a second, so a run that dies loses little. Articles already
// read are stored even after Ctrl-C (its context is not the run's).
type writer struct {
	store   kent.ArticleStore
	ctx     context.Context
	batch   int
	stop    func() // stops the readers when the store fails
	rep     *Report
	pending []*kent.Article
	seen    map[string]bool // the same article twice in one run is stored once
	err     error
	// budget is given back what each article held once it is stored;
	// pendingCost is what the pending batch holds. A batch holding half
	// the budget is written at once, so the workers wait on it only while
	// it is written.
	budget      *textBudget
	pendingCost int
}

// run stores what arrives on arts until it is closed or cancel is; then
// it stores what is pending.
func (w *writer) run(arts <-chan result, cancel <-chan struct{}) {
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	defer w.flush()
	stopping := false // cancelled: take only what was already handed over
	for {
		var a result
		var ok bool
		if stopping {
			select {
			case a, ok = <-arts:
			default:
				return
			}
		} else {
			select {
			case a, ok = <-arts:
			case <-tick.C:
				w.flush()
				continue
			case <-cancel:
				stopping = true
				continue
			}
		}
		if !ok {
			return
		}
		w.take(a)
	}
}

func (w *writer) take(res result) {
	a := res.a
	w.rep.Articles++
	w.rep.IDs = append(w.rep.IDs, a.ID)
	// A known article is stored already or is a copy of one another
	// worker analyses in this run, which may reach the writer later and
	// is stored then.
	if w.seen[a.ID] || res.known {
		w.rep.Existing++
		w.budget.give(res.cost)
		return
	}
	w.seen[a.ID] = true
	w.pending = append(w.pending, a)
	w.pendingCost += res.cost
	if len(w.pending) >= w.batch || w.budget.full(w.pendingCost) {
		w.flush()
	}
}

func (w *writer) flush() {
	defer func() {
		w.budget.give(w.pendingCost)
		w.pendingCost = 0
	}()
	if len(w.pending) == 0 || w.err != nil {
		w.pending = w.pending[:0]
		return
	}
	added, err := w.store.Put(w.ctx, w.pending)
	w.pending = w.pending[:0]
	if err != nil {
		w.err = err
		w.stop()
		return
	}
	n := 0
	for _, ok := range added {
		if ok {
			n++
		} else {
			w.rep.Existing++
		}
	}
	w.rep.New += n
}

// assignStories assigns stories to the articles the run stored, once, at
// its end: the set of articles a Sync sees must not depend on when the
// workers happened to hand them over, or the stories would differ from one
// run to the next. It saves a snapshot for the next run.
func assignStories(ctx context.Context, k *story.Keeper) error {
	_, err := k.Sync(ctx)
	if err2 := k.Save(ctx); err == nil {
		err = err2
	}
	return err
}
