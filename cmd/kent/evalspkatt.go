package main

import (
	"github.com/spf13/cobra"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/attrib"
	"github.com/kentnews/kent/eval"
	"github.com/kentnews/kent/lexicon"
)

// evalSpkAttCmd scores German speaker attribution on SpkAtt-2023.
func evalSpkAttCmd() *cobra.Command {
	var errors, srcErrors, minSeen int
	var quotes, lexOnly bool
	var learn, role string
	cmd := &cobra.Command{
		Use:   "spkatt [DIR]",
		Short: "German speaker attribution (cues, sources, messages) on SpkAtt-2023 Task 1, proportional P/R/F1",
		Long: `Score Kent's attribution on the SpkAtt-2023 shared task (Task 1, German
Bundestag speeches): DIR is a folder of the task's JSON files, or the corpus
root (then its dev split, data/dev/task1). Each speech is rebuilt from its
tokens and read for speech events: every word whose lemma is a speech,
belief or demand cue (the lexicon's, and the lemmas learnt from the task's
training split, eval/data/spkatt-de-cues.tsv) is a Cue; its subject, passive
agent or possessor the Source; its complement clause or object the Message;
its dative or its "mit" phrase to a person the Addr, its separable
particle or reflexive pronoun ("frage mich") the PTC, its "über" phrase
or "darüber" the Topic. --errors N --role ROLE lists one role's misses
per matched cue with examples. With --quotes,
Kent's quote attribution is scored instead. Scores are the task's
proportional token overlap: cues matched one to one by overlap, each role
scored through its cue's match. --learn rebuilds the cue list from a
training folder.`,
		Example: "  kent eval spkatt ../shared/eval/attribution/spkatt-de\n  kent eval spkatt --errors 10 ../shared/eval/attribution/spkatt-de/data/dev/task1\n  kent eval spkatt --errors 20 --role Topic ../shared/eval/attribution/spkatt-de/data/train/task1\n  kent eval spkatt --learn ../shared/eval/attribution/spkatt-de/data/train/task1 > eval/data/spkatt-de-cues.tsv",
		Args:    cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			lex, err := lexicon.Default()
			if err != nil {
				return err
			}
			de := lex.Get("de").Attribution
			opt := eval.SpkAttOptions{Errors: errors, SourceErrors: srcErrors, Verbs: de.Verbs, Complementizers: de.Complementizers, Quotes: quotes, Role: role}
			x, err := attrib.New(lex)
			if err != nil {
				return err
			}
			if learn != "" {
				return eval.SpkAttLearn(learn, x, minSeen, cmd.OutOrStdout())
			}
			if len(args) != 1 {
				return kent.Errorf(kent.EINVALID, "kent eval spkatt: give the corpus folder DIR (or --learn TRAINDIR)")
			}
			if !lexOnly {
				if opt.Cues, err = eval.SpkAttCues(); err != nil {
					return err
				}
			}
			_, err = eval.SpkAtt(args[0], x, opt, cmd.OutOrStdout())
			return err
		},
	}
	cmd.Flags().IntVar(&errors, "errors", 0, "also print error classes, top missed cue words, and this many examples")
	cmd.Flags().StringVar(&role, "role", "", "with --errors: also judge this role (Addr, Topic, PTC, Medium, Evidence) per matched cue, list its missed gold spans, and show its examples only")
	cmd.Flags().IntVar(&srcErrors, "source-errors", 0, "print the Source score's losses by situation and span form, with this many examples each")
	cmd.Flags().BoolVar(&quotes, "quotes", false, "score Kent's quote attribution (what the pipeline uses) instead of its speech events")
	cmd.Flags().BoolVar(&lexOnly, "lexicon-only", false, "speech events with the lexicon's cue lemmas only, without those learnt from SpkAtt's training split")
	cmd.Flags().StringVar(&learn, "learn", "", "learn the cue lemma list from the SpkAtt speeches in this folder (the TRAINING split) and print it, instead of scoring")
	cmd.Flags().IntVar(&minSeen, "min-seen", 1, "with --learn: keep lemmas seen at least this often")
	return cmd
}
