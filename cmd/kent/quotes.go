package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/app"
)

func (a *cli) quotesCmd() *cobra.Command {
	var (
		q      app.QuotesRequest
		asJSON bool
	)
	cmd := &cobra.Command{
		Use:   "quotes",
		Short: "List stored quotes: who said what, where",
		Long: `List the reported speech Kent found in stored articles: direct quotes,
partial quotes and indirect speech, with the speaker's canonical name, role
and affiliation, the reporting words, and the article it comes from.
--speaker matches any spelling: "Yurkonis" finds "Vytis Jurkonis".
Unattributed quotes are left out unless --all is given.`,
		Example: `  kent quotes --speaker Hedenskog
  kent quotes --lang en --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			res, err := call(a, cmd.Context(), (*app.Service).Quotes, q)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			return printList(out, asJSON, res.Hits, "no quotes", func(h kent.QuoteHit) {
				fmt.Fprintf(out, "%s\n  %s · %s · %s · %s\n", speakerLine(h.Speaker), h.ArticleID, orDash(h.Outlet), h.Language, day(h.Published))
				fmt.Fprintf(out, "  %s%s: %s\n\n", h.Kind, cueNote(h.Cue), quoteText(h.Quote))
			})
		},
	}
	cmd.Flags().StringVar(&q.Speaker, "speaker", "", "only quotes by this speaker (any spelling)")
	cmd.Flags().StringVar(&q.Language, "lang", "", "only quotes in this language")
	cmd.Flags().BoolVar(&q.All, "all", false, "include quotes Kent could not attribute")
	cmd.Flags().IntVar(&q.Limit, "limit", 100, "at most this many quotes")
	cmd.Flags().IntVar(&q.Offset, "offset", 0, "skip this many quotes first (with --limit: pages)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print quotes as JSON")
	return cmd
}

func speakerLine(s *kent.Speaker) string {
	if s == nil {
		return "(unattributed)"
	}
	var extra []string
	if s.Role != "" {
		extra = append(extra, s.Role)
	}
	if s.Affiliation != "" {
		extra = append(extra, s.Affiliation)
	}
	if len(extra) == 0 {
		return s.Name
	}
	return s.Name + " (" + strings.Join(extra, ", ") + ")"
}

func cueNote(cue string) string {
	if cue == "" {
		return ""
	}
	return " «" + cue + "»"
}

func quoteText(q kent.Quote) string {
	t := strings.Join(strings.Fields(q.Text), " ")
	if len(t) > 300 {
		cut := 300
		for cut > 0 && t[cut]&0xC0 == 0x80 {
			cut--
		}
		t = t[:cut] + "…"
	}
	return "“" + t + "”"
}

// printQuotes lists the quotes that start inside span, indented under it.
func printQuotes(w io.Writer, qs []kent.Quote, span kent.Span, mark, reset string) {
	for _, q := range qs {
		if q.Span.Start >= span.Start && q.Span.Start < span.End {
			fmt.Fprintf(w, "    %s❝ %s · %s%s: %s%s\n", mark, q.Kind, speakerLine(q.Speaker), cueNote(q.Cue), quoteText(q), reset)
		}
	}
}
