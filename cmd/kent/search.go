package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/app"
)

func (a *cli) searchCmd() *cobra.Command {
	var (
		q            kent.SearchQuery
		since, until string
		asJSON       bool
	)
	cmd := &cobra.Command{
		Use:   "search QUERY",
		Short: "Full-text search over the cleaned text of stored articles",
		Long: `Search titles and cleaned article text (never the chrome that cleaning
dropped). Accents are folded: "Lukasenka" finds "Lukašenka". QUERY may use
SQLite FTS5 syntax: "exact phrase", word*, a OR b, NOT c.`,
		Example: `  kent search osannolikt
  kent search --lang en --since 2022-04-01 "Belarusian troops"
  kent search --json Lukash*`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			q.Text = strings.Join(args, " ")
			var err error
			if q.Since, err = app.ParseDay(since, "--since"); err != nil {
				return err
			}
			if q.Until, err = app.ParseDay(until, "--until"); err != nil {
				return err
			}
			res, err := call(a, cmd.Context(), (*app.Service).Search, q)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			return printList(out, asJSON, res.Hits, "no matches", func(h kent.SearchHit) {
				fmt.Fprintf(out, "%s  %s · %s · %s\n  %s\n  %s\n\n", h.ID, orDash(h.Outlet), h.Language, day(h.Published), orDash(h.Title), strings.Join(strings.Fields(h.Snippet), " "))
			})
		},
	}
	cmd.Flags().StringVar(&q.Language, "lang", "", "only articles in this language (ISO 639-1)")
	cmd.Flags().StringVar(&q.Outlet, "outlet", "", "only articles from this outlet")
	cmd.Flags().StringVar(&since, "since", "", "only articles published on or after this day (YYYY-MM-DD)")
	cmd.Flags().StringVar(&until, "until", "", "only articles published before this day (YYYY-MM-DD)")
	cmd.Flags().IntVar(&q.Limit, "limit", 20, "at most this many results")
	cmd.Flags().IntVar(&q.Offset, "offset", 0, "skip this many results first (with --limit: pages)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print results as JSON")
	return cmd
}
