package story

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"time"

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
		for in, err := range k.Store.StoryInputs(ctx, k.upto) {
			if err != nil {
				return 0, err
			}
			if in.Seq > st.Upto {
				break
			}
			k.c.Add(in.ID, in.Language, in.Title+"\n"+in.Text)
			k.upto = in.Seq
		}
		if k.upto != st.Upto {
			k.c = nil
			return 0, kent.Errorf(kent.ECONFLICT, "stories assigned up to %d, but articles only reach %d", st.Upto, k.upto)
		}
	}
	// The articles without a story are taken in a canonical order —
	// publication date, then ID — not in the order they were stored:
	// parallel workers store them in an order that changes from run to
	// run, and a story's number and members depend on the order its
	// articles arrive. Only their keys are held, the texts read a chunk
	// at a time.
	keys, err := k.pendingKeys(ctx, st.Upto)
	if err != nil || len(keys) == 0 {
		return 0, err
	}
	as := make([]kent.StoryAssignment, 0, len(keys))
	err = k.inputs(ctx, st.Upto, keys, func(in kent.StoryInput) {
		as = append(as, kent.StoryAssignment{Seq: in.Seq, ArticleID: in.ID, Story: k.c.Add(in.ID, in.Language, in.Title+"\n"+in.Text)})
		if k.Progress != nil && len(as)%assignBatch == 0 {
			k.Progress(done + len(as))
		}
	})
	if err != nil {
		return 0, err
	}
	for _, key := range keys {
		k.upto = max(k.upto, key.seq)
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

// storyKey is what orders an article for assignment.
type storyKey struct {
	published time.Time
	id        string
	seq       int64
}

// pendingKeys returns the keys of the articles after ingest position upto,
// in the order they are assigned.
func (k *Keeper) pendingKeys(ctx context.Context, upto int64) ([]storyKey, error) {
	var keys []storyKey
	for in, err := range k.Store.StoryInputs(ctx, upto) {
		if err != nil {
			return nil, err
		}
		keys = append(keys, storyKey{in.Published, in.ID, in.Seq})
	}
	slices.SortFunc(keys, func(a, b storyKey) int {
		if c := a.published.Compare(b.published); c != 0 {
			return c
		}
		if c := strings.Compare(a.id, b.id); c != 0 {
			return c
		}
		return cmp.Compare(a.seq, b.seq)
	})
	return keys, nil
}

// inputsAt is a store that reads articles by ingest position
// (sqlite.Store).
type inputsAt interface {
	StoryInputsAt(ctx context.Context, seqs []int64) ([]kent.StoryInput, error)
}

// inputs hands each keyed article to take in the keys' order, reading a
// chunk at a time from a store that can; from another store it holds the
// pending articles in memory.
func (k *Keeper) inputs(ctx context.Context, upto int64, keys []storyKey, take func(kent.StoryInput)) error {
	if at, ok := k.Store.(inputsAt); ok {
		for start := 0; start < len(keys); start += assignBatch {
			part := keys[start:min(start+assignBatch, len(keys))]
			seqs := make([]int64, len(part))
			for i, key := range part {
				seqs[i] = key.seq
			}
			ins, err := at.StoryInputsAt(ctx, seqs)
			if err != nil {
				return err
			}
			if len(ins) != len(seqs) {
				return kent.Errorf(kent.ECONFLICT, "articles removed while stories were assigned")
			}
			for _, in := range ins {
				take(in)
			}
		}
		return nil
	}
	bySeq := make(map[int64]kent.StoryInput, len(keys))
	for in, err := range k.Store.StoryInputs(ctx, upto) {
		if err != nil {
			return err
		}
		bySeq[in.Seq] = in
	}
	for _, key := range keys {
		in, ok := bySeq[key.seq]
		if !ok {
			return kent.Errorf(kent.ECONFLICT, "articles removed while stories were assigned")
		}
		take(in)
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
