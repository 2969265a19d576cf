package main

import (
	"io"

	"github.com/spf13/cobra"

	"github.com/kentnews/kent/eval"
	"github.com/kentnews/kent/lexicon"
)

// evalUnderstandCmd scores how Kent reads questions as frames against a
// question-understanding gold file (eval/questions/understand.yaml).
func evalUnderstandCmd() *cobra.Command {
	var misses, arcs bool
	c := &cobra.Command{
		Use:     "understand FILE",
		Short:   "Question understanding: accuracy of subject, event family, object, polarity and time bound, per language",
		Example: "  kent eval understand eval/questions/understand.yaml --misses",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			lex, err := lexicon.Default()
			if err != nil {
				return err
			}
			var mw io.Writer
			if misses {
				mw = cmd.OutOrStdout()
			}
			_, err = eval.Understand(args[0], lex, arcs, cmd.OutOrStdout(), mw)
			return err
		},
	}
	c.Flags().BoolVar(&misses, "misses", false, "list each question with a part Kent reads wrong")
	c.Flags().BoolVar(&arcs, "syntax", false, "seek two-word event forms along the syntax parse's arcs instead of between near words")
	return c
}
