package main

import (
	"github.com/spf13/cobra"

	"github.com/kentnews/kent/eval"
	"github.com/kentnews/kent/pipeline"
)

// evalHoldersCmd scores the holders Kent gives to the gold assessments of a
// folder of questions (eval/questions).
func evalHoldersCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "holders DIR",
		Short: "Holders of the gold assessments in a folder of questions (each with gold.yaml)",
		Long: `For every question folder under DIR (gold.yaml and its fixtures), find each
gold assessment's cue in its fixture and count how often Kent's judgement there,
and Kent's attribution of those words, names the gold's holder (null: the
article's own voice).`,
		Example: "  kent eval holders eval/questions",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			proc, err := pipeline.NewProcessor()
			if err != nil {
				return err
			}
			_, err = eval.Holders(args[0], proc, cmd.OutOrStdout())
			return err
		},
	}
}
