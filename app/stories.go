package app

import (
	"context"
	"slices"
	"sort"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/lexicon"
	"github.com/kentnews/kent/story"
)

// Story is a group of stored articles about one event, across languages.
type Story struct {
	ID        int            `json:"id"`
	Articles  []string       `json:"articles"` // in the order they joined
	Titles    []string       `json:"titles"`   // the articles' titles, "" where none
	Languages map[string]int `json:"languages"`
	Outlets   []string       `json:"outlets"`
}

// Title is the first title a story's articles have, or "".
func (s *Story) Title() string {
	for _, t := range s.Titles {
		if t != "" {
			return t
		}
	}
	return ""
}

// StoriesRequest asks for the stored articles grouped into stories.
type StoriesRequest struct {
	// Threshold is the similarity an article needs to join a story that has
	// its language; 0 takes story.New's default.
	Threshold float64
	// Page windows the stories, largest first; Limit 0: all.
	kent.Page
}

// StoriesResult is a page of stories, largest first, and how many there are.
type StoriesResult struct {
	Stories []*Story `json:"stories"`
	Total   int      `json:"total"`
}

// Stories groups every stored article into stories in one streaming pass in
// ingest order, and lists them largest first.
func (s *Service) Stories(ctx context.Context, req StoriesRequest) (StoriesResult, error) {
	lex, err := lexicon.Default()
	if err != nil {
		return StoriesResult{}, err
	}
	c, err := story.New(lex)
	if err != nil {
		return StoriesResult{}, err
	}
	if req.Threshold > 0 {
		c.Threshold = req.Threshold
	}
	byStory := map[int]*Story{}
	for in, err := range s.Store.StoryInputs(ctx) {
		if err != nil {
			return StoriesResult{}, err
		}
		id := c.Add(in.ID, in.Language, in.Title+"\n"+in.Text)
		st := byStory[id]
		if st == nil {
			st = &Story{ID: id + 1, Languages: map[string]int{}}
			byStory[id] = st
		}
		st.Articles = append(st.Articles, in.ID)
		st.Titles = append(st.Titles, in.Title)
		st.Languages[in.Language]++
		if in.Outlet != "" && !slices.Contains(st.Outlets, in.Outlet) {
			st.Outlets = append(st.Outlets, in.Outlet)
		}
	}
	var out []*Story
	for _, st := range byStory {
		out = append(out, st)
	}
	sort.Slice(out, func(i, j int) bool {
		if len(out[i].Articles) != len(out[j].Articles) {
			return len(out[i].Articles) > len(out[j].Articles)
		}
		return out[i].ID < out[j].ID
	})
	return StoriesResult{window(out, page(req.Page, DefaultStoryLimit)), len(out)}, nil
}
