package story

import (
	"context"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/lexicon"
)

const (
	// assignBatch is how many assignments are stored per transaction.
	assignBatch = 256
	// DefaultSnapshotEvery is the fewest articles between two snapshots;
	// past that a snapshot is stored once a quarter of the store is newer
	// than the last one, so saving snapshots costs linear time in all.
	DefaultSnapshotEvery = 500
)

// Keeper keeps a store's stories up to date: it assigns each stored article
// that has no story yet, in ingest order, with one Clusterer that lives as
// long as the Keeper, and stores the assignments and now and then a
// snapshot of the clusterer. A later process restores the snapshot and
// replays the few articles after it, so assignment goes on exactly as one
// uninterrupted pass over the store in ingest order would have gone. Not
// safe for concurrent use; two processes may each keep one store.
type Keeper struct {
	Store kent.StoryStore
	// Progress, if set, is told how many articles have been assigned so
	// far in this Sync, after each batch stored.
	Progress func(done int)
	// SnapshotEvery overrides DefaultSnapshotEvery when positive.
	SnapshotEvery int
	lex           *lexicon.Set
	c             *Clusterer
	upto          int64 // the ingest position of the last article c has taken
	snap          int64 // the ingest position of the last snapshot stored
}

// NewKeeper returns a keeper of store's stories.
func NewKeeper(store kent.StoryStore, lex *lexicon.Set) *Keeper {
	return &Keeper{Store: store, lex: lex}
}

// Sync assigns a story to every stored article that has none and stores
// the assignments; it returns how many it assigned. When another process
// assigned stories meanwhile it takes up their state and goes on.
func (k *Keeper) Sync(ctx context.Context) (int, error) {
	total := 0
	for attempt := 0; ; attempt++ {
		n, err := k.sync(ctx, total)
		total += n
		if err != nil {
			k.c = nil // ahead of what is stored: rebuild from the store
		}
		if kent.ErrorCode(err) != kent.ECONFLICT || attempt == 4 {
			return total, err
		}
	}
}

func (k *Keeper) sync(ctx context.Context, done int) (int, error) {
	st, err := k.Store.StoryState(ctx)
	if err != nil {
		return 0, err
	}
	if k.c == nil && !k.pending(ctx, st.Upto) {
		return 0, nil // nothing new: no need to restore or replay anything
	}
	if k.c == nil || k.upto > st.Upto {
		c, err := New(k.lex)
		if err != nil {
			return 0, err
		}
		k.c, k.upto, k.snap = c, 0, st.SnapshotUpto
		if st.Snapshot != nil {
			if err := k.c.UnmarshalBinary(st.Snapshot); err != nil {
				return 0, err
			}
			k.upto = st.SnapshotUpto
		}
	}
	from, n := st.Upto, 0
	var batch []kent.StoryAssignment
	store := func() error {
		if err := k.store(ctx, from, batch); err != nil {
			return err
		}
		from, n = batch[len(batch)-1].Seq, n+len(batch)
		batch = batch[:0]
		if k.Progress != nil {
			k.Progress(done + n)
		}
		return nil
	}
	for in, err := range k.Store.StoryInputs(ctx, k.upto) {
		if err != nil {
			return n, err
		}
		story := k.c.Add(in.ID, in.Language, in.Title+"\n"+in.Text)
		k.upto = in.Seq
		if in.Seq <= from {
			continue // replayed: assigned already, by this lineage
		}
		batch = append(batch, kent.StoryAssignment{Seq: in.Seq, ArticleID: in.ID, Story: story})
		if len(batch) == assignBatch {
			if err := store(); err != nil {
				return n, err
			}
		}
	}
	if len(batch) > 0 {
		return n, store()
	}
	return n, nil
}

// pending reports whether an article after ingest position upto is stored
// (or the store cannot say: then Sync goes on and meets the error).
func (k *Keeper) pending(ctx context.Context, upto int64) bool {
	for range k.Store.StoryInputs(ctx, upto) {
		return true
	}
	return false
}

// Save stores a snapshot of the clusterer if it has taken articles since the
// last one, so the next process restores it instead of replaying them. It
// stores nothing when another process assigned stories meanwhile.
func (k *Keeper) Save(ctx context.Context) error {
	if k.c == nil || k.upto == k.snap {
		return nil
	}
	snap, err := k.c.MarshalBinary()
	if err != nil {
		return err
	}
	err = k.Store.AssignStories(ctx, k.upto, nil, snap)
	switch {
	case err == nil:
		k.snap = k.upto
	case kent.ErrorCode(err) == kent.ECONFLICT:
		err = nil
	}
	return err
}

// store stores a batch of assignments made after from, with a snapshot of
// the clusterer when enough has changed since the last one.
func (k *Keeper) store(ctx context.Context, from int64, batch []kent.StoryAssignment) error {
	var snap []byte
	every := int64(k.SnapshotEvery)
	if every <= 0 {
		every = DefaultSnapshotEvery
	}
	if k.upto-k.snap >= max(every, k.snap/4) {
		var err error
		if snap, err = k.c.MarshalBinary(); err != nil {
			return err
		}
	}
	if err := k.Store.AssignStories(ctx, from, batch, snap); err != nil {
		return err
	}
	if snap != nil {
		k.snap = k.upto
	}
	return nil
}
