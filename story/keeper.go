package story

import (
	"cmp"
	"context"
	"slices"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/lexicon"
)

// assignBatch is how many articles' texts are read at a time, and how
// often Progress is told.
const assignBatch = 256

// Keeper keeps a store's stories up to date: each Sync assigns every stored
// article that has no story yet, in a canonical order (publication date,
// then ID) rather than the order they were stored in, with one Clusterer
// that lives as long as the Keeper, and stores the assignments with a
// snapshot of the clusterer in one transaction. A later process restores
// the snapshot and goes on exactly as this one would have. So the stories
// of a set of articles depend on which Syncs saw which of them, not on
// the timing of the workers that stored them. Not safe for concurrent use;
// two processes may each keep one store.
type Keeper struct {
	Store kent.StoryStore
	// Progress, if set, is told how many articles have been assigned so
	// far in this Sync, every few hundred articles.
	Progress func(done int)
	lex      *lexicon.Set
	c        *Clusterer
	upto     int64 // the ingest position of the last article c has taken
	snap     int64 // the ingest position of the last snapshot stored
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
	if k.c == nil || k.upto != st.Upto {
		// Another process assigned stories meanwhile, or none were taken
		// yet: start from the stored snapshot. Replaying in ingest order
		// is right only up to where older versions stored a snapshot
		// behind the assignment; every Sync now stores one with it.
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
		if err := k.replay(ctx, st.Upto); err != nil {
			k.c = nil
			return 0, err
		}
	}
	// The articles without a story are taken in the canonical order, not
	// in the order they were stored: parallel workers store them in an
	// order that changes from run to run, and a story's number and
	// members depend on the order its articles arrive.
	var as []kent.StoryAssignment
	for in, err := range Ordered(ctx, k.Store, st.Upto) {
		if err != nil {
			return 0, err
		}
		as = append(as, kent.StoryAssignment{Seq: in.Seq, ArticleID: in.ID, Story: k.c.Add(in.ID, in.Language, in.Title+"\n"+in.Text)})
		k.upto = max(k.upto, in.Seq)
		if k.Progress != nil && len(as)%assignBatch == 0 {
			k.Progress(done + len(as))
		}
	}
	if len(as) == 0 {
		return 0, nil
	}
	// All in one transaction, with a snapshot after the last: a process
	// killed before it commits leaves these articles without a story, and
	// the next Sync takes them again, with whatever arrived since, in the
	// canonical order.
	slices.SortFunc(as, func(a, b kent.StoryAssignment) int { return cmp.Compare(a.Seq, b.Seq) })
	snap, err := k.c.MarshalBinary()
	if err != nil {
		return 0, err
	}
	if err := k.Store.AssignStories(ctx, st.Upto, as, snap); err != nil {
		return 0, err
	}
	k.snap = k.upto
	if k.Progress != nil {
		k.Progress(done + len(as))
	}
	return len(as), nil
}

// replay has the clusterer take, in ingest order, the articles after the
// snapshot it was restored from up to upto, which were assigned already:
// only older versions stored a snapshot behind the assignment.
func (k *Keeper) replay(ctx context.Context, upto int64) error {
	if k.upto == upto {
		return nil
	}
	for in, err := range k.Store.StoryInputs(ctx, k.upto) {
		if err != nil {
			return err
		}
		if in.Seq > upto {
			break
		}
		k.c.Add(in.ID, in.Language, in.Title+"\n"+in.Text)
		k.upto = in.Seq
	}
	if k.upto != upto {
		return kent.Errorf(kent.ECONFLICT, "stories assigned up to %d, but articles only reach %d", upto, k.upto)
	}
	return nil
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
