package main

import (
	"io"

	"github.com/spf13/cobra"

	"github.com/kentnews/kent/eval"
	"github.com/kentnews/kent/lexicon"
	"github.com/kentnews/kent/pipeline"
)

// evalPersonsCmd scores how many of the persons Kent finds are people.
func evalPersonsCmd() *cobra.Command {
	return goldCmd("persons LABELS.tsv DOCS.jsonl", "Person precision: the person mentions Kent finds in real documents against hand labels",
		"  kent eval persons eval/names/persons.tsv ../shared/eval/crosslingual/pud-documents.jsonl",
		func(labels, docs string, proc *pipeline.Processor, _ *lexicon.Set, w io.Writer) error {
			_, err := eval.Persons(labels, docs, proc, w)
			return err
		})
}
