package main

import (
	"fmt"
	"github.com/kentnews/kent"
	"slices"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kentnews/kent/lexicon"
	"github.com/kentnews/kent/story"
)

type storyOut struct {
	ID        int            `json:"id"`
	Articles  []string       `json:"articles"`
	Titles    []string       `json:"titles"`
	Languages map[string]int `json:"languages"`
	Outlets   []string       `json:"outlets"`
}

func (a *app) storiesCmd() *cobra.Command {
	var (
		asJSON    bool
		threshold float64
	)
	cmd := &cobra.Command{
		Use:   "stories",
		Short: "Group stored articles into stories across languages",
		Long: `Group the stored articles into stories in one streaming pass, in the order
they were ingested: each article joins the story it shares the most
weighted names, numbers and cognate words with, or opens a new one.`,
		Example: "  kent stories\n  kent stories --json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			store, err := a.openStore()
			if err != nil {
				return err
			}
			defer store.Close()
			ins, err := store.StoryInputs(cmd.Context())
			if err != nil {
				return err
			}
			c := story.New(lexicon.MustDefault())
			if threshold > 0 {
				c.Threshold = threshold
			}
			byStory := map[int]*storyOut{}
			for _, in := range ins {
				id := c.Add(in.ID, in.Language, in.Title+"\n"+in.Text)
				s := byStory[id]
				if s == nil {
					s = &storyOut{ID: id + 1, Languages: map[string]int{}}
					byStory[id] = s
				}
				s.Articles = append(s.Articles, in.ID)
				s.Titles = append(s.Titles, in.Title)
				s.Languages[in.Language]++
				if in.Outlet != "" && !slices.Contains(s.Outlets, in.Outlet) {
					s.Outlets = append(s.Outlets, in.Outlet)
				}
			}
			var out []*storyOut
			for _, s := range byStory {
				out = append(out, s)
			}
			sort.Slice(out, func(i, j int) bool {
				if len(out[i].Articles) != len(out[j].Articles) {
					return len(out[i].Articles) > len(out[j].Articles)
				}
				return out[i].ID < out[j].ID
			})
			w := cmd.OutOrStdout()
			if asJSON {
				return writeJSON(w, out)
			}
			for _, s := range out {
				var langs []string
				for l, n := range s.Languages {
					langs = append(langs, fmt.Sprintf("%s %d", l, n))
				}
				sort.Strings(langs)
				title := ""
				for _, t := range s.Titles {
					if t != "" {
						title = t
						break
					}
				}
				fmt.Fprintf(w, "story %d · %d articles · %s · %s\n  %s\n", s.ID, len(s.Articles), strings.Join(langs, ", "), orDash(strings.Join(s.Outlets, ", ")), orDash(kent.Clip(title, 100)))
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print stories as JSON")
	cmd.Flags().Float64Var(&threshold, "threshold", 0, "similarity needed to join a story that has the article's language (default 0.3; one without needs 0.12)")
	return cmd
}
