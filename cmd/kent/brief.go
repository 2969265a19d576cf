package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"go.yaml.in/yaml/v3"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/brief"
	"github.com/kentnews/kent/lexicon"
	"github.com/kentnews/kent/pipeline"
	"github.com/kentnews/kent/question"
)

// questionFile is the YAML a user can write instead of --question: any
// field but text may be left out; places and concepts override what Kent
// derives from the text.
type questionFile struct {
	ID       string   `yaml:"id"`
	Text     string   `yaml:"text"`
	Places   []string `yaml:"places"`   // ISO 3166 codes, key place first
	Concepts []string `yaml:"concepts"` // military, war, enter
	// The question's frame, where Kent should not read it from the text.
	Subject        *kent.FrameEntity `yaml:"subject"` // {name, kind: place|organisation|person, key}
	Family         string            `yaml:"family"`  // an event family of lexicon/data/all.yaml
	Object         *kent.FrameEntity `yaml:"object"`
	Negated        bool              `yaml:"negated"`
	TimeBound      string            `yaml:"time_bound"`
	Since          string            `yaml:"since"`
	Until          string            `yaml:"until"`
	ResolutionDate string            `yaml:"resolution_date"`
}

func (a *app) briefCmd() *cobra.Command {
	var (
		text, file, format, out string
		since, until            string
		extremize               float64
		window                  string
		voiceAge                int
	)
	cmd := &cobra.Command{
		Use:   "brief [PATH...]",
		Short: "A cited outlook on a question: pooled probability, who holds which view, what was set aside",
		Long: `Answer a question from the judgements Kent has read. With PATHs, the files
are ingested first (into the store) and only they are briefed; without, the
whole store is.

Kent derives the question's key place and event from its text in any
language (--question "Will Belarusian armed forces enter the war against
Ukraine?"), or reads them from a YAML file (--question-file): text, and
optionally id, places (ISO codes, key place first), concepts (military, war,
enter), since, until.

A judgement counts when its own proposition is about the question's event,
not merely because it sits in a relevant article. One holder counts once per
window even when syndicated; contributions are pooled as a weighted mean of
log-odds; conditional judgements are shown apart. Formats: text (default),
markdown, html (self-contained, with SVG charts), json (schema:
brief/outlook.schema.json).`,
		Example: `  kent brief --question "Will Belarusian armed forces enter the war against Ukraine?" examples/belarus
  kent brief --question-file q.yaml --format html --out brief.html
  kent brief --question "…" --format json`,
		RunE: func(cmd *cobra.Command, args []string) error {
			q, err := a.loadQuestion(text, file, &since, &until)
			if err != nil {
				return err
			}
			from, err := parseDay(since, "--since")
			if err != nil {
				return err
			}
			to, err := parseDay(until, "--until")
			if err != nil {
				return err
			}
			store, err := a.openStore()
			if err != nil {
				return err
			}
			defer store.Close()
			jq := kent.JudgementQuery{Since: from, Until: to, Limit: 1 << 30}
			articles := 0
			var failed error
			if len(args) > 0 {
				proc, err := pipeline.NewProcessor()
				if err != nil {
					return err
				}
				runner := &pipeline.Runner{Proc: proc, Store: store, Stdin: a.stdin, Log: a.log}
				rep, err := a.run(cmd.Context(), runner, args, true)
				if err != nil {
					return err
				}
				if len(rep.Errors) > 0 {
					failed = partialError{len(rep.Errors)}
				}
				jq.ArticleIDs = rep.IDs
				articles = len(kent.Unique(rep.IDs))
				if articles == 0 {
					return kent.Errorf(kent.EINVALID, "no article could be read from %s", strings.Join(args, ", "))
				}
			} else if articles, err = store.Count(cmd.Context()); err != nil {
				return err
			}
			hits, err := store.Judgements(cmd.Context(), jq)
			if err != nil {
				return err
			}
			m, err := question.New(lexicon.MustDefault())
			if err != nil {
				return err
			}
			if q, err = m.Understand(q); err != nil {
				return err
			}
			o := m.Outlook(q, hits, articles, question.Options{Extremize: extremize, Window: window, VoiceAge: time.Duration(voiceAge) * 24 * time.Hour})
			var w io.Writer = cmd.OutOrStdout()
			if out != "" && out != "-" {
				f, err := os.Create(out)
				if err != nil {
					return kent.Errorf(kent.EINVALID, "%s: %v", out, err)
				}
				defer f.Close()
				w = f
			}
			switch format {
			case "text", "":
				err = brief.Text(w, &o, out == "" && isTTY(w), 80)
			case "markdown", "md":
				err = brief.Markdown(w, &o)
			case "html":
				err = brief.HTML(w, &o)
			case "json":
				err = brief.JSON(w, &o)
			default:
				return kent.Errorf(kent.EINVALID, "unknown --format %q (text, markdown, html, json)", format)
			}
			if err != nil {
				return err
			}
			if out != "" && out != "-" {
				fmt.Fprintf(a.stderr, "kent: wrote %s\n", out)
			}
			return failed
		},
	}
	cmd.Flags().StringVar(&text, "question", "", "the question, in any language")
	cmd.Flags().StringVar(&file, "question-file", "", "a YAML question file (text, id, places, concepts, since, until)")
	cmd.Flags().StringVar(&format, "format", "text", "text, markdown, html or json")
	cmd.Flags().StringVarP(&out, "out", "o", "", "write to this file instead of standard output")
	cmd.Flags().StringVar(&since, "since", "", "only articles published on or after this day (YYYY-MM-DD)")
	cmd.Flags().StringVar(&until, "until", "", "only articles published before this day (YYYY-MM-DD)")
	cmd.Flags().Float64Var(&extremize, "extremize", 1, "factor on the pooled mean log-odds (1 = none; >1 sharpens, Satopää et al. 2014)")
	cmd.Flags().StringVar(&window, "window", "week", "one voice per holder per day or week")
	cmd.Flags().IntVar(&voiceAge, "voice-age", 56, "days a holder's voice counts in the series after it was heard (-1: never ages out)")
	return cmd
}

func (a *app) loadQuestion(text, file string, since, until *string) (question.Question, error) {
	switch {
	case text != "" && file != "":
		return question.Question{}, kent.Errorf(kent.EINVALID, "give --question or --question-file, not both")
	case text != "":
		return question.Question{Text: text}, nil
	case file == "":
		return question.Question{}, kent.Errorf(kent.EINVALID, "a question is needed: --question \"…\" or --question-file q.yaml")
	}
	raw, err := os.ReadFile(file)
	if err != nil {
		return question.Question{}, kent.Errorf(kent.EINVALID, "%s: %v", file, err)
	}
	var qf questionFile
	dec := yaml.NewDecoder(strings.NewReader(string(raw)))
	dec.KnownFields(true)
	if err := dec.Decode(&qf); err != nil {
		return question.Question{}, kent.Errorf(kent.EINVALID, "%s: %v", file, err)
	}
	if strings.TrimSpace(qf.Text) == "" {
		return question.Question{}, kent.Errorf(kent.EINVALID, "%s: the question has no text", file)
	}
	if *since == "" {
		*since = qf.Since
	}
	if *until == "" {
		*until = qf.Until
	}
	for _, d := range []string{qf.Since, qf.Until, qf.ResolutionDate} {
		if d != "" {
			if _, err := time.Parse("2006-01-02", d); err != nil {
				return question.Question{}, kent.Errorf(kent.EINVALID, "%s: date %q: want YYYY-MM-DD", file, d)
			}
		}
	}
	return question.Question{ID: qf.ID, Text: qf.Text, Places: qf.Places, Concepts: qf.Concepts,
		Subject: qf.Subject, Family: qf.Family, Object: qf.Object, Negated: qf.Negated, TimeBound: qf.TimeBound}, nil
}
