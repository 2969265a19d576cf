package story

import (
	"cmp"
	"context"
	"iter"
	"slices"
	"strings"
	"time"

	"github.com/kentnews/kent"
)

// Ordered streams the stored articles after ingest position after in the
// canonical order stories are assigned in — publication date (unknown
// first), then ID — rather than the order they were stored in, which
// parallel workers make different on every run. Only the articles' keys
// are held; the texts are read a chunk at a time from a store that can
// read by position (sqlite.Store), else held while they are handed out.
func Ordered(ctx context.Context, store kent.StoryStore, after int64) iter.Seq2[kent.StoryInput, error] {
	return func(yield func(kent.StoryInput, error) bool) {
		at, byPosition := store.(inputsAt)
		list := store.StoryInputs
		if byPosition {
			list = at.StoryKeys
		}
		var keys []storyKey
		for in, err := range list(ctx, after) {
			if err != nil {
				yield(kent.StoryInput{}, err)
				return
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
		if len(keys) == 0 {
			return
		}
		gone := kent.Errorf(kent.ECONFLICT, "articles removed while stories were assigned")
		if byPosition {
			for start := 0; start < len(keys); start += assignBatch {
				part := keys[start:min(start+assignBatch, len(keys))]
				seqs := make([]int64, len(part))
				for i, key := range part {
					seqs[i] = key.seq
				}
				ins, err := at.StoryInputsAt(ctx, seqs)
				if err == nil && len(ins) != len(seqs) {
					err = gone
				}
				if err != nil {
					yield(kent.StoryInput{}, err)
					return
				}
				for _, in := range ins {
					if !yield(in, nil) {
						return
					}
				}
			}
			return
		}
		bySeq := make(map[int64]kent.StoryInput, len(keys))
		for in, err := range store.StoryInputs(ctx, after) {
			if err != nil {
				yield(kent.StoryInput{}, err)
				return
			}
			bySeq[in.Seq] = in
		}
		for _, key := range keys {
			in, ok := bySeq[key.seq]
			if !ok {
				yield(kent.StoryInput{}, gone)
				return
			}
			if !yield(in, nil) {
				return
			}
		}
	}
}

// storyKey is what orders an article for assignment.
type storyKey struct {
	published time.Time
	id        string
	seq       int64
}

// inputsAt is a store that lists articles' keys without their texts and
// reads articles by ingest position (sqlite.Store).
type inputsAt interface {
	StoryKeys(ctx context.Context, after int64) iter.Seq2[kent.StoryInput, error]
	StoryInputsAt(ctx context.Context, seqs []int64) ([]kent.StoryInput, error)
}
