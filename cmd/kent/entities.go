package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/app"
)

func (a *cli) entitiesCmd() *cobra.Command {
	var (
		req    app.EntitiesRequest
		asJSON bool
	)
	cmd := &cobra.Command{
		Use:   "entities",
		Short: "People, organisations and places across stored articles, one entity whatever the spelling",
		Long: `List the people, organisations and places Kent found, merged across
spellings, languages and scripts (Lukashenko, Lukasjenko, Łukaszenka,
Лукашенко; Шольца, Шольцем and Scholz), with the languages of the articles
that name each, how many articles and mentions, and every spelling seen.`,
		Example: "  kent entities --kind person\n  kent entities --kind place --json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if req.Kind != "" && !slices.Contains(app.EntityKinds, req.Kind) {
				return kent.Errorf(kent.EINVALID, "unknown --kind %q (person, organisation, place)", req.Kind)
			}
			res, err := call(a, cmd.Context(), (*app.Service).Entities, req)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			return printList(out, asJSON, res.Entities, "", func(e kent.Entity) {
				fmt.Fprintf(out, "%-13s %-34s %2d articles, %3d mentions  [%s]  %s\n", e.Kind, e.Name, e.Articles, e.Mentions, strings.Join(e.Languages, " "), kent.Clip(strings.Join(e.Variants, " · "), 200))
			})
		},
	}
	cmd.Flags().StringVar(&req.Kind, "kind", "", "person, organisation or place")
	cmd.Flags().IntVar(&req.Limit, "limit", 50, "at most this many entities")
	cmd.Flags().IntVar(&req.Offset, "offset", 0, "skip this many entities first (with --limit: pages)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print entities as JSON")
	return cmd
}
