package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/lang"
	"github.com/kentnews/kent/syntax"
)

// parseCmd shows what the syntax layer makes of a sentence.
func (a *cli) parseCmd() *cobra.Command {
	var code string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "parse SENTENCE...",
		Short: "Tag, lemmatize and parse a sentence: a CoNLL-U-like table",
		Long: `Split the text into words and print each word's lemma, universal part of
speech, Kent's morphological features (Case, Gender, Mood, Number, Person,
Polarity, VerbForm), head and relation, as the embedded model for the
language sees them. The language is detected unless --lang is given.`,
		Example: `  kent parse --lang pl "Donald Tusk spotkał się z Olafem Scholzem."
  kent parse "Шольц заявил, что переговоры продолжатся."`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			text := strings.Join(args, " ")
			if code == "" {
				det, err := lang.New()
				if err != nil {
					return err
				}
				code, _ = det.Detect(text)
			}
			m, err := syntax.Load(code)
			if err != nil {
				return kent.Errorf(kent.EINVALID, "%v", err)
			}
			var sents [][]syntax.Token
			for _, words := range syntax.Sentences(text) {
				sents = append(sents, m.Parse(m.Words(words)))
			}
			if asJSON {
				return writeJSON(cmd.OutOrStdout(), struct {
					Lang      string           `json:"lang"`
					Sentences [][]syntax.Token `json:"sentences"`
				}{code, sents})
			}
			return writeTokens(cmd.OutOrStdout(), code, sents)
		},
	}
	cmd.Flags().StringVar(&code, "lang", "", "language code (default: detected)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func writeTokens(w io.Writer, code string, sents [][]syntax.Token) error {
	fmt.Fprintf(w, "# lang = %s\n", code)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tFORM\tLEMMA\tUPOS\tFEATS\tHEAD\tDEPREL")
	for n, toks := range sents {
		if n > 0 {
			fmt.Fprintln(tw, "\t\t\t\t\t\t")
		}
		writeSentence(tw, toks)
	}
	return tw.Flush()
}

func writeSentence(tw io.Writer, toks []syntax.Token) {
	for i, t := range toks {
		head := "_"
		if t.Head >= 0 {
			head = fmt.Sprint(t.Head)
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\n", i+1, t.Form, t.Lemma, t.UPOS, or(t.Feats), head, or(t.Rel))
	}
}

func or(s string) string {
	if s == "" {
		return "_"
	}
	return s
}

// syntaxEvalCmd measures the embedded models on their held-out halves.
func syntaxEvalCmd() *cobra.Command {
	var ud string
	var langs []string
	cmd := &cobra.Command{
		Use:   "syntax",
		Short: "Tagger, lemmatizer and parser on each language's held-out UD split",
		Long: `Tag (and parse) each language's held-out sentences with the embedded model,
from the gold words, and compare with the treebank: UPOS, Kent's features,
lemma (all words, NOUN/PROPN and VERB/AUX), PROPN-vs-rest F1, UAS/LAS, speed and model
size. The split is Kent's fixed one (syntax.Split): models never saw these
sentences.`,
		Example: "  kent eval syntax -ud ../shared/eval/ud\n  kent eval syntax --lang pl,ru",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if len(langs) == 0 {
				langs = syntax.Available()
			}
			return evalSyntax(cmd.OutOrStdout(), ud, langs)
		},
	}
	cmd.Flags().StringVar(&ud, "ud", "../shared/eval/ud", "folder of UD treebanks")
	cmd.Flags().StringSliceVar(&langs, "lang", nil, "languages (default: every embedded model)")
	return cmd
}

func evalSyntax(w io.Writer, ud string, langs []string) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "lang\ttokens\tUPOS\tfeats\tlemma\tN/P lemma\tV lemma\tPROPN F1\tUAS\tLAS\ttag tok/s\tparse tok/s\tmodel KB\t")
	var sum syntax.Scores
	for _, code := range langs {
		m, err := syntax.Load(code)
		if err != nil {
			return kent.Errorf(kent.EINVALID, "%v", err)
		}
		_, held, err := syntax.LoadSplit(ud, code)
		if err != nil {
			return kent.Errorf(kent.EINVALID, "%v", err)
		}
		s := syntax.Evaluate(m, held)
		writeScores(tw, code, s, syntax.ModelSize(code)/1024)
		sum.Tokens += s.Tokens
		sum.UPOS += s.UPOS
		sum.Feats += s.Feats
		sum.Lemma += s.Lemma
		sum.LemmaNounProp += s.LemmaNounProp
		sum.LemmaVerb += s.LemmaVerb
		sum.PROPNF1 += s.PROPNF1
		sum.UAS += s.UAS
		sum.LAS += s.LAS
		sum.TokensPerSec += s.TokensPerSec
		sum.ParsePerSec += s.ParsePerSec
	}
	n := float64(len(langs))
	mean := syntax.Scores{Tokens: sum.Tokens, UPOS: sum.UPOS / n, Feats: sum.Feats / n, Lemma: sum.Lemma / n,
		LemmaNounProp: sum.LemmaNounProp / n, LemmaVerb: sum.LemmaVerb / n, PROPNF1: sum.PROPNF1 / n, UAS: sum.UAS / n, LAS: sum.LAS / n,
		TokensPerSec: sum.TokensPerSec / n, ParsePerSec: sum.ParsePerSec / n}
	writeScores(tw, "mean", mean, -1)
	return tw.Flush()
}

func writeScores(w io.Writer, code string, s syntax.Scores, kb int) {
	size := "-"
	if kb >= 0 {
		size = fmt.Sprint(kb)
	}
	fmt.Fprintf(w, "%s\t%d\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.3f\t%.2f\t%.2f\t%.0f\t%.0f\t%s\t\n", code, s.Tokens,
		100*s.UPOS, 100*s.Feats, 100*s.Lemma, 100*s.LemmaNounProp, 100*s.LemmaVerb, s.PROPNF1, 100*s.UAS, 100*s.LAS, s.TokensPerSec, s.ParsePerSec, size)
}
