// Package pipeline runs Kent's stages over files: ingest (format readers),
// clean (which asks lang for languages), segment, attrib (quotes), estimate
// (judgements), names (mentions), then the store. Files are
// read and processed by a pool of workers while a single writer stores
// articles in batches; bounded channels between them give back-pressure, so
// memory stays flat however large the pile of news is.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/attrib"
	"github.com/kentnews/kent/clean"
	"github.com/kentnews/kent/estimate"
	"github.com/kentnews/kent/ingest"
	"github.com/kentnews/kent/lang"
	"github.com/kentnews/kent/lexicon"
	"github.com/kentnews/kent/names"
	"github.com/kentnews/kent/segment"
)

// Processor turns what a reader found into a cleaned, segmented article.
type Processor struct {
	Cleaner   *clean.Cleaner
	Segmenter *segment.Segmenter
	Quotes    *attrib.Extractor
	Estimates *estimate.Extractor
	Names     *names.Finder
}

// NewProcessor builds the cleaning and segmentation stages for the given
// languages (lang.DefaultCodes if none), with the language detector in Fast
// mode.
func NewProcessor(codes ...string) (*Processor, error) { return NewProcessorMode(lang.Fast, codes...) }

// NewProcessorMode is NewProcessor with a chosen language detection mode.
func NewProcessorMode(mode lang.Mode, codes ...string) (*Processor, error) {
	lex, err := lexicon.Default()
	if err != nil {
		return nil, err
	}
	det, err := lang.NewMode(mode, codes...)
	if err != nil {
		return nil, err
	}
	finder, err := names.NewFinder(lex)
	if err != nil {
		return nil, err
	}
	return &Processor{Cleaner: clean.New(lex, det), Segmenter: segment.New(lex), Quotes: attrib.New(lex), Estimates: estimate.New(lex), Names: finder}, nil
}

// Process cleans and segments one document. It returns EINVALID if nothing
// of the article is left after cleaning.
func (p *Processor) Process(d ingest.Doc) (*kent.Article, error) {
	res := p.Cleaner.Clean(clean.Input{
		Text: d.Text, Blocks: d.Blocks, Title: d.Title, Outlet: d.Outlet,
		Author: d.Author, Published: d.Published, Language: d.Language,
	})
	a := &kent.Article{
		Source: d.Source, Format: d.Format, URL: d.URL, Title: res.Title, Outlet: res.Outlet,
		Author: res.Author, Published: res.Published, Language: res.Language, Blocks: res.Blocks,
	}
	var sb strings.Builder
	for _, b := range res.Blocks {
		if b.Kind != kent.BlockBody {
			continue
		}
		if sb.Len() > 0 {
			sb.WriteString("\n\n")
		}
		start := sb.Len()
		sb.WriteString(b.Text)
		a.Paragraphs = append(a.Paragraphs, kent.Paragraph{Span: kent.Span{Start: start, End: sb.Len()}, Language: b.Language})
	}
	a.Text = sb.String()
	if strings.TrimSpace(a.Text) == "" {
		return nil, kent.Errorf(kent.EINVALID, "%s: no article text left after cleaning", d.Source)
	}
	for i := range a.Paragraphs {
		para := &a.Paragraphs[i]
		code := para.Language
		if code == "" {
			code = a.Language
		}
		para.Sentences = p.Segmenter.Sentences(a.Text, para.Span, code)
	}
	a.Quotes, a.Warnings = p.Quotes.Extract(a)
	a.Judgements = p.Estimates.Extract(a, a.Quotes)
	a.Mentions = p.Names.Find(a)
	names.KeySpeakers(a)
	a.TextHash = kent.TextHash(a.Text)
	a.ID = kent.ArticleID(a.Outlet, a.Text)
	return a, a.Validate()
}

// Report says what an ingest run did.
type Report struct {
	Files    int     `json:"files"`
	Articles int     `json:"articles"` // articles read and cleaned
	New      int     `json:"new"`      // stored for the first time
	Existing int     `json:"existing"` // already in the store
	Errors   []error `json:"-"`
	// IDs are the articles read in this run, new or already stored.
	IDs []string `json:"-"`
}

// Runner ingests files into a store.
type Runner struct {
	Proc      *Processor
	Store     kent.ArticleStore
	Workers   int
	BatchSize int
	// Progress, if set, is called after each file with the bytes done so
	// far and the total.
	Progress func(done, total int64)
	// Stdin is read for the path "-".
	Stdin io.Reader
	Log   *slog.Logger
}

type file struct {
	path string
	size int64
}

// Run ingests every file under paths (folders recursively; "-" is stdin).
// A file that cannot be read is reported in Report.Errors and the rest of
// the batch goes on; the returned error is for failures of the store itself.
func (r *Runner) Run(ctx context.Context, paths []string) (Report, error) {
	var rep Report
	files, total, errs := r.list(paths)
	rep.Errors = append(rep.Errors, errs...)
	rep.Files = len(files)
	workers := r.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	batch := r.BatchSize
	if batch <= 0 {
		batch = 200
	}
	log := r.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	fileCh := make(chan file)
	artCh := make(chan *kent.Article, batch)
	errCh := make(chan error, 64)
	var done atomic.Int64

	go func() {
		defer close(fileCh)
		for _, f := range files {
			select {
			case fileCh <- f:
			case <-ctx.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for f := range fileCh {
				arts, errs := r.processFile(f.path)
				for _, e := range errs {
					errCh <- e
				}
				for _, a := range arts {
					select {
					case artCh <- a:
					case <-ctx.Done():
						return
					}
				}
				if r.Progress != nil {
					r.Progress(done.Add(f.size), total)
				}
			}
		}()
	}
	go func() { wg.Wait(); close(artCh) }()

	// Errors are collected concurrently so workers never block on them.
	var errWG sync.WaitGroup
	errWG.Add(1)
	go func() {
		defer errWG.Done()
		for e := range errCh {
			log.Debug("skipped", "error", e.Error())
			rep.Errors = append(rep.Errors, e)
		}
	}()

	var storeErr error
	pending := make([]*kent.Article, 0, batch)
	seen := map[string]bool{} // the same article twice in one run is stored once
	flush := func() {
		if len(pending) == 0 || storeErr != nil {
			pending = pending[:0]
			return
		}
		added, err := r.Store.Put(ctx, pending)
		if err != nil {
			storeErr = err
			cancel()
			return
		}
		for _, ok := range added {
			if ok {
				rep.New++
			} else {
				rep.Existing++
			}
		}
		pending = pending[:0]
	}
	for a := range artCh {
		rep.Articles++
		rep.IDs = append(rep.IDs, a.ID)
		if seen[a.ID] {
			rep.Existing++
			continue
		}
		seen[a.ID] = true
		pending = append(pending, a)
		if len(pending) >= batch {
			flush()
		}
	}
	flush()
	close(errCh)
	errWG.Wait()
	return rep, storeErr
}

func (r *Runner) processFile(path string) (arts []*kent.Article, errs []error) {
	// A bug in one stage must cost one file, not the batch: report it like
	// any other failure, naming the file.
	defer func() {
		if p := recover(); p != nil {
			arts, errs = nil, append(errs, kent.Errorf(kent.EINTERNAL, "%s: internal error, please report: %v", path, p))
		}
	}()
	var data []byte
	var err error
	name := path
	if path == "-" {
		name = "<stdin>"
		if r.Stdin == nil {
			return nil, []error{kent.Errorf(kent.EINVALID, "<stdin>: no standard input")}
		}
		data, err = io.ReadAll(io.LimitReader(r.Stdin, ingest.MaxFileSize+1))
	} else {
		data, err = readFile(path)
	}
	if err != nil {
		return nil, []error{err}
	}
	if len(data) > ingest.MaxFileSize {
		return nil, []error{kent.Errorf(kent.EINVALID, "%s: larger than %d MB", name, ingest.MaxFileSize>>20)}
	}
	docs, errs := ingest.Read(name, data)
	var out []*kent.Article
	for _, d := range docs {
		a, err := r.Proc.Process(d)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, a)
	}
	return out, errs
}

func readFile(path string) ([]byte, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fileError(path, err)
	}
	if fi.Size() > ingest.MaxFileSize {
		return nil, kent.Errorf(kent.EINVALID, "%s: larger than %d MB", path, ingest.MaxFileSize>>20)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fileError(path, err)
	}
	return b, nil
}

func fileError(path string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return kent.Errorf(kent.ENOTFOUND, "%s: no such file or directory", path)
	case errors.Is(err, fs.ErrPermission):
		return kent.Errorf(kent.EINVALID, "%s: permission denied", path)
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return kent.Errorf(kent.EINVALID, "%s: %v", path, pe.Err)
	}
	return kent.Errorf(kent.EINVALID, "%s: %v", path, err)
}

// list expands folders into the files under them, skipping hidden ones.
func (r *Runner) list(paths []string) (files []file, total int64, errs []error) {
	for _, p := range paths {
		if p == "-" {
			files = append(files, file{path: "-"})
			continue
		}
		fi, err := os.Stat(p)
		if err != nil {
			errs = append(errs, fileError(p, err))
			continue
		}
		if !fi.IsDir() {
			files = append(files, file{p, fi.Size()})
			total += fi.Size()
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, fileError(path, err))
				return nil
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() {
				info, err := d.Info()
				if err != nil {
					errs = append(errs, fileError(path, err))
					return nil
				}
				files = append(files, file{path, info.Size()})
				total += info.Size()
			}
			return nil
		})
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", p, err))
		}
	}
	return files, total, errs
}
