package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/kentnews/kent"
)

func (a *app) entitiesCmd() *cobra.Command {
	var (
		kind   string
		limit  int
		asJSON bool
	)
	cmd := &cobra.Command{
		Use:   "entities",
		Short: "People, organisations and places across stored articles, one entity whatever the spelling",
		Long: `List the people, organisations and places Kent found, merged across
spellings, languages and scripts (Lukashenko, Lukasjenko, Łukaszenka,
Лукашенко), with every variant seen and how many articles name each.`,
		Example: "  kent entities --kind person\n  kent entities --kind place --json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			switch kind {
			case "", "person", "organisation", "place":
			default:
				return kent.Errorf(kent.EINVALID, "unknown --kind %q (person, organisation, place)", kind)
			}
			store, err := a.openStore()
			if err != nil {
				return err
			}
			defer store.Close()
			es, err := store.Entities(cmd.Context(), kind, limit)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if asJSON {
				if es == nil {
					es = []kent.Entity{}
				}
				return writeJSON(out, es)
			}
			for _, e := range es {
				fmt.Fprintf(out, "%-13s %-34s %2d articles, %3d mentions  %s\n", e.Kind, e.Name, e.Articles, e.Mentions, kent.Clip(strings.Join(e.Variants, " · "), 200))
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&kind, "kind", "", "person, organisation or place")
	cmd.Flags().IntVar(&limit, "limit", 50, "at most this many entities")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print entities as JSON")
	return cmd
}
