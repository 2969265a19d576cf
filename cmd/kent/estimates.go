package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/app"
	"github.com/kentnews/kent/lexicon"
)

func (a *cli) estimatesCmd() *cobra.Command {
	var (
		q      app.EstimatesRequest
		asJSON bool
	)
	cmd := &cobra.Command{
		Use:   "estimates",
		Short: "List stored estimative judgements: who says how likely what is",
		Long: `List the estimative judgements Kent found in stored articles — "osannolikt",
"very unlikely at the moment", "mit 70 Prozent Wahrscheinlichkeit" — with
their holder, band and point value, modifiers (negation, trend, time frame,
condition, categorical), the proposition they are about, and the article
they come from. Bands are ICD 203 by default; --scale shows them on the UK
PHIA yardstick, Sherman Kent's 1964 table or the IPCC terms.`,
		Example: `  kent estimates
  kent estimates --holder Hedenskog --scale phia
  kent estimates --lang de --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			res, err := call(a, cmd.Context(), (*app.Service).Estimates, q)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			return printList(out, asJSON, res.Hits, "no judgements", func(h kent.JudgementHit) {
				fmt.Fprintf(out, "%s · %s\n  %s · %s · %s · %s\n", holderName(h.Judgement, h.Outlet), judgementLine(h.Judgement, res.Scale), h.ArticleID, orDash(h.Outlet), h.Language, day(h.Published))
				fmt.Fprintf(out, "  about: “%s”\n\n", kent.Clip(h.Proposition.Text, 200))
			})
		},
	}
	cmd.Flags().StringVar(&q.Holder, "holder", "", "only judgements held by this person, organisation or group (any spelling)")
	cmd.Flags().StringVar(&q.Language, "lang", "", "only judgements in this language")
	lex := lexicon.MustDefault()
	cmd.Flags().StringVar(&q.Scale, "scale", lex.DefaultScale().Name, "band names from: "+strings.Join(lex.ScaleNames(), ", "))
	cmd.Flags().IntVar(&q.Limit, "limit", 1000, "at most this many judgements")
	cmd.Flags().IntVar(&q.Offset, "offset", 0, "skip this many judgements first (with --limit: pages)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print judgements as JSON")
	return cmd
}

func holderName(j kent.Judgement, outlet string) string {
	if j.Holder != nil {
		return speakerLine(j.Holder)
	}
	if outlet != "" {
		return outlet + " (the article's own voice)"
	}
	return "the article's own voice"
}

// judgementLine renders band, value and modifiers: "unlikely (0.20–0.45,
// point 0.33) «osannolikt» · time frame: inom en överskådlig framtid".
func judgementLine(j kent.Judgement, scale *kent.Scale) string {
	var b strings.Builder
	switch {
	case j.Band == "":
		b.WriteString("stance: against")
	case j.Scale == "numeric":
		fmt.Fprintf(&b, "%s (stated %.0f–%.0f%%)", scale.For(j.Value).Name(), j.Low*100, j.High*100)
	default:
		fmt.Fprintf(&b, "%s (%.2f–%.2f, point %.2f)", scale.For(j.Value).Name(), j.Low, j.High, j.Value)
	}
	fmt.Fprintf(&b, " «%s»", j.Cue)
	var mods []string
	if j.Negated {
		mods = append(mods, "negated")
	}
	if j.Modal {
		mods = append(mods, "possibility")
	}
	if j.Categorical {
		mods = append(mods, "categorical")
	}
	if j.Trend != "" {
		mods = append(mods, "trend "+j.Trend)
	}
	if j.TimeFrame != "" {
		mods = append(mods, "time frame: "+j.TimeFrame)
	}
	if j.Condition != "" {
		mods = append(mods, "only if: "+kent.Clip(j.Condition, 80))
	}
	if len(mods) > 0 {
		b.WriteString(" · " + strings.Join(mods, " · "))
	}
	return b.String()
}

// printJudgements lists the judgements whose cue lies inside span.
func printJudgements(w io.Writer, js []kent.Judgement, span kent.Span, outlet, mark, reset string) {
	for _, j := range js {
		if j.CueSpan.Start >= span.Start && j.CueSpan.Start < span.End {
			fmt.Fprintf(w, "    %s≈ %s · %s%s\n", mark, holderName(j, outlet), judgementLine(j, lexicon.MustDefault().DefaultScale()), reset)
		}
	}
}
