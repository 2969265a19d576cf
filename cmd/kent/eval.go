package main

import "github.com/spf13/cobra"

func (a *app) evalCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "Measure Kent against gold data (precision, recall, F1)",
	}
	return cmd
}
