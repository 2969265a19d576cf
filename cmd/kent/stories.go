package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/app"
)

func (a *cli) storiesCmd() *cobra.Command {
	var (
		asJSON bool
		req    app.StoriesRequest
	)
	cmd := &cobra.Command{
		Use:   "stories",
		Short: "List stored articles grouped into stories across languages",
		Long: `List the stored stories, largest first. Stories are made in one streaming
pass in the order articles are ingested, as they are stored: each article joins
the story it shares the most weighted names, numbers and cognate words with, or
opens a new one. Articles stored by an older Kent get their stories on the
first call; a --threshold other than the default groups every article afresh.`,
		Example: "  kent stories\n  kent stories --json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			res, err := call(a, cmd.Context(), (*app.Service).Stories, req)
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			if asJSON {
				return writeJSON(w, res.Stories)
			}
			for _, s := range res.Stories {
				var langs []string
				for l, n := range s.Languages {
					langs = append(langs, fmt.Sprintf("%s %d", l, n))
				}
				sort.Strings(langs)
				fmt.Fprintf(w, "story %d · %d articles · %s · %s\n  %s\n", s.ID, len(s.Articles), strings.Join(langs, ", "), orDash(strings.Join(s.Outlets, ", ")), orDash(kent.Clip(s.Title(), 100)))
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print stories as JSON")
	cmd.Flags().Float64Var(&req.Threshold, "threshold", 0, "similarity needed to join a story that has the article's language (default 0.3; one without needs 0.12)")
	return cmd
}
