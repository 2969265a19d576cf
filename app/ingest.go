package app

import (
	"context"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/ingest"
	"github.com/kentnews/kent/lang"
	"github.com/kentnews/kent/lexicon"
	"github.com/kentnews/kent/names"
	"github.com/kentnews/kent/pipeline"
)

// IngestRequest says what to read into the store and how.
type IngestRequest struct {
	// Paths are files, folders (read recursively) or "-" for Stdin.
	Paths []string
	// Langs are the languages to detect (ISO 639-1); none: lang.DefaultCodes.
	Langs []string
	// LangMode is lang.Fast (the default when empty) or lang.Accurate.
	LangMode lang.Mode
	// Workers is how many articles are processed at once; 0: one per CPU.
	Workers int
	// Limits bound what one file and one article may cost; zero fields
	// take ingest.DefaultLimits.
	Limits ingest.Limits
	// Progress, if set, is called after each file with the bytes read so
	// far and the total.
	Progress func(done, total int64)
}

// Ingest reads, cleans and analyses the request's files and stores the
// articles. A file that cannot be read is listed in the report's Errors (one
// line each, naming the file and the reason) while the rest is stored; the
// returned error is for bad requests (EINVALID) and store failures.
func (s *Service) Ingest(ctx context.Context, req IngestRequest) (pipeline.Report, error) {
	mode := req.LangMode
	if mode == "" {
		mode = lang.Fast
	}
	proc, err := pipeline.NewProcessorMode(mode, req.Langs...)
	if err != nil {
		return pipeline.Report{}, err
	}
	proc.Limits = req.Limits
	// People the store already knows count as people, surname alone too.
	if proc.Names.Known, err = names.KnownPeople(s.Store.MentionRows(ctx, kent.MentionQuery{Kind: kent.SpeakerPerson})); err != nil {
		return pipeline.Report{}, err
	}
	lex, err := lexicon.Default()
	if err != nil {
		return pipeline.Report{}, err
	}
	r := &pipeline.Runner{Proc: proc, Store: s.Store, Workers: req.Workers, Stdin: s.Stdin, Log: s.Log, Progress: req.Progress,
		Stories: s.storyKeeper(lex)}
	return r.Run(ctx, req.Paths)
}
