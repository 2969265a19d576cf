package main

import (
	"io"

	"github.com/spf13/cobra"

	"github.com/kentnews/kent/eval"
	"github.com/kentnews/kent/lexicon"
	"github.com/kentnews/kent/pipeline"
)

// evalQuestionsCmd scores briefs on the development suite of forecasting
// questions (eval/questions): one folder per question with gold.yaml.
func evalQuestionsCmd() *cobra.Command {
	var misses bool
	c := &cobra.Command{
		Use:     "questions DIR",
		Short:   "Briefs on a suite of questions: strict recall, pooled precision, direction and series per question and language",
		Example: "  kent eval questions eval/questions",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			proc, err := pipeline.NewProcessor()
			if err != nil {
				return err
			}
			lex, err := lexicon.Default()
			if err != nil {
				return err
			}
			var mw io.Writer
			if misses {
				mw = cmd.OutOrStdout()
			}
			_, err = eval.Questions(args[0], proc, lex, cmd.OutOrStdout(), mw)
			return err
		},
	}
	c.Flags().BoolVar(&misses, "misses", false, "list each gold assessment Kent gets wrong, and why")
	return c
}
