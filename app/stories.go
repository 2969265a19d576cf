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

// Stories lists the stored stories largest first. Stories are assigned as
// articles are stored; articles stored before that (an older store, or a
// failed assignment) are assigned here first, with progress in the log. A
// store that cannot be written, or a Threshold other than the default,
// groups every stored article afresh in one streaming pass instead.
func (s *Service) Stories(ctx context.Context, req StoriesRequest) (StoriesResult, error) {
	lex, err := lexicon.Default()
	if err != nil {
		return StoriesResult{}, err
	}
	c, err := story.New(lex)
	if err != nil {
		return StoriesResult{}, err
	}
	if req.Threshold == 0 || req.Threshold == c.Threshold {
		if err := s.syncStories(ctx, lex); err == nil {
			return s.storedStories(ctx, req.Page)
		} else if ctx.Err() != nil {
			return StoriesResult{}, err
		} else {
			s.log().Warn("stories could not be stored; grouping them afresh", "error", err.Error())
		}
	}
	return s.clusterStories(ctx, lex, req)
}

// storyKeeper returns a keeper of the store's stories that logs its
// progress every 10,000 articles (a store from before stories were kept is
// assigned all at once).
func (s *Service) storyKeeper(lex *lexicon.Set) *story.Keeper {
	k := story.NewKeeper(s.Store, lex)
	next := 10000
	k.Progress = func(done int) {
		if done >= next {
			s.log().Info("assigning stories to stored articles", "done", done)
			next += 10000
		}
	}
	return k
}

// syncStories assigns stories to the stored articles that have none.
func (s *Service) syncStories(ctx context.Context, lex *lexicon.Set) error {
	k := s.storyKeeper(lex)
	n, err := k.Sync(ctx)
	if n > 0 {
		s.log().Info("stories assigned", "articles", n)
	}
	if err != nil {
		return err
	}
	return k.Save(ctx)
}

// storedStories lists a page of the stored stories.
func (s *Service) storedStories(ctx context.Context, p kent.Page) (StoriesResult, error) {
	stored, total, err := s.Store.Stories(ctx, page(p, DefaultStoryLimit))
	if err != nil {
		return StoriesResult{}, err
	}
	out := make([]*Story, 0, len(stored))
	for _, ss := range stored {
		st := &Story{ID: ss.ID + 1, Languages: map[string]int{}}
		for _, m := range ss.Members {
			st.add(m)
		}
		out = append(out, st)
	}
	return StoriesResult{out, total}, nil
}

func (st *Story) add(m kent.StoryMember) {
	st.Articles = append(st.Articles, m.ArticleID)
	st.Titles = append(st.Titles, m.Title)
	st.Languages[m.Language]++
	if m.Outlet != "" && !slices.Contains(st.Outlets, m.Outlet) {
		st.Outlets = append(st.Outlets, m.Outlet)
	}
}

// clusterStories groups every stored article into stories in one streaming
// pass in the canonical order stored stories are assigned in, and lists
// them largest first.
func (s *Service) clusterStories(ctx context.Context, lex *lexicon.Set, req StoriesRequest) (StoriesResult, error) {
	c, err := story.New(lex)
	if err != nil {
		return StoriesResult{}, err
	}
	if req.Threshold > 0 {
		c.Threshold = req.Threshold
	}
	byStory := map[int]*Story{}
	for in, err := range story.Ordered(ctx, s.Store, 0) {
		if err != nil {
			return StoriesResult{}, err
		}
		id := c.Add(in.ID, in.Language, in.Title+"\n"+in.Text)
		st := byStory[id]
		if st == nil {
			st = &Story{ID: id + 1, Languages: map[string]int{}}
			byStory[id] = st
		}
		st.add(kent.StoryMember{ArticleID: in.ID, Title: in.Title, Language: in.Language, Outlet: in.Outlet})
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
