package story

import (
	"bytes"
	"encoding/gob"
	"fmt"
)

// snapshot is what a Clusterer must remember to go on where it stopped:
// the streaming document frequencies and each story's profile. Members are
// not kept: the store has them.
type snapshot struct {
	Threshold, CrossThreshold float64
	N                         int
	DF                        map[string]int
	Stories                   []storySnapshot
}

type storySnapshot struct {
	Languages map[string]int
	Profile   map[string]float64
	Norm      float64
}

// MarshalBinary encodes the clusterer's state so that a later process can
// restore it with UnmarshalBinary and assign the next articles exactly as
// this one would have.
func (c *Clusterer) MarshalBinary() ([]byte, error) {
	s := snapshot{Threshold: c.Threshold, CrossThreshold: c.CrossThreshold, N: c.n, DF: c.df, Stories: make([]storySnapshot, len(c.stories))}
	// Each story's weights, gathered in one pass over the postings rather
	// than a look-up of every feature of every story.
	for i, st := range c.stories {
		s.Stories[i] = storySnapshot{Languages: st.Languages, Profile: make(map[string]float64, len(st.profile)), Norm: st.norm}
	}
	for f, ps := range c.index {
		for _, p := range ps {
			s.Stories[p.story].Profile[f] = p.v
		}
	}
	var b bytes.Buffer
	if err := gob.NewEncoder(&b).Encode(&s); err != nil {
		return nil, fmt.Errorf("story snapshot: %w", err)
	}
	return b.Bytes(), nil
}

// UnmarshalBinary restores a state MarshalBinary encoded, replacing the
// clusterer's; the stories' Members start empty.
func (c *Clusterer) UnmarshalBinary(data []byte) error {
	var s snapshot
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&s); err != nil {
		return fmt.Errorf("story snapshot: %w", err)
	}
	c.Threshold, c.CrossThreshold, c.n, c.df = s.Threshold, s.CrossThreshold, s.N, s.DF
	if c.df == nil {
		c.df = map[string]int{}
	}
	c.stories = make([]*Story, len(s.Stories))
	c.index = map[string][]posting{}
	c.dots, c.seen = nil, nil
	for i, ss := range s.Stories {
		st := &Story{ID: i, Languages: ss.Languages, profile: make(map[string]int32, len(ss.Profile)), norm: ss.Norm}
		if st.Languages == nil {
			st.Languages = map[string]int{}
		}
		// The order of a feature's postings does not matter: Add sums
		// each story's dot product in the order of the article's
		// features and sorts the candidates.
		for f, v := range ss.Profile {
			st.profile[f] = int32(len(c.index[f]))
			c.index[f] = append(c.index[f], posting{story: i, v: v})
		}
		c.stories[i] = st
	}
	return nil
}
