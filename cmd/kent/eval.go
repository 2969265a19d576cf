package main

import (
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/attrib"
	"github.com/kentnews/kent/eval"
	"github.com/kentnews/kent/lang"
	"github.com/kentnews/kent/lexicon"
	"github.com/kentnews/kent/names"
	"github.com/kentnews/kent/pipeline"
	"github.com/kentnews/kent/segment"
	"github.com/kentnews/kent/story"
)

func (a *cli) evalCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "Measure Kent against gold data (precision, recall, F1)",
		Long: `Measure Kent against gold data. The data sets live outside the repository
(../shared/eval); each subcommand names the file or folder it reads.`,
	}
	cmd.AddCommand(evalExtractCmd(), evalCleanCmd(), evalQuotesCmd(), evalAttributionCmd(), evalSpkAttCmd(), evalRedewiedergabeCmd(),
		evalEstimatesCmd(), evalOutlookCmd(), evalNamesCmd(), evalStoriesCmd(), evalWordsCmd(), evalLangIDCmd(), evalQuestionsCmd(),
		evalHoldersCmd(), evalNameTypesCmd(), evalNameLemmasCmd(), evalPersonsCmd(), syntaxEvalCmd(), evalUnderstandCmd())
	return cmd
}

// evalExtractCmd scores HTML extraction on a ScrapingHub or trafilatura folder.
func evalExtractCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "extract DIR",
		Short: "HTML extraction: ScrapingHub (ground-truth.json) or trafilatura (evaldata.json) benchmark",
		Example: `  kent eval extract ../shared/eval/extraction/scrapinghub
  kent eval extract ../shared/eval/extraction/trafilatura`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			proc, err := pipeline.NewProcessor()
			if err != nil {
				return err
			}
			dir := args[0]
			switch {
			case exists(filepath.Join(dir, "ground-truth.json")):
				_, err = eval.ScrapingHub(dir, proc, cmd.OutOrStdout())
			case exists(filepath.Join(dir, "evaldata.json")):
				_, err = eval.Trafilatura(dir, proc, cmd.OutOrStdout())
			default:
				return kent.Errorf(kent.EINVALID, "%s: neither ground-truth.json (ScrapingHub) nor evaldata.json (trafilatura) found", dir)
			}
			return err
		},
	}
}

// evalCleanCmd scores chrome removal and metadata on the seed articles.
func evalCleanCmd() *cobra.Command {
	return goldCmd("clean GOLD.yaml CORPUS_DIR", "Chrome removal and metadata on the seed articles against their gold file", "  kent eval clean ../shared/eval/seeds/gold.yaml examples/belarus", func(gold, corpus string, proc *pipeline.Processor, _ *lexicon.Set, w io.Writer) error {
		_, err := eval.Clean(gold, corpus, proc, w)
		return err
	})
}

// evalQuotesCmd scores quotes and speakers on the seed articles.
func evalQuotesCmd() *cobra.Command {
	return goldCmd("quotes GOLD.yaml CORPUS_DIR", "Quotes and their speakers on the seed articles against their gold file", "  kent eval quotes ../shared/eval/seeds/gold.yaml examples/belarus", func(gold, corpus string, proc *pipeline.Processor, _ *lexicon.Set, w io.Writer) error {
		_, err := eval.Quotes(gold, corpus, proc, w)
		return err
	})
}

// evalAttributionCmd scores attribution spans on a brat corpus.
func evalAttributionCmd() *cobra.Command {
	var misses bool
	c := &cobra.Command{
		Use:   "attribution DIR",
		Short: "Attribution spans (Source, Cue, Content) on a folder of brat .txt/.ann files",
		Long: `Score Kent's quote attribution on any brat standoff corpus: every NAME.txt
with its NAME.ann, whose text-bound annotations Source, Cue and Content mark
the speaker, the reporting words and the reported words, linked into
attributions by events (or relations to the cue). Precision, recall and F1
are printed per role, for exact spans and for overlapping ones; for split
spans whole and piece by piece (pieces in any order); and for whole
attributions, all three roles matched. Unreadable annotations are skipped
and counted.`,
		Example: "  kent eval attribution path/to/brat-corpus",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			lex, err := lexicon.Default()
			if err != nil {
				return err
			}
			det, err := lang.New()
			if err != nil {
				return err
			}
			x, err := attrib.New(lex)
			if err != nil {
				return err
			}
			var mw io.Writer
			if misses {
				mw = cmd.OutOrStdout()
			}
			_, err = eval.BratMisses(args[0], x, det, segment.New(lex), cmd.OutOrStdout(), mw)
			return err
		},
	}
	c.Flags().BoolVar(&misses, "misses", false, "list each gold span Kent does not match exactly, with what Kent marked over it")
	return c
}

// evalRedewiedergabeCmd scores German speech representation on REDEWIEDERGABE.
func evalRedewiedergabeCmd() *cobra.Command {
	return &cobra.Command{
		Use:     "redewiedergabe DIR",
		Short:   "German speech representation, token level, on the REDEWIEDERGABE corpus",
		Example: "  kent eval redewiedergabe ../shared/eval/attribution/redewiedergabe-de/tsv",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			lex, err := lexicon.Default()
			if err != nil {
				return err
			}
			x, err := attrib.New(lex)
			if err != nil {
				return err
			}
			_, err = eval.Redewiedergabe(args[0], x, cmd.OutOrStdout())
			return err
		},
	}
}

// evalEstimatesCmd scores estimative judgements on the seed articles.
func evalEstimatesCmd() *cobra.Command {
	return goldCmd("estimates GOLD.yaml CORPUS_DIR", "Estimative judgements on the seed articles: holder, band or stance, about the question or not", "  kent eval estimates ../shared/eval/seeds/gold.yaml examples/belarus", func(gold, corpus string, proc *pipeline.Processor, lex *lexicon.Set, w io.Writer) error {
		_, err := eval.Estimates(gold, corpus, proc, lex, w)
		return err
	})
}

// evalOutlookCmd scores the pooled outlook on the seed articles.
func evalOutlookCmd() *cobra.Command {
	return goldCmd("outlook GOLD.yaml CORPUS_DIR", "The brief's pooled outlook on the seed articles against expected_outlook", "  kent eval outlook ../shared/eval/seeds/gold.yaml examples/belarus", func(gold, corpus string, proc *pipeline.Processor, lex *lexicon.Set, w io.Writer) error {
		_, err := eval.Outlook(gold, corpus, proc, lex, w)
		return err
	})
}

// evalNamesCmd scores name merging on same-entity pairs.
func evalNamesCmd() *cobra.Command {
	return &cobra.Command{
		Use:     "names PAIRS.tsv",
		Short:   "Name merging: precision and recall of same-entity pairs, cross-script pairs apart",
		Example: "  kent eval names eval/names/pairs.tsv",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			_, err := eval.Names(args[0], cmd.OutOrStdout())
			return err
		},
	}
}

// evalStoriesCmd scores cross-language story grouping.
func evalStoriesCmd() *cobra.Command {
	var threshold float64
	st := &cobra.Command{
		Use:     "stories FILE.jsonl",
		Short:   "Cross-language story grouping: B-cubed and pairwise F1 against the items' story field",
		Example: "  kent eval stories ../shared/eval/crosslingual/pud-documents.jsonl",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			lex, err := lexicon.Default()
			if err != nil {
				return err
			}
			c, err := story.New(lex)
			if err != nil {
				return err
			}
			if threshold > 0 {
				c.Threshold = threshold
			}
			_, err = eval.Stories(args[0], c, cmd.OutOrStdout())
			return err
		},
	}
	st.Flags().Float64Var(&threshold, "threshold", 0, "similarity needed to join a story that has the item's language (default 0.3)")
	return st
}

// evalWordsCmd compares probability words against readers' estimates.
func evalWordsCmd() *cobra.Command {
	return &cobra.Command{
		Use:     "words PROBLY.csv",
		Short:   "Kent's point value for each probability phrase against readers' median and IQR",
		Example: "  kent eval words ../shared/eval/probability-words/zonination/probly.csv",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			lex, err := lexicon.Default()
			if err != nil {
				return err
			}
			_, err = eval.Survey(args[0], lex, cmd.OutOrStdout())
			return err
		},
	}
}

// evalLangIDCmd scores language identification.
func evalLangIDCmd() *cobra.Command {
	var langs []string
	var mode string
	lid := &cobra.Command{
		Use:     "langid FILE.tsv",
		Short:   "Language identification accuracy per language, and speed",
		Example: "  kent eval langid ../shared/eval/langid/langid_sentences.tsv",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			det, err := lang.NewMode(lang.Mode(mode), langs...)
			if err != nil {
				return err
			}
			_, err = eval.LangID(args[0], det, cmd.OutOrStdout())
			return err
		},
	}
	lid.Flags().StringSliceVar(&langs, "langs", lang.DefaultCodes, "languages to choose between")
	lid.Flags().StringVar(&mode, "mode", string(lang.Fast), "detector mode: fast (low memory) or accurate")
	return lid
}

// goldCmd is an eval subcommand over a gold file and a corpus folder, run
// with Kent's full pipeline.
func goldCmd(use, short, example string, run func(gold, corpus string, proc *pipeline.Processor, lex *lexicon.Set, w io.Writer) error) *cobra.Command {
	return &cobra.Command{
		Use: use, Short: short, Example: example, Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			proc, err := pipeline.NewProcessor()
			if err != nil {
				return err
			}
			lex, err := lexicon.Default()
			if err != nil {
				return err
			}
			return run(args[0], args[1], proc, lex, cmd.OutOrStdout())
		},
	}
}

func exists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// evalNameTypesCmd scores which capitalised runs Kent takes for persons.
func evalNameTypesCmd() *cobra.Command {
	return &cobra.Command{
		Use:     "name-types TYPES.tsv",
		Short:   "Mention kinds: precision and recall of person on hand-labelled mentions in sentences",
		Example: "  kent eval name-types eval/names/types.tsv",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := names.NewFinder(lexicon.MustDefault())
			if err != nil {
				return err
			}
			_, err = eval.NameTypes(args[0], f, cmd.OutOrStdout())
			return err
		},
	}
}

// evalNameLemmasCmd scores base forms of people's names against UD lemmas.
func evalNameLemmasCmd() *cobra.Command {
	var all, noSyntax, noLearned, even bool
	var learn, endings string
	var lopt eval.LearnOptions
	cmd := &cobra.Command{
		Use:   "name-lemmas FILE.conllu...",
		Short: "Base forms of people's names against a UD treebank's lemmas (language from the file name)",
		Long: `Base forms of people's names against a UD treebank's lemmas (language from the file name).
Only the held-out half of each file is scored (the odd-indexed sentences of syntax.Split),
since the embedded syntax models were trained on the other half of the test files.`,
		Example: "  kent eval name-lemmas ../shared/eval/ud/pl_pdb/pl_pdb-ud-test.conllu",
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if learn != "" {
				return eval.LearnNameEndings(args, learn, lopt, cmd.OutOrStdout())
			}
			opt := eval.LemmaOptions{All: all, Tagger: names.SyntaxTagger, Learned: !noLearned, Even: even}
			if noSyntax {
				opt.Tagger = nil
			}
			in := names.NewInflector(lexicon.MustDefault())
			if endings != "" {
				if err := in.LoadEndings(endings); err != nil {
					return err
				}
			}
			_, _, err := eval.NameLemmas(args, in, opt, cmd.OutOrStdout())
			return err
		},
	}
	cmd.Flags().BoolVar(&all, "all", false, "score every sentence, the models' training half too")
	cmd.Flags().BoolVar(&noSyntax, "no-syntax", false, "endings only: no tagger lemmas as hints")
	cmd.Flags().BoolVar(&noLearned, "no-learned", false, "no word ends learnt from treebanks as hints")
	cmd.Flags().StringVar(&endings, "endings", "", "score with the learnt tables under `DIR` instead of the embedded ones")
	cmd.Flags().BoolVar(&even, "even", false, "score the even-numbered test sentences (to tune with tables learnt --dev-only)")
	cmd.Flags().BoolVar(&lopt.DevOnly, "dev-only", false, "with --learn: learn from the dev files alone")
	cmd.Flags().BoolVar(&lopt.AllPropn, "all-propn", false, "with --learn: learn from every proper noun, not only people's")
	cmd.Flags().StringVar(&learn, "learn", "", "learn the word ends of names from the training part of each test file's treebank (its dev file, the even test sentences) into `DIR`/{free,nc}/<lang>.tsv")
	return cmd
}
