package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/app"
)

func (a *cli) showCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "show ID",
		Short: "Print a stored article: dropped lines with why, quotes, judgements",
		Long: `Print a stored article as the cleaner saw it: every block of the source
in order. Kept paragraphs are printed as they are, with their sentence count
and language; the headline and metadata lines are marked with what they were
taken for; dropped lines are marked with "-" and the reason. ID may be a
unique prefix.`,
		Example: "  kent show 3f2a\n  kent show --json 3f2a9c01d4e5b6a7",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			res, err := call(a, cmd.Context(), (*app.Service).Show, app.ShowRequest{ID: args[0]})
			if err != nil {
				return err
			}
			art, copies := res.Article, res.Copies
			if asJSON {
				return writeJSON(cmd.OutOrStdout(), struct {
					*kent.Article
					Copies []string `json:"copies"`
				}{art, copies})
			}
			printArticle(cmd.OutOrStdout(), art, copies, isTTY(cmd.OutOrStdout()))
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the article as JSON")
	return cmd
}

func printArticle(w io.Writer, a *kent.Article, copies []string, color bool) {
	dim, red, bold, cyan, yellow, reset := "", "", "", "", "", ""
	if color {
		dim, red, bold, cyan, yellow, reset = "\x1b[2m", "\x1b[31m", "\x1b[1m", "\x1b[36m", "\x1b[33m", "\x1b[0m"
	}
	fmt.Fprintf(w, "%s%s%s\n", bold, orDash(a.Title), reset)
	fmt.Fprintf(w, "id %s · %s · language %s · %s · %s\n", a.ID, orDash(a.Outlet), orDash(a.Language), date(a), a.Source)
	if a.Author != "" {
		fmt.Fprintf(w, "by %s\n", a.Author)
	}
	if a.URL != "" {
		fmt.Fprintln(w, a.URL)
	}
	for _, warn := range a.Warnings {
		fmt.Fprintf(w, "warning: %s\n", warn)
	}
	if len(copies) > 0 {
		fmt.Fprintf(w, "same text also stored as: %s\n", strings.Join(copies, ", "))
	}
	fmt.Fprintln(w)
	para := 0
	for _, b := range a.Blocks {
		switch b.Kind {
		case kent.BlockBody:
			n := 0
			var span kent.Span
			if para < len(a.Paragraphs) {
				n = len(a.Paragraphs[para].Sentences)
				span = a.Paragraphs[para].Span
			}
			para++
			fmt.Fprintf(w, "%s[%d · %s · %d sent.]%s %s\n", dim, para, b.Language, n, reset, b.Text)
			printQuotes(w, a.Quotes, span, cyan, reset)
			printJudgements(w, a.Judgements, span, a.Outlet, yellow, reset)
		case kent.BlockDrop:
			fmt.Fprintf(w, "%s- dropped (%s): %s%s\n", red, b.Reason, b.Text, reset)
		default:
			fmt.Fprintf(w, "%s= %s: %s%s\n", dim, b.Reason, b.Text, reset)
		}
	}
}

func date(a *kent.Article) string {
	if a.Published.IsZero() {
		return "date unknown"
	}
	if a.Published.Hour() == 0 && a.Published.Minute() == 0 {
		return a.Published.Format("2006-01-02")
	}
	return a.Published.Format("2006-01-02 15:04 MST")
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
