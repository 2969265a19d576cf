package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/kentnews/kent"
)

func (a *app) searchCmd() *cobra.Command {
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
			if q.Since, err = parseDay(since, "--since"); err != nil {
				return err
			}
			if q.Until, err = parseDay(until, "--until"); err != nil {
				return err
			}
			store, err := a.openStore()
			if err != nil {
				return err
			}
			defer store.Close()
			hits, err := store.Search(cmd.Context(), q)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if asJSON {
				if hits == nil {
					hits = []kent.SearchHit{}
				}
				return writeJSON(out, hits)
			}
			if len(hits) == 0 {
				fmt.Fprintln(out, "no matches")
				return nil
			}
			for _, h := range hits {
				d := "date unknown"
				if !h.Published.IsZero() {
					d = h.Published.Format("2006-01-02")
				}
				fmt.Fprintf(out, "%s  %s · %s · %s\n  %s\n  %s\n\n", h.ID, orDash(h.Outlet), h.Language, d, orDash(h.Title), strings.Join(strings.Fields(h.Snippet), " "))
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&q.Language, "lang", "", "only articles in this language (ISO 639-1)")
	cmd.Flags().StringVar(&q.Outlet, "outlet", "", "only articles from this outlet")
	cmd.Flags().StringVar(&since, "since", "", "only articles published on or after this day (YYYY-MM-DD)")
	cmd.Flags().StringVar(&until, "until", "", "only articles published before this day (YYYY-MM-DD)")
	cmd.Flags().IntVar(&q.Limit, "limit", 20, "at most this many results")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print results as JSON")
	return cmd
}

func parseDay(s, flag string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	for _, f := range []string{"2006-01-02", time.RFC3339} {
		if t, err := time.Parse(f, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, kent.Errorf(kent.EINVALID, "%s %q: want a day as YYYY-MM-DD", flag, s)
}
