package story

import (
	"fmt"
	"maps"
	"reflect"
	"slices"
	"testing"

	"github.com/kentnews/kent/lexicon"
)

// A restored clusterer holds exactly the state that was saved.
func TestSnapshotRestoresTheState(t *testing.T) {
	lex := lexicon.MustDefault()
	c, err := New(lex)
	if err != nil {
		t.Fatal(err)
	}
	c.Threshold = 0.25
	for i, text := range []string{
		"Alexander Lukashenko said 45,000 Belarusian soldiers would not join the offensive.",
		"Alexander Lukaschenko sagte, 45.000 belarussische Soldaten würden nicht teilnehmen.",
		"The Swedish central bank raised its interest rate by 0.75 percentage points.",
	} {
		c.Add(fmt.Sprint(i), "en", text)
	}
	data, err := c.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	r, err := New(lex)
	if err != nil {
		t.Fatal(err)
	}
	if err := r.UnmarshalBinary(data); err != nil {
		t.Fatal(err)
	}
	if r.n != c.n || r.Threshold != 0.25 || r.CrossThreshold != c.CrossThreshold || !maps.Equal(r.df, c.df) || len(r.stories) != len(c.stories) {
		t.Fatalf("restored n %d, df %d features, %d stories; saved n %d, df %d, %d stories", r.n, len(r.df), len(r.stories), c.n, len(c.df), len(c.stories))
	}
	for i, st := range c.stories {
		got := r.stories[i]
		if got.norm != st.norm || !maps.Equal(r.weights(got), c.weights(st)) || !maps.Equal(got.Languages, st.Languages) {
			t.Errorf("story %d restored as %+v, saved %+v", i, got, st)
		}
	}
	byStory := func(ps []posting) []posting {
		return slices.SortedFunc(slices.Values(ps), func(a, b posting) int { return a.story - b.story })
	}
	for f, ps := range c.index {
		if got, want := byStory(r.index[f]), byStory(ps); !reflect.DeepEqual(got, want) {
			t.Errorf("index[%s] = %v, want %v", f, got, want)
		}
	}
	if err := r.UnmarshalBinary([]byte("not a snapshot")); err == nil {
		t.Error("a corrupt snapshot was accepted")
	}
}

// weights returns a story's features with their weights, read through its
// profile's places in the postings.
func (c *Clusterer) weights(st *Story) map[string]float64 {
	w := make(map[string]float64, len(st.profile))
	for f, at := range st.profile {
		w[f] = c.index[f][at].v
	}
	return w
}
