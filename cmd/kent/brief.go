package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"time"

	"github.com/spf13/cobra"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/app"
	"github.com/kentnews/kent/brief"
	"github.com/kentnews/kent/question"
)

const briefLong = `Answer a question from the judgements Kent has read. With PATHs, the files
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
brief/outlook.schema.json).`

// briefMemory is the heap a brief keeps to unless GOMEMLIMIT says
// otherwise. A brief over a large store holds every judgement that bears on
// its question (some 150 MB for 80,000 of them), and without a limit the
// collector lets the heap grow to twice what is live: 600 MB of RSS where
// 390 MB do, for some more CPU time. The limit is soft: a larger
// brief still completes, collecting more often.
const briefMemory = 320 << 20

// briefGC lets the heap grow to five times what is live before a
// collection, up to briefMemory: a brief allocates much that dies young
// (decoded rows, parse trees, the rendered lines), and collecting at twice
// the live heap spent a tenth of a brief over 100,000 articles marking
// (2.7 → 2.45 CPU-s there; peak RSS 310 → 360 MB, under the limit's 400).
// A larger brief meets the memory limit first and collects as before.
const briefGC = 400

func (a *cli) briefCmd() *cobra.Command {
	var (
		text, file, format, out string
		since, until            string
		extremize               float64
		window                  string
		voiceAge                int
		halfLife                int
	)
	cmd := &cobra.Command{
		Use:   "brief [PATH...]",
		Short: "A cited outlook on a question: pooled probability, who holds which view, what was set aside",
		Long:  briefLong,
		Example: `  kent brief --question "Will Belarusian armed forces enter the war against Ukraine?" examples/belarus
  kent brief --question-file q.yaml --format html --out brief.html
  kent brief --question "…" --format json`,
		RunE: func(cmd *cobra.Command, args []string) error {
			req, err := briefRequest(text, file, since, until)
			if err != nil {
				return err
			}
			req.Paths, req.Extremize, req.Window = args, extremize, window
			req.VoiceAge = time.Duration(voiceAge) * 24 * time.Hour
			req.HalfLife = time.Duration(halfLife) * 24 * time.Hour
			if voiceAge < 0 && !cmd.Flags().Changed("half-life") {
				req.HalfLife = 0 // never aging out: nor fading, unless asked
			}
			render, ok := renderers[format]
			if !ok {
				return kent.Errorf(kent.EINVALID, "unknown --format %q (text, markdown, html, json)", format)
			}
			if _, set := os.LookupEnv("GOMEMLIMIT"); !set {
				debug.SetMemoryLimit(briefMemory)
				if _, set := os.LookupEnv("GOGC"); !set {
					debug.SetGCPercent(briefGC)
				}
			}
			var finish func()
			req.Progress, finish = a.progress(true)
			a.create = len(args) > 0
			res, err := call(a, cmd.Context(), (*app.Service).Brief, req)
			finish()
			failed := a.reportSkipped(res.Ingest)
			if err != nil {
				return err
			}
			if err := a.writeOutlook(cmd.OutOrStdout(), out, render, &res.Outlook); err != nil {
				return err
			}
			return failed
		},
	}
	cmd.Flags().StringVar(&text, "question", "", "the question, in any language")
	cmd.Flags().StringVar(&file, "question-file", "", "a YAML question file (text, id, places, concepts, subject, family, object, negated, time_bound, since, until)")
	cmd.Flags().StringVar(&format, "format", "text", "text, markdown, html or json")
	cmd.Flags().StringVarP(&out, "out", "o", "", "write to this file instead of standard output")
	cmd.Flags().StringVar(&since, "since", "", "only articles published on or after this day (YYYY-MM-DD)")
	cmd.Flags().StringVar(&until, "until", "", "only articles published before this day (YYYY-MM-DD)")
	cmd.Flags().Float64Var(&extremize, "extremize", 1, "factor on the pooled mean log-odds (1 = none; >1 sharpens, Satopää et al. 2014)")
	cmd.Flags().StringVar(&window, "window", "week", "one voice per holder per day or week")
	cmd.Flags().IntVar(&halfLife, "half-life", -1, "days in which an older voice's weight halves, counted from the newest voice (in the series, from the point); -1 (the default): voices do not fade; 14 was measured on the development questions")
	cmd.Flags().IntVar(&voiceAge, "voice-age", 56, "days a holder's voice counts after it was heard, in the headline (from the newest voice) and the series (-1: never ages out)")
	return cmd
}

// writeOutlook renders the outlook to standard output (in colour on a
// terminal, unless --out - asks for plain text) or to the file out.
func (a *cli) writeOutlook(stdout io.Writer, out string, render func(io.Writer, *kent.Outlook, bool) error, o *kent.Outlook) error {
	if out == "" || out == "-" {
		return render(stdout, o, out == "" && isTTY(stdout))
	}
	if err := writeFile(out, func(w io.Writer) error { return render(w, o, false) }); err != nil {
		return err
	}
	fmt.Fprintf(a.stderr, "kent: wrote %s\n", out)
	return nil
}

// renderers print an outlook in each --format; color is set for a terminal.
var renderers = map[string]func(w io.Writer, o *kent.Outlook, color bool) error{
	"text":     func(w io.Writer, o *kent.Outlook, color bool) error { return brief.Text(w, o, color, 80) },
	"":         func(w io.Writer, o *kent.Outlook, color bool) error { return brief.Text(w, o, color, 80) },
	"markdown": func(w io.Writer, o *kent.Outlook, _ bool) error { return brief.Markdown(w, o) },
	"md":       func(w io.Writer, o *kent.Outlook, _ bool) error { return brief.Markdown(w, o) },
	"html":     func(w io.Writer, o *kent.Outlook, _ bool) error { return brief.HTML(w, o) },
	"json":     func(w io.Writer, o *kent.Outlook, _ bool) error { return brief.JSON(raw(w), o) },
}

// writeFile creates path and writes it with write; a file that cannot be
// created or written is EINVALID, naming the file.
func writeFile(path string, write func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return kent.Errorf(kent.EINVALID, "%s: %v", path, err)
	}
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return kent.Errorf(kent.EINVALID, "%s: %v", path, err)
	}
	return nil
}

// briefRequest reads the question from --question or --question-file and
// the period from the file, where --since and --until do not override it.
func briefRequest(text, file, since, until string) (app.BriefRequest, error) {
	spec, err := loadQuestion(text, file)
	if err != nil {
		return app.BriefRequest{}, err
	}
	req := app.BriefRequest{Question: spec.Question, Since: spec.Since, Until: spec.Until}
	if since != "" {
		if req.Since, err = app.ParseDay(since, "--since"); err != nil {
			return req, err
		}
	}
	if until != "" {
		if req.Until, err = app.ParseDay(until, "--until"); err != nil {
			return req, err
		}
	}
	return req, nil
}

// loadQuestion reads the question from --question or --question-file.
func loadQuestion(text, file string) (app.QuestionSpec, error) {
	switch {
	case text != "" && file != "":
		return app.QuestionSpec{}, kent.Errorf(kent.EINVALID, "give --question or --question-file, not both")
	case text != "":
		return app.QuestionSpec{Question: question.Question{Text: text}}, nil
	case file == "":
		return app.QuestionSpec{}, kent.Errorf(kent.EINVALID, "a question is needed: --question \"…\" or --question-file q.yaml")
	}
	raw, err := os.ReadFile(file)
	if err != nil {
		return app.QuestionSpec{}, kent.Errorf(kent.EINVALID, "%s: %v", file, err)
	}
	return app.ParseQuestionFile(file, raw)
}
