package main

import (
	"fmt"
	"strings"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/app"
	"github.com/kentnews/kent/lang"
	"github.com/kentnews/kent/pipeline"
)

func (a *cli) ingestCmd() *cobra.Command {
	var (
		asJSON   bool
		langs    string
		workers  int
		langMode string
		limits   []string
	)
	cmd := &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Read articles from files and folders into the store",
		Long: `Read articles into the store. PATH may be a file, a folder (read
recursively, hidden files skipped) or - for standard input. The format is
recognised from the content: plain text, HTML, JSONL (one article per line
with url, title, text or html, published, outlet, language), RSS/Atom feeds,
and WARC (plain or .gz).

Ingesting the same article twice stores it once. A file that cannot be read
is reported on one line naming the file and the reason; the others are still
stored, and the exit status is 1.`,
		Example: `  kent ingest examples/belarus
  kent ingest --langs en,de,pl,uk,ru crawl.warc.gz
  curl -s https://example.org/feed.xml | kent ingest -`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			pipeline.TuneGC() // a heap limit and a lazier collector, unless GOMEMLIMIT or GOGC say otherwise
			req := app.IngestRequest{Paths: args, LangMode: lang.Mode(langMode), Workers: workers}
			for _, l := range limits {
				if err := req.Limits.Set(l); err != nil {
					return kent.Errorf(kent.EINVALID, "--limit: %v", err)
				}
			}
			a.create = true
			if langs != "" {
				req.Langs = strings.Split(langs, ",")
			}
			var finish func()
			req.Progress, finish = a.progress(!asJSON)
			rep, err := call(a, cmd.Context(), (*app.Service).Ingest, req)
			finish()
			if err != nil {
				return err
			}
			failed := a.reportSkipped(&rep)
			if asJSON {
				errs := make([]string, len(rep.Errors))
				for i, e := range rep.Errors {
					errs[i] = e.Error()
				}
				out := struct {
					pipeline.Report
					Errors []string `json:"errors"`
					DB     string   `json:"db"`
				}{rep, errs, a.dbPath}
				if err := writeJSON(cmd.OutOrStdout(), out); err != nil {
					return err
				}
			} else {
				fmt.Fprintf(cmd.OutOrStdout(), "%d files, %d articles: %d new, %d already stored, %d skipped (store: %s)\n",
					rep.Files, rep.Articles, rep.New, rep.Existing, len(rep.Errors), a.dbPath)
			}
			return failed
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the report as JSON")
	cmd.Flags().StringVar(&langs, "langs", strings.Join(lang.DefaultCodes, ","), "languages to detect, comma-separated ISO 639-1 codes")
	cmd.Flags().StringVar(&langMode, "lang-mode", string(lang.Fast), "language detection: fast (about 40 MB of models) or accurate (about 500 MB, better on one-line texts)")
	cmd.Flags().IntVar(&workers, "workers", 0, "parallel workers (default: one per CPU)")
	cmd.Flags().StringArrayVar(&limits, "limit", nil, "change a bound, NAME=VALUE (repeatable): file=16GB, record=8MB, text=2MB, paragraph=64KB, sentence-words=1000, quotes=1000, judgements=1000")
	return cmd
}

// progress returns a callback drawing a progress bar on stderr while an
// ingest works, when show is set and stderr is a terminal (else nil), and
// the function that clears the bar when the ingest is done.
func (a *cli) progress(show bool) (func(done, total int64), func()) {
	if !show || !isTTY(a.stderr) {
		return nil, func() {}
	}
	bar := progressbar.NewOptions64(-1,
		progressbar.OptionSetWriter(raw(a.stderr)),
		progressbar.OptionSetDescription("ingesting"),
		progressbar.OptionShowBytes(true),
		progressbar.OptionThrottle(100_000_000),
		progressbar.OptionClearOnFinish())
	return func(done, total int64) {
		bar.ChangeMax64(total)
		bar.Set64(done)
	}, func() { bar.Finish() }
}

// reportSkipped prints each input an ingest had to skip on its own line of
// stderr, and returns the partial error the command ends with then (nil if
// none was skipped or nothing was ingested).
func (a *cli) reportSkipped(rep *pipeline.Report) error {
	if rep == nil {
		return nil
	}
	for _, e := range rep.Errors {
		fmt.Fprintln(a.stderr, "kent: skipped", e)
	}
	for _, w := range rep.Warnings {
		fmt.Fprintln(a.stderr, "kent: warning:", w)
	}
	if rep.Interrupted {
		fmt.Fprintf(a.stderr, "kent: interrupted; the %d articles read by then are stored\n", rep.New+rep.Existing)
	}
	if len(rep.Errors) == 0 && !rep.Interrupted {
		return nil
	}
	return partialError{len(rep.Errors)}
}
