// Command kent reads news into a store and answers questions about it.
// Each subcommand lives in its own file; this one holds what they share:
// global flags, logging, opening the store and exit codes. The commands only
// parse flags, call the application service (package app) and print.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/app"
	"github.com/kentnews/kent/brief"
	"github.com/kentnews/kent/sqlite"
)

// Exit codes: scripts can tell a partial ingest from a broken command line.
const (
	exitOK       = 0
	exitPartial  = 1 // the command ran, but some inputs failed
	exitUsage    = 2 // bad flags or arguments
	exitNotFound = 3 // the requested article does not exist
	exitInternal = 4 // store or program failure
)

type cli struct {
	dbPath   string
	logLevel string
	logJSON  bool
	log      *slog.Logger
	stdin    io.Reader
	stderr   io.Writer
	// create lets call create the store: only commands that write
	// articles do; the others never leave an empty store behind.
	create bool
}

// partialError marks a run that did its work but skipped some inputs; the
// inputs were already reported one per line.
type partialError struct{ n int }

func (e partialError) Error() string { return fmt.Sprintf("%d input(s) failed", e.n) }

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	// Article text and file names are hostile input: every line printed
	// shows control characters instead of obeying them.
	stdout, stderr = brief.Terminal(stdout, isTTY(stdout)), brief.Terminal(stderr, isTTY(stderr))
	a := &cli{stdin: stdin, stderr: stderr}
	root := a.rootCmd()
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	var pe partialError
	switch {
	case errors.As(err, &pe):
		return exitPartial
	case kent.ErrorCode(err) == kent.ENOTFOUND:
		fmt.Fprintln(stderr, "kent:", err)
		return exitNotFound
	case kent.ErrorCode(err) == kent.EINVALID || isUsage(err):
		fmt.Fprintln(stderr, "kent:", err)
		return exitUsage
	}
	fmt.Fprintln(stderr, "kent:", err)
	return exitInternal
}

func isUsage(err error) bool {
	s := err.Error()
	return strings.Contains(s, "unknown flag") || strings.Contains(s, "unknown command") ||
		strings.Contains(s, "accepts") || strings.Contains(s, "requires at least") || strings.Contains(s, "invalid argument")
}

func (a *cli) rootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "kent",
		Short: "Kent reads the news and tells who says how likely what is",
		Long: `Kent reads news in a dozen languages and answers who says how likely what
is, where and when — and what it adds up to. It ingests articles (text, HTML,
JSONL, RSS/Atom, WARC), strips site chrome, detects languages, finds quotes
and their speakers, estimative judgements and the people, organisations and
places named, keeps everything in an embedded SQLite store, and pools the
judgements that bear on a question into a cited outlook.

Start with:
  kent brief --question "Will Belarusian armed forces enter the war against Ukraine?" examples/belarus
                                   ingest the demo corpus and answer the question
  kent ingest examples/belarus     store the demo corpus
  kent search osannolikt           find articles by their words
  kent show ID                     see an article, its quotes and what cleaning dropped
  kent quotes --speaker Hedenskog  who said what
  kent estimates                   who says how likely what is
  kent entities --kind person      one person whatever the spelling
  kent stories                     articles grouped into stories across languages`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			var lvl slog.Level
			if err := lvl.UnmarshalText([]byte(a.logLevel)); err != nil {
				return kent.Errorf(kent.EINVALID, "invalid --log-level %q (debug, info, warn, error)", a.logLevel)
			}
			opts := &slog.HandlerOptions{Level: lvl}
			if a.logJSON {
				a.log = slog.New(slog.NewJSONHandler(a.stderr, opts))
			} else {
				a.log = slog.New(slog.NewTextHandler(a.stderr, opts))
			}
			return nil
		},
	}
	root.PersistentFlags().StringVar(&a.dbPath, "db", sqlite.DefaultPath(), "database file (env KENT_DB)")
	root.PersistentFlags().StringVar(&a.logLevel, "log-level", "warn", "log level: debug, info, warn, error")
	root.PersistentFlags().BoolVar(&a.logJSON, "log-json", false, "write logs to stderr as JSON")
	root.AddCommand(a.briefCmd(), a.ingestCmd(), a.showCmd(), a.searchCmd(), a.quotesCmd(), a.estimatesCmd(), a.entitiesCmd(), a.storiesCmd(), a.evalCmd(), a.parseCmd())
	return root
}

// call opens the store, runs one use case of the application service on
// req and closes the store: `call(a, ctx, (*app.Service).Quotes, req)`.
func call[Req, Res any](a *cli, ctx context.Context, use func(*app.Service, context.Context, Req) (Res, error), req Req) (Res, error) {
	open := sqlite.OpenExisting
	if a.create {
		open = sqlite.Open
	}
	s, err := open(a.dbPath)
	if err != nil {
		var zero Res
		return zero, err
	}
	defer s.Close()
	a.log.Debug("opened store", "path", a.dbPath)
	return use(app.New(s, a.log, a.stdin), ctx, req)
}

// printList prints a listing: as a JSON array (never null) with --json,
// else each item with entry, or the none line when there is nothing.
func printList[T any](w io.Writer, asJSON bool, items []T, none string, entry func(T)) error {
	if asJSON {
		if items == nil {
			items = []T{}
		}
		return writeJSON(w, items)
	}
	if len(items) == 0 && none != "" {
		fmt.Fprintln(w, none)
	}
	for _, x := range items {
		entry(x)
	}
	return nil
}

// day is how listings print a publication date.
func day(t time.Time) string {
	if t.IsZero() {
		return "date unknown"
	}
	return t.Format("2006-01-02")
}

// isTTY reports whether w is a terminal: progress bars and colour only then.
func isTTY(w io.Writer) bool {
	f, ok := raw(w).(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// writeJSON is what every --json flag prints: indented, with <, > and &
// left as they are.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(raw(w)) // JSON escapes control characters itself
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// raw returns the writer under a brief.Terminal, for what is not for a
// person's eyes (JSON) or draws on the terminal itself (the progress bar).
func raw(w io.Writer) io.Writer {
	if u, ok := w.(interface{ Unwrap() io.Writer }); ok {
		return u.Unwrap()
	}
	return w
}
